package dev.jxl.diag;

import java.util.List;
import java.util.Objects;

/**
 * The one failure type of every stage: one or more positioned {@link Diagnostic}s (errors, the
 * warnings seen before them, and notes that say how to recover) and the {@link Failure} kind.
 */
public class DiagnosticException extends RuntimeException {
    private final Failure failure;
    private final List<Diagnostic> diagnostics;

    public DiagnosticException(Failure failure, List<Diagnostic> diagnostics, Throwable cause) {
        super(firstError(diagnostics), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DiagnosticException(Failure failure, List<Diagnostic> diagnostics) {
        this(failure, diagnostics, null);
    }

    public DiagnosticException(Failure failure, Diagnostic error) {
        this(failure, List.of(error), null);
    }

    /** An error about the run, not a place in a file: {@code jxl: error: MESSAGE}. */
    public static DiagnosticException of(Failure failure, String message) {
        return of(failure, message, null);
    }

    public static DiagnosticException of(Failure failure, String message, Throwable cause) {
        return new DiagnosticException(failure, List.of(Diagnostic.error(SourcePosition.program(), null, message)), cause);
    }

    /** The same failure with a recovery hint after its diagnostics ({@code jxl: note: HINT} for a run error). */
    public DiagnosticException withNote(String hint) {
        SourcePosition at = errors().isEmpty() ? SourcePosition.program() : errors().get(0).position();
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.add(Diagnostic.note(at, hint));
        DiagnosticException e = new DiagnosticException(failure, all, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    private static String firstError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .map(Diagnostic::toString).orElse("error");
    }

    public Failure failure() {
        return failure;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
