package dev.jxl.realxen;

import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One boot of real Xen under QEMU (builder/src/test/realxen/harness.sh) and what it left: the
 * scenarios of a mode and each one's evidence directory. Which boot, if any:
 * {@code JXL_REAL_XEN=fast|full} boots that suite; unset, CI's {@code JXL_REQUIRE_ORACLES=1} means
 * fast; otherwise the tests are skipped with the reason. {@code JXL_REALXEN_RESULTS=DIR} reads the
 * results of an earlier boot instead (for working on the checks without booting again).
 * {@code JXL_REALXEN_ONLY="name …"} boots (and checks) only those scenarios, as the harness does.
 */
final class RealXenRun {
    /** One line of guests/scenarios.list. */
    record Scenario(String name, String kind, List<String> modes, int waitSeconds) {
    }

    final String mode;
    final Path out;
    final Path guests;
    final List<Scenario> scenarios;

    private RealXenRun(String mode, Path out, Path guests, List<Scenario> scenarios) {
        this.mode = mode;
        this.out = out;
        this.guests = guests;
        this.scenarios = scenarios;
    }

    Path results(String scenario) {
        return out.resolve("results").resolve(scenario);
    }

    String read(String scenario, String file) {
        Path p = results(scenario).resolve(file);
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Boots (or finds the results of) the mode the environment asks for; skips the tests if none. */
    static RealXenRun obtain() {
        Path root = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
        Path harness = root.resolve("builder/src/test/realxen/harness.sh");
        Path guests = harness.resolveSibling("guests");
        String mode = System.getenv().getOrDefault("JXL_REAL_XEN", Oracles.oraclesRequired() ? "fast" : "");
        String reuse = System.getenv("JXL_REALXEN_RESULTS");
        if (reuse != null && !reuse.isBlank()) {
            Path out = Path.of(reuse).toAbsolutePath();
            String m = mode.isEmpty() ? "fast" : mode;
            return new RealXenRun(m, out, guests, scenarios(guests, m));
        }
        Assumptions.assumeFalse(mode.isEmpty() || mode.equals("off"), "real Xen not booted: set JXL_REAL_XEN=fast"
                + " (about 10 minutes) or full to boot Xen 4.17 + dom0 under QEMU and run the scenarios");
        if (!mode.equals("fast") && !mode.equals("full")) {
            throw new IllegalArgumentException("JXL_REAL_XEN must be fast, full or off, not " + mode);
        }
        Path out = root.resolve("builder/target/realxen-" + mode);
        int rc = runHarness(harness, mode, out);
        Oracles.assumeOracle(rc != 77, "the real-Xen harness is missing a program or package (its message above says which)");
        if (rc != 0) {
            throw new AssertionError("the real-Xen harness failed (exit " + rc + "); console: " + out.resolve("console.log"));
        }
        return new RealXenRun(mode, out, guests, scenarios(guests, mode));
    }

    private static int runHarness(Path harness, String mode, Path out) {
        // to a file, not inherited: a process the harness leaves behind must not hold the fork's output open
        Path log = out.resolveSibling(out.getFileName() + ".log");
        System.err.println("real-Xen harness (" + mode + "): progress in " + log);
        ProcessBuilder pb = new ProcessBuilder("bash", harness.toString(), mode, out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Files.createDirectories(out.getParent());
            Process p = pb.start();
            // the harness bounds the boot itself; this bounds downloads and the initramfs on top of it
            long limitMinutes = mode.equals("full") ? 120 : 60;
            if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("the real-Xen harness did not finish in " + limitMinutes + " minutes");
            }
            System.err.println(Files.readString(log, StandardCharsets.ISO_8859_1));
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the real-Xen harness ran");
        }
    }

    static List<Scenario> scenarios(Path guests, String mode) {
        List<Scenario> out = new ArrayList<>();
        // JXL_REALXEN_ONLY="name …": the subset the harness booted (host always runs)
        List<String> only = List.of(System.getenv().getOrDefault("JXL_REALXEN_ONLY", "").strip().split("\\s+"))
                .stream().filter(w -> !w.isEmpty()).toList();
        try {
            for (String line : Files.readAllLines(guests.resolve("scenarios.list"))) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] w = t.split("\\s+");
                Scenario s = new Scenario(w[0], w[1], List.of(w[2].split(",")), Integer.parseInt(w[3]));
                if (s.modes().contains(mode) && (only.isEmpty() || only.contains(s.name()))) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
