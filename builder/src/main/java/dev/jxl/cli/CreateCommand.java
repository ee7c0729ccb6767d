package dev.jxl.cli;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.diag.SourcePosition;
import dev.jxl.builder.Backends;
import dev.jxl.builder.DomainBuilder;
import dev.jxl.builder.DomainCreator;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.xl.XlCreator;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.RandomBytes;
import dev.jxl.config.libxl.LibxlDomainConfig;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.layout.plan.LayoutBuildInputs;
import dev.jxl.layout.plan.StepOrigin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jxl create [-f] CONFIG [KEY=VALUE…]}: build and start a domain; with -N print its libxl
 * JSON. Takes xl create's flags where they mean something for jxl; the others are refused by name.
 */
@Command(name = "create", description = "Build and start the domain; with -N (or -n) print the libxl domain JSON.")
final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONFIG", arity = "0..1", index = "0",
            description = "The xl config file (or give it with -f; then every word is a KEY=VALUE).")
    String first;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Settings appended to the config, as xl does.")
    List<String> rest = List.of();

    @Option(names = {"-f", "--defconfig"}, paramLabel = "FILE", description = "The config file, as xl's -f.")
    Path defconfig;

    @Option(names = {"-n", "--dryrun"}, description = "As -N (xl's older spelling).")
    boolean dryRunXl;

    @Option(names = {"-q", "--quiet"}, description = "Quiet: no \"Parsing config from\" line and no success line.")
    boolean quiet;

    @Option(names = "-p", description = "Leave the domain paused after it is created (jxl unpause starts it).")
    boolean paused;

    @Option(names = "-c", description = "Attach to the domain's console after it is created (--backend xl).")
    boolean console;

    @Option(names = "-F", description = "Run in the foreground until the domain dies (--backend xl).")
    boolean foreground;

    @Option(names = "-e", description = "Do not wait in the background for the death of the domain (--backend xl;"
            + " on the sim nothing waits anyway).")
    boolean noWait;

    /** CONFIG, from -f or the first word. */
    Path config;
    List<String> overrides;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        resolveWords();
        boolean dryRun = jxl.global().dryRun() || dryRunXl;
        boolean xl = jxl.global().backend() == GlobalOptions.Backend.xl;
        if (!dryRun && !xl) {
            refuseOnTheSim();
        }
        if (!quiet) {
            err.println("Parsing config from " + config); // as xl, on stderr
        }
        Host host = Planning.host(jxl.global(), err);
        LoadedConfig loaded = Planning.load(config, overrides, host);
        loaded.warnings().forEach(err::println);
        if (dryRun) {
            out.print(withUuid(loaded.config().libxl()).toJson());
            out.flush();
            return ExitCode.OK;
        }
        DomainConfig config = loaded.config();
        GuestLayout layout = Planning.layout(this.config, overrides, config, host,
                Planning.options(jxl.global(), PlanOptions.DEFAULT));
        if (xl) {
            return createWithXl(config, layout, out);
        }
        DomainCreator creator = new DomainCreator(jxl.global(), line -> err.println("jxl: " + Echo.escape(line)));
        DomainConfig kept = new DomainConfig(config.source(), withUuid(config.libxl()), config.jxl());
        DomainBuilder.Built built = creator.create(kept, LayoutBuildInputs.of(config, layout), paused,
                step -> where(step, config, layout));
        if (!quiet) {
            out.println("created domain " + built.domid() + " (" + config.name() + ")" + (paused ? ", paused" : ""));
        }
        return ExitCode.OK;
    }

    /** A config that names no uuid gets a random one, as xl gives it while parsing (libxl_uuid_generate). */
    private static LibxlDomainConfig withUuid(LibxlDomainConfig libxl) {
        return libxl.cInfo().uuid() != null ? libxl : libxl.withUuid(RandomBytes.uuid().toString()); // as xl does while parsing
    }

    /** Where the config asks for a build step: its key or list item ({@link StepOrigin}), else the file. */
    private SourcePosition where(BuildStep step, DomainConfig config, GuestLayout layout) {
        return StepOrigin.of(step, config, layout)
                .map(o -> o.index().isPresent() ? Planning.positionOf(this.config, overrides, o.key(), o.index().getAsInt())
                        : Planning.positionOf(this.config, overrides, o.key()))
                .orElse(SourcePosition.ofSource(this.config.toString()));
    }

    /** xl's rule: with -f every word is a KEY=VALUE; without, the first word is the config. */
    private void resolveWords() {
        List<String> words = new java.util.ArrayList<>();
        if (first != null) {
            words.add(first);
        }
        words.addAll(rest);
        if (defconfig != null) {
            config = defconfig;
            overrides = List.copyOf(words);
        } else if (!words.isEmpty()) {
            config = Path.of(words.get(0));
            overrides = List.copyOf(words.subList(1, words.size()));
        } else {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no config file: give CONFIG or -f FILE");
        }
    }

    /** What needs a real domain's console or life cycle, refused before anything is read or built. */
    private void refuseOnTheSim() {
        String flag = console ? "-c" : foreground ? "-F" : null;
        if (flag != null) {
            String why = flag.equals("-c") ? "the simulated host runs no guest code, so a domain has no console"
                    : "a simulated domain never dies by itself, so -F would wait forever";
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), flag + ": " + why
                    + "; it works with --backend xl");
        }
    }

    /** Real Xen: the native config (upstream keys only) to `xl create`. */
    private int createWithXl(DomainConfig config, GuestLayout layout, PrintWriter out) {
        var settings = XlConfigReader.parse(this.config.toString(), ConfigLoader.read(this.config), overrides);
        XlCreator xl = new XlCreator(Backends.xlConfigDir(jxl.global()));
        XlCreator.Written written = xl.write(settings, config, layout);
        try {
            xl.create(written, xlFlags());
        } catch (BackendException e) {
            // xl said what failed on its stderr; jxl's line is about the config it handed over
            throw new DiagnosticException(Failure.BACKEND, List.of(Diagnostic.error(SourcePosition.ofSource(
                    this.config.toString()), null, "create " + config.name() + " with xl: " + e.getMessage())), e);
        }
        if (!quiet) {
            out.println("created " + config.name() + " with xl (config " + written.config() + ")");
        }
        return ExitCode.OK;
    }

    /** xl create's own flags, passed on as given. */
    private List<String> xlFlags() {
        List<String> flags = new java.util.ArrayList<>();
        if (paused) {
            flags.add("-p");
        }
        if (console) {
            flags.add("-c");
        }
        if (foreground) {
            flags.add("-F");
        }
        if (noWait) {
            flags.add("-e");
        }
        if (quiet) {
            flags.add("-q");
        }
        return flags;
    }
}
