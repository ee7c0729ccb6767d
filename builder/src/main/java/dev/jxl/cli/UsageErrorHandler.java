package dev.jxl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Bad command-line words: one line saying what, a hint, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("jxl: " + ex.getMessage());
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }
}
