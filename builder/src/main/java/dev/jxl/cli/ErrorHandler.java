package dev.jxl.cli;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The one place errors become output: each diagnostic on its own line, an exit code from the
 * documented table, and a stack trace only with {@code -v}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = parsed.hasMatchedOption("-v");
        if (ex instanceof ConfigException ce) {
            for (Diagnostic d : ce.diagnostics()) {
                err.println(d);
            }
            return ExitCode.CONFIG_ERROR;
        }
        if (ex instanceof JxlException je) {
            err.println("jxl: " + je.getMessage());
            if (verbose) {
                je.printStackTrace(err);
            }
            return je.exitCode();
        }
        err.println("jxl: internal error: " + ex);
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("jxl: run with -v for the stack trace, and please report it");
        }
        return ExitCode.BACKEND_FAILED;
    }
}
