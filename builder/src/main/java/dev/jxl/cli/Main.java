package dev.jxl.cli;

/** Entry point of the jxl command. */
public final class Main {
    private Main() {
    }

    /**
     * Ends with {@code Runtime.halt}, not {@code System.exit}: from JDK 21 on, exit first looks up
     * the System.Logger of Runtime.exit events, which sets up the JDK's logging (about 10 ms of a cold
     * interpreted JDK 25). jxl registers no shutdown hook and leaves nothing to delete on exit; its
     * output is flushed here (a sim lock is a file lock the kernel drops with the process).
     */
    public static void main(String[] args) {
        int code = Jxl.run(args);
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
