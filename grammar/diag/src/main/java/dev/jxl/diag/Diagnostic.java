package dev.jxl.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * One message about a config: where, how bad, which key (if any), what. Renders as
 * {@code FILE:LINE:COL: error: MESSAGE}, the one format every stage uses.
 */
public record Diagnostic(Severity severity, SourcePosition position, Optional<String> key, String message) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourcePosition at, String key, String message) {
        return new Diagnostic(Severity.ERROR, at, Optional.ofNullable(key), message);
    }

    public static Diagnostic warning(SourcePosition at, String key, String message) {
        return new Diagnostic(Severity.WARNING, at, Optional.ofNullable(key), message);
    }

    /** What to do about the error before it (gcc's "note:"): a recovery hint, or where it came from. */
    public static Diagnostic note(SourcePosition at, String message) {
        return new Diagnostic(Severity.NOTE, at, Optional.empty(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether any of {@code diagnostics} is an error (a loop: every config read asks, see ARCHITECTURE.md). */
    public static boolean anyError(Iterable<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** One line: control characters of the file name or message (echoed from the input) escaped. */
    @Override
    public String toString() {
        return Echo.escape(position.toString()) + ": " + severity.label() + ": " + Echo.escape(message);
    }
}
