package dev.jxl.cli;

/**
 * The documented exit codes; nothing else is ever returned. {@link ErrorHandler} is the one place
 * an exception becomes one of them.
 */
public final class ExitCode {
    public static final int OK = 0;
    /** A config (xl or xm), or a value given for one, is wrong: positioned at the key. */
    public static final int CONFIG_ERROR = 1;
    /** Bad command-line words. */
    public static final int USAGE = 2;
    /** The config is valid but its layout cannot be planned on this host. */
    public static final int CANNOT_PLAN = 3;
    /** A backend step failed; everything done was rolled back. */
    public static final int BACKEND_FAILED = 4;
    /** The named domain (or domid) does not exist. */
    public static final int NO_SUCH_DOMAIN = 5;
    /** A host description or the sim's state is unreadable or impossible: positioned, with a fix. */
    public static final int BAD_DOCUMENT = 6;
    /** A bug in jxl (sysexits' EX_SOFTWARE): a one-line reason, the trace with -v. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
