package dev.jxl.cli;

/** The documented exit codes; nothing else is ever returned. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int CONFIG_ERROR = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_PLAN = 3;
    public static final int BACKEND_FAILED = 4;

    private ExitCode() {
    }
}
