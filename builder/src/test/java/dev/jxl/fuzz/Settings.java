package dev.jxl.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's knobs, from system properties (so {@code mvn … -Djxl.fuzz.count=100000} sets them):
 *
 * <ul>
 *   <li>{@code jxl.fuzz.seed} (default {@value #DEFAULT_SEED}): the campaign's random seed; input #i of a seed
 *       is always the same input;</li>
 *   <li>{@code jxl.fuzz.count} (default {@value #DEFAULT_COUNT}): inputs in all, the repository's seeds as they
 *       are first, then mutants;</li>
 *   <li>{@code jxl.fuzz.only}: comma-separated input numbers to run alone (to replay a failure);</li>
 *   <li>{@code jxl.fuzz.timeoutSeconds} (default 10): the limit for one jxl command;</li>
 *   <li>{@code jxl.fuzz.minimize} (default true): shrink each failure class's smallest input;</li>
 *   <li>{@code jxl.fuzz.out} (default {@code target}): where {@code fuzz-failures/} and {@code fuzz-report.txt} go.</li>
 * </ul>
 */
record Settings(long seed, long count, List<Long> only, Duration timeout, boolean minimize, Path root, Path out,
        Path work) {
    static final long DEFAULT_SEED = 12;
    static final long DEFAULT_COUNT = 2500;

    static Settings fromSystemProperties() {
        List<Long> only = new ArrayList<>();
        String o = System.getProperty("jxl.fuzz.only", "").trim();
        if (!o.isEmpty()) {
            for (String s : o.split(",")) {
                only.add(Long.parseLong(s.trim()));
            }
        }
        Path root = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
        return new Settings(Long.getLong("jxl.fuzz.seed", DEFAULT_SEED), Long.getLong("jxl.fuzz.count", DEFAULT_COUNT),
                List.copyOf(only), Duration.ofSeconds(Long.getLong("jxl.fuzz.timeoutSeconds", 10)),
                Boolean.parseBoolean(System.getProperty("jxl.fuzz.minimize", "true")), root,
                Path.of(System.getProperty("jxl.fuzz.out", "target")).toAbsolutePath(), workRoot());
    }

    /**
     * Scratch space for the inputs' state directories: RAM when the machine has it (the sim fsyncs
     * every step it writes through, which on a disk costs more than the rest of a run).
     */
    private static Path workRoot() {
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("jxl-fuzz-" + ProcessHandle.current().pid());
    }
}
