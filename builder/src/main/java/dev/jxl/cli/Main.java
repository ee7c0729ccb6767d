package dev.jxl.cli;

/** Entry point of the jxl command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Jxl.run(args));
    }
}
