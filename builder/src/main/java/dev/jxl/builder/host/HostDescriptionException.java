package dev.jxl.builder.host;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.diag.SourcePosition;
import java.util.List;

/**
 * A host description that cannot be used: unreadable, not JSON, or describing a machine Xen would
 * never report. Each error is {@code FILE:LINE:COL: error: …} at its place, followed by a note on what
 * to do ({@link Failure#DOCUMENT}).
 */
public class HostDescriptionException extends DiagnosticException {
    /** For a file that cannot be read at all: the one-line message callers print (there is no place in it). */
    private final String whole;

    public HostDescriptionException(List<Diagnostic> diagnostics) {
        this(diagnostics, null, null);
    }

    public HostDescriptionException(List<Diagnostic> diagnostics, Throwable cause) {
        this(diagnostics, cause, null);
    }

    private HostDescriptionException(List<Diagnostic> diagnostics, Throwable cause, String whole) {
        super(Failure.DOCUMENT, diagnostics, cause);
        this.whole = whole;
    }

    /** {@code source} cannot be read at all ({@code "FILE: REASON"}); its diagnostic stands at the file's start. */
    public static HostDescriptionException unreadable(String source, String reason, Throwable cause) {
        return new HostDescriptionException(List.of(Diagnostic.error(SourcePosition.ofSource(source), null, reason)),
                cause, source + ": " + reason);
    }

    /** The same errors followed by {@code notes} (the reader of a file knows what to advise). */
    HostDescriptionException withNotes(List<Diagnostic> notes) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics());
        all.addAll(notes);
        return new HostDescriptionException(all, getCause(), whole);
    }

    @Override
    public String getMessage() {
        return whole != null ? whole : super.getMessage();
    }
}
