package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.flag;
import static dev.jxl.cli.CommandModel.option;
import static dev.jxl.cli.CommandModel.parameter;
import static dev.jxl.cli.CommandModel.parameters;

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
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.layout.plan.LayoutBuildInputs;
import dev.jxl.layout.plan.StepOrigin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl create [-f] CONFIG [KEY=VALUE…]}: build and start a domain; with -N print its libxl
 * JSON. Takes xl create's flags where they mean something for jxl; the others are refused by name.
 */
final class CreateCommand implements JxlCommand<CreateCommand.Args> {
    static final String NAME = "create";
    static final String DESCRIPTION = "Build and start the domain; with -N (or -n) print the libxl domain JSON.";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION,
                parameter("0", "CONFIG", String.class,
                        "The xl config file (or give it with -f; then every word is a KEY=VALUE).").arity("0..1"),
                parameters("1..*", "KEY=VALUE", String.class, "Settings appended to the config, as xl does."),
                option("-f, --defconfig", "FILE", Path.class, "The config file, as xl's -f."),
                flag("-n, --dryrun", "As -N (xl's older spelling)."),
                flag("-q, --quiet", "Quiet: no \"Parsing config from\" line and no success line."),
                flag("-p", "Leave the domain paused after it is created (jxl unpause starts it)."),
                flag("-c", "Attach to the domain's console after it is created (--backend xl)."),
                flag("-F", "Run in the foreground until the domain dies (--backend xl)."),
                flag("-e", "Do not wait in the background for the death of the domain (--backend xl;"
                        + " on the sim nothing waits anyway)."));
    }

    /**
     * What create was asked: {@code config} from -f or the first word, the other words its
     * overrides; {@code dryRun} by -N or -n; xl create's flags.
     */
    record Args(GlobalOptions global, Path config, List<String> overrides, boolean dryRun, boolean quiet,
            boolean paused, boolean console, boolean foreground, boolean noWait) {
        Args {
            overrides = List.copyOf(overrides);
        }

        boolean xl() {
            return global.backend() == GlobalOptions.Backend.xl;
        }
    }

    @Override
    public Args args(Words words) {
        GlobalOptions global = words.global();
        // xl's rule: with -f every word is a KEY=VALUE; without, the first word is the config
        List<String> all = new ArrayList<>();
        String first = words.parameter("CONFIG", null);
        if (first != null) {
            all.add(first);
        }
        all.addAll(words.parameter("KEY=VALUE", List.<String>of()));
        Path defconfig = words.option("-f", null);
        Path config;
        List<String> overrides;
        if (defconfig != null) {
            config = defconfig;
            overrides = all;
        } else if (!all.isEmpty()) {
            config = Path.of(all.get(0));
            overrides = all.subList(1, all.size());
        } else {
            throw new UsageException("no config file: give CONFIG or -f FILE");
        }
        Args args = new Args(global, config, overrides, global.dryRun() || words.flag("-n"), words.flag("-q"),
                words.flag("-p"), words.flag("-c"), words.flag("-F"), words.flag("-e"));
        if (!args.dryRun() && !args.xl()) {
            refuseOnTheSim(args);
        }
        return args;
    }

    /** What needs a real domain's console or life cycle, refused before anything is read or built. */
    private static void refuseOnTheSim(Args args) {
        String flag = args.console() ? "-c" : args.foreground() ? "-F" : null;
        if (flag != null) {
            String why = flag.equals("-c") ? "the simulated host runs no guest code, so a domain has no console"
                    : "a simulated domain never dies by itself, so -F would wait forever";
            throw new UsageException(flag + ": " + why + "; it works with --backend xl");
        }
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        if (!args.quiet()) {
            err.println("Parsing config from " + args.config()); // as xl, on stderr
        }
        Host host = Planning.host(args.global(), err);
        LoadedConfig loaded = Planning.load(args.config(), args.overrides(), host);
        for (Diagnostic warning : loaded.warnings()) {
            err.println(warning);
        }
        if (args.dryRun()) {
            out.print(withUuid(loaded.config().libxl()).toJson());
            out.flush();
            return ExitCode.OK;
        }
        DomainConfig config = loaded.config();
        GuestLayout layout = Planning.layout(args.config(), args.overrides(), config, host,
                Planning.options(args.global(), PlanOptions.DEFAULT));
        if (args.xl()) {
            return createWithXl(args, config, layout, out);
        }
        DomainCreator creator = new DomainCreator(args.global(), line -> err.println("jxl: " + Echo.escape(line)));
        DomainConfig kept = new DomainConfig(config.source(), withUuid(config.libxl()), config.jxl());
        DomainBuilder.Built built = creator.create(kept, LayoutBuildInputs.of(config, layout), args.paused(),
                step -> where(args, step, config, layout));
        if (!args.quiet()) {
            out.println("created domain " + built.domid() + " (" + config.name() + ")" + (args.paused() ? ", paused" : ""));
        }
        return ExitCode.OK;
    }

    /** A config that names no uuid gets a random one, as xl gives it while parsing (libxl_uuid_generate). */
    private static LibxlDomainConfig withUuid(LibxlDomainConfig libxl) {
        return libxl.cInfo().uuid() != null ? libxl : libxl.withUuid(RandomBytes.uuid().toString()); // as xl does while parsing
    }

    /** Where the config asks for a build step: its key or list item ({@link StepOrigin}), else the file. */
    private static SourcePosition where(Args args, BuildStep step, DomainConfig config, GuestLayout layout) {
        return StepOrigin.of(step, config, layout)
                .map(o -> o.index().isPresent()
                        ? Planning.positionOf(args.config(), args.overrides(), o.key(), o.index().getAsInt())
                        : Planning.positionOf(args.config(), args.overrides(), o.key()))
                .orElse(SourcePosition.ofSource(args.config().toString()));
    }

    /** Real Xen: the native config (upstream keys only) to `xl create`. */
    private static int createWithXl(Args args, DomainConfig config, GuestLayout layout, PrintWriter out) {
        var settings = XlConfigReader.parse(args.config().toString(), ConfigLoader.read(args.config()), args.overrides());
        XlCreator xl = new XlCreator(Backends.xlConfigDir(args.global()));
        XlCreator.Written written = xl.write(settings, config, layout);
        try {
            xl.create(written, xlFlags(args));
        } catch (BackendException e) {
            // xl said what failed on its stderr; jxl's line is about the config it handed over
            throw new DiagnosticException(Failure.BACKEND, List.of(Diagnostic.error(SourcePosition.ofSource(
                    args.config().toString()), null, "create " + config.name() + " with xl: " + e.getMessage())), e);
        }
        if (!args.quiet()) {
            out.println("created " + config.name() + " with xl (config " + written.config() + ")");
        }
        return ExitCode.OK;
    }

    /** xl create's own flags, passed on as given. */
    private static List<String> xlFlags(Args args) {
        List<String> flags = new ArrayList<>();
        if (args.paused()) {
            flags.add("-p");
        }
        if (args.console()) {
            flags.add("-c");
        }
        if (args.foreground()) {
            flags.add("-F");
        }
        if (args.noWait()) {
            flags.add("-e");
        }
        if (args.quiet()) {
            flags.add("-q");
        }
        return flags;
    }
}
