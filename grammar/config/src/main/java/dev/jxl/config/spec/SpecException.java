package dev.jxl.config.spec;

/**
 * A spec string xl rejects. The message is xl's own text (without the config-file or {@code xl:}
 * prefix); {@link #offset()} points into the spec string (-1 when unknown); {@link #xlExitCode()} is
 * the status xl exits with for this failure.
 */
public final class SpecException extends RuntimeException {
    private final int offset;
    private final int xlExitCode;

    public SpecException(String message) {
        this(message, -1);
    }

    public SpecException(String message, int offset) {
        this(message, offset, 1);
    }

    SpecException(String message, int offset, int xlExitCode) {
        super(message);
        this.offset = offset;
        this.xlExitCode = xlExitCode;
    }

    /** Offset into the spec string where the problem is, or -1. */
    public int offset() {
        return offset;
    }

    /** 1 normally, 6 for PCI spec errors (exit(-ERROR_INVAL)), 3 where xl exits with -ERROR_FAIL. */
    public int xlExitCode() {
        return xlExitCode;
    }
}
