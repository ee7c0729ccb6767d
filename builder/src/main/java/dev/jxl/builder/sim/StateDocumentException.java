package dev.jxl.builder.sim;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.util.List;

/**
 * The sim's state cannot be used: {@code state.json} is unreadable, not a state document, or records
 * a host Xen could not be in. Each error stands at its place ({@code FILE:LINE:COL: error: PATH: WHAT}),
 * and a note says what to do: {@code jxl state check}, {@code jxl state repair}, or which file to
 * delete and what that forgets ({@link Failure#DOCUMENT}).
 */
public class StateDocumentException extends DiagnosticException {
    public StateDocumentException(List<Diagnostic> diagnostics) {
        super(Failure.DOCUMENT, diagnostics);
    }

    public StateDocumentException(List<Diagnostic> diagnostics, Throwable cause) {
        super(Failure.DOCUMENT, diagnostics, cause);
    }
}
