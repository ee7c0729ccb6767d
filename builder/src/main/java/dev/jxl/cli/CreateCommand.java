package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.build.Backends;
import dev.jxl.build.DomainBuilder;
import dev.jxl.build.DomainCreator;
import dev.jxl.build.backend.BackendException;
import dev.jxl.build.xl.XlCreator;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.LoadedConfig;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.plan.LayoutBuildInputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jxl create CONFIG [KEY=VALUE…]}: build and start a domain; with -N print its libxl JSON. */
@Command(name = "create", description = "Build and start the domain; with -N print the libxl domain JSON.")
final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The xl config file.")
    Path config;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Settings appended to the config, as xl does.")
    List<String> overrides = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Host host = Planning.host(jxl.global(), err);
        LoadedConfig loaded = Planning.load(config, overrides, host);
        loaded.warnings().forEach(err::println);
        if (jxl.global().dryRun()) {
            var libxl = loaded.config().libxl();
            if (libxl.cInfo().uuid() == null) {
                libxl = libxl.withUuid(UUID.randomUUID().toString()); // as xl does while parsing
            }
            out.print(libxl.toJson());
            out.flush();
            return ExitCode.OK;
        }
        DomainConfig config = loaded.config();
        GuestLayout layout = Planning.layout(this.config, overrides, config, host,
                Planning.options(jxl.global(), PlanOptions.DEFAULT));
        if (jxl.global().backend() == GlobalOptions.Backend.xl) {
            return createWithXl(config, layout, out);
        }
        DomainCreator creator = new DomainCreator(jxl.global(), line -> err.println("jxl: " + line));
        DomainBuilder.Built built = creator.create(config, LayoutBuildInputs.of(config, layout));
        out.println("created domain " + built.domid() + " (" + config.name() + ")");
        return ExitCode.OK;
    }

    /** Real Xen: the native config (upstream keys only) to `xl create`. */
    private int createWithXl(DomainConfig config, GuestLayout layout, PrintWriter out) {
        var settings = XlConfigReader.parse(this.config.toString(), ConfigLoader.read(this.config), overrides);
        XlCreator xl = new XlCreator(Backends.xlConfigDir(jxl.global()));
        XlCreator.Written written = xl.write(settings, config, layout);
        try {
            xl.create(written);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, this.config + ": create " + config.name() + " with xl: "
                    + e.getMessage(), e);
        }
        out.println("created " + config.name() + " with xl (config " + written.config() + ")");
        return ExitCode.OK;
    }
}
