package dev.jxl.diag;

/**
 * What kind of failure a {@link DiagnosticException} reports: the one thing its exit code depends
 * on (the CLI maps each to a code of its documented table, in one place).
 */
public enum Failure {
    /** A config (xl or xm) or a value given for one is wrong. */
    CONFIG,
    /** Bad command-line words. */
    USAGE,
    /** A valid config whose layout cannot be planned on this host. */
    PLAN,
    /** The hypervisor (or the simulated one) refused a step; what was done is rolled back. */
    BACKEND,
    /** The named domain or domid does not exist. */
    NO_SUCH_DOMAIN,
    /** A host description or backend state document that is unreadable or impossible. */
    DOCUMENT
}
