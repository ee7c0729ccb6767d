package dev.jxl.grammar.xm;

import dev.jxl.diag.SourcePosition;

/**
 * A failure while evaluating a config. Either a Python exception the config would also have raised
 * under xend ({@code pythonType} is e.g. "ValueError"; a config's {@code xm_vars} check may turn it
 * into a message), or a refusal: a construct outside the subset, a limit reached, or something that
 * would execute code or read the host. Refusals are never caught by the config's own logic. The
 * position is that of the innermost construct that failed, attached on the way out.
 */
final class PyError extends RuntimeException {
    private final String pythonType;
    private SourcePosition position;

    private PyError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** A Python exception, as CPython would raise it. */
    static PyError python(String type, String message) {
        return new PyError(type, message);
    }

    /** Something jxl will not evaluate. */
    static PyError refused(String message) {
        return new PyError(null, message);
    }

    static PyError typeError(String message) {
        return python("TypeError", message);
    }

    static PyError valueError(String message) {
        return python("ValueError", message);
    }

    boolean isRefusal() {
        return pythonType == null;
    }

    String pythonType() {
        return pythonType;
    }

    SourcePosition position() {
        return position;
    }

    PyError at(SourcePosition where) {
        if (position == null) {
            position = where;
        }
        return this;
    }

    /** The text a user sees: the Python exception with its type, or the refusal. */
    String describe() {
        if (isRefusal()) {
            return getMessage();
        }
        return getMessage().isEmpty() ? pythonType : pythonType + ": " + getMessage();
    }
}
