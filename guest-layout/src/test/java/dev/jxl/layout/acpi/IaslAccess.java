package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs ACPICA's {@code iasl} and {@code acpiexec} (package acpica-tools) in a scratch directory. Without
 * them a test is skipped with a visible reason, unless {@code JXL_REQUIRE_ORACLES=1}, then it fails.
 */
public final class IaslAccess {
    public record Run(int exitCode, String output) {
    }

    private IaslAccess() {
    }

    public static void require(String tool) {
        if (onPath(tool)) {
            return;
        }
        String reason = tool + " (acpica-tools) is not installed";
        if ("1".equals(System.getenv("JXL_REQUIRE_ORACLES"))) {
            fail(reason + " and JXL_REQUIRE_ORACLES=1");
        }
        Assumptions.abort(reason + ": skipping the oracle check");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    public static Run run(Path dir, String... command) {
        require(command[0]);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " timed out");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Compiles ASL with {@code iasl -p}; returns the AML file's bytes (header included). */
    public static byte[] compile(Path dir, String asl) throws IOException {
        Files.writeString(dir.resolve("ref.asl"), asl);
        Run r = run(dir, "iasl", "-p", "ref", "ref.asl");
        if (r.exitCode() != 0) {
            fail("iasl could not compile the reference ASL:\n" + asl + "\n" + r.output());
        }
        return Files.readAllBytes(dir.resolve("ref.aml"));
    }

    /** Disassembles a binary table with {@code iasl -d}; returns the tool output and the .dsl text. */
    public static Disassembly disassemble(Path dir, String name, byte[] table) throws IOException {
        Path file = dir.resolve(name + ".dat");
        Files.write(file, table);
        Run r = run(dir, "iasl", "-d", file.getFileName().toString());
        Path dsl = dir.resolve(name + ".dsl");
        String text = Files.exists(dsl) ? Files.readString(dsl) : "";
        return new Disassembly(r, text);
    }

    public record Disassembly(Run run, String dsl) {
        /**
         * Lines of iasl's own output that report a problem. iasl's note that a {@code ToUUID} is not in
         * its table of known UUIDs (20200925 lacks the Intel NVDIMM DSM one) is a comment, not a problem.
         */
        public List<String> complaints() {
            List<String> out = new ArrayList<>();
            for (String line : (run.output() + "\n" + dsl).split("\n")) {
                String l = line.replace("/* Unknown UUID */", "").toLowerCase(java.util.Locale.ROOT);
                if (l.contains("error") || l.contains("warning") || l.contains("invalid")
                        || l.contains("incorrect") || l.contains("too long") || l.contains("unknown")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
