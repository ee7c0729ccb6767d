package dev.jxl.cli;

/** A failure with a message for the user and the exit code it maps to. */
public class JxlException extends RuntimeException {
    private final int exitCode;

    public JxlException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public JxlException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
