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
