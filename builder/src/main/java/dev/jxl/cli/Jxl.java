package dev.jxl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jxl} command: global options (inherited by every subcommand, so they may stand before
 * or after its name) and one class per subcommand.
 */
@Command(name = "jxl",
        mixinStandardHelpOptions = true,
        versionProvider = JxlVersion.class,
        description = "An xl-compatible Xen domain builder: parse, plan, execute.",
        subcommands = {
            CreateCommand.class,
            CheckCommand.class, ListCommand.class, DestroyCommand.class, InfoCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:config error",
            "2:usage error",
            "3:the layout cannot be planned on this host",
            "4:a backend step failed (everything was rolled back)"})
public final class Jxl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Declared once here; INHERIT scope copies them onto every subcommand, bound to these fields. */
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = newCommandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Jxl());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }
}
