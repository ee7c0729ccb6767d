package dev.jxl.cli;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Echo;
import dev.jxl.diag.Failure;
import dev.jxl.diag.SourcePosition;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The one place errors become output and exit codes: each diagnostic on its own line, a code from
 * the documented table ({@link ExitCode}), and a stack trace only with {@code -v}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        // read from jxl's own model, which holds -v wherever it was given (before or after the command)
        boolean verbose = GlobalOptions.of(cli.getCommandSpec()).verbose();
        if (ex instanceof DiagnosticException de) {
            for (Diagnostic d : de.diagnostics()) {
                err.println(d);
            }
            if (verbose) {
                de.printStackTrace(err);
            }
            int rc = exitCode(de.failure());
            jsonError(cli, parsed, rc, de.diagnostics());
            return rc;
        }
        err.println("jxl: internal error: " + oneLine(ex));
        jsonError(cli, parsed, ExitCode.INTERNAL_ERROR, List.of(Diagnostic.error(SourcePosition.program(), null,
                "internal error: " + oneLine(ex))));
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("jxl: run with -v for the stack trace, and please report it");
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** With --format json the caller reads stdout: it gets the error as an object there too. */
    private static void jsonError(CommandLine cli, CommandLine.ParseResult parsed, int rc, List<Diagnostic> diagnostics) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        Object format = leaf.matchedOptionValue("--format", null);
        if (format != null && "json".equals(format.toString())) {
            PrintWriter out = cli.getOut();
            out.print(JsonDiagnostics.errorObject(rc, diagnostics));
            out.flush();
        }
    }

    static int exitCode(Failure failure) {
        return switch (failure) {
            case CONFIG -> ExitCode.CONFIG_ERROR;
            case USAGE -> ExitCode.USAGE;
            case PLAN -> ExitCode.CANNOT_PLAN;
            case BACKEND -> ExitCode.BACKEND_FAILED;
            case NO_SUCH_DOMAIN -> ExitCode.NO_SUCH_DOMAIN;
            case DOCUMENT -> ExitCode.BAD_DOCUMENT;
        };
    }

    /** The exception's class and the first line of its message, at most 200 characters. */
    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        String first = m == null ? "" : m.lines().findFirst().orElse("");
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        String name = ex.getClass().getSimpleName();
        return first.isEmpty() ? name : name + ": " + Echo.escape(first);
    }
}
