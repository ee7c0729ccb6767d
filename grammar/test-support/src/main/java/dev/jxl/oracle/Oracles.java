package dev.jxl.oracle;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The real programs jxl is checked against, and the one rule for tests that need them: when a
 * program is missing the test is skipped with a reason that names it, unless the environment
 * variable {@value #REQUIRE_ENV}=1 is set (as in CI), in which case the test fails.
 */
public final class Oracles {

    /** Set to 1 to make a missing oracle a test failure instead of a skip. */
    public static final String REQUIRE_ENV = "JXL_REQUIRE_ORACLES";

    /** An oracle program: where it is found and which Debian package provides it. */
    public enum Tool {
        /** Xen 4.17's xl itself; /usr/sbin/xl is a wrapper that refuses to run outside dom0. */
        XL("/usr/lib/xen-4.17/bin/xl", "xen-utils-4.17"),
        IASL("iasl", "acpica-tools"),
        NDCTL("ndctl", "ndctl"),
        PYTHON3("python3", "python3"),
        /** Builds the xl preload library. */
        GCC("gcc", "gcc");

        private final String command;
        private final String debianPackage;

        Tool(String command, String debianPackage) {
            this.command = command;
            this.debianPackage = debianPackage;
        }

        public String command() {
            return command;
        }

        public String debianPackage() {
            return debianPackage;
        }
    }

    private static final Map<Tool, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private Oracles() {
    }

    /** Where the tool's executable is, if it is installed. */
    public static Optional<Path> find(Tool tool) {
        return FOUND.computeIfAbsent(tool, t -> locate(t.command()));
    }

    public static boolean available(Tool tool) {
        return find(tool).isPresent();
    }

    /** The tool's path; skips (or, when required, fails) the calling test if it is missing. */
    public static Path require(Tool tool) {
        Optional<Path> path = find(tool);
        assumeOracle(path.isPresent(), tool.command() + " is not installed (Debian package "
                + tool.debianPackage() + ")");
        return path.orElseThrow();
    }

    /** Whether a missing oracle fails tests rather than skipping them. */
    public static boolean oraclesRequired() {
        return "1".equals(System.getenv(REQUIRE_ENV));
    }

    /**
     * The single decision point: if {@code ok} is false, skip the current test with {@code reason},
     * or fail it when {@value #REQUIRE_ENV}=1. The reason also goes to stderr, naming the test: a
     * skip is otherwise seen only in the XML report, and a console run would just count it.
     */
    public static void assumeOracle(boolean ok, String reason) {
        if (ok) {
            return;
        }
        String message = "oracle unavailable: " + reason;
        boolean required = oraclesRequired();
        System.err.println(caller() + ": " + (required ? "FAILED" : "SKIPPED") + ": " + message);
        if (required) {
            throw new AssertionError(message + " (" + REQUIRE_ENV + "=1, so this is a failure)");
        }
        Assumptions.assumeTrue(false, message);
    }

    /** The test that asked, as Class.method: the nearest frame of a *Test or *IT class, else the nearest caller. */
    private static String caller() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s
                .filter(f -> !f.getClassName().equals(Oracles.class.getName())).toList());
        return frames.stream().filter(f -> simpleName(f).endsWith("Test") || simpleName(f).endsWith("IT")).findFirst()
                .or(() -> frames.stream().findFirst())
                .map(f -> simpleName(f) + "." + f.getMethodName())
                .orElse("oracle");
    }

    private static String simpleName(StackWalker.StackFrame f) {
        String name = f.getClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Optional<Path> locate(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String pathVar = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : pathVar.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
