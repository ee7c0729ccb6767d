package dev.jxl.build.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sim round trip against the JVM's own floor, each as cold processes:
 * {@code java -version} versus create ({@link BenchCreate}) + {@code jxl destroy NAME}, median of N runs,
 * with the JVM flags the {@code ./jxl} script uses. Run from the checkout after
 * {@code mvn -q -DskipTests package}:
 * <pre>java -cp 'builder/target/jxl.jar:builder/target/lib/*' dev.jxl.build.bench.RoundTripBenchmark [RUNS] [CONFIG]</pre>
 */
public final class RoundTripBenchmark {
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "-Xshare:auto");

    private RoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path config = Path.of(args.length > 1 ? args[1] : "examples/hvm-basic.cfg");
        String name = args.length > 2 ? args[2] : "hvm-basic";
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path state = Files.createTempDirectory("jxl-bench-state");
        Path cds = Files.createTempDirectory("jxl-bench-cds").resolve("jxl.jsa");
        try {
            List<String> version = cmd(java, List.of("-version"));
            List<String> create = cmd(java, List.of("-cp", cp, BenchCreate.class.getName(), state.toString(),
                    config.toString()));
            List<String> destroy = cmd(java, List.of("-cp", cp, "dev.jxl.cli.Main", "--state-dir", state.toString(),
                    "destroy", name));
            // warm the disk cache, and record a class-data archive as ./jxl does on its first run
            run(version);
            run(with(create, "-XX:ArchiveClassesAtExit=" + cds));
            run(destroy);

            long[] javaVersion = new long[runs];
            long[] roundTrip = new long[runs];
            long[] roundTripCds = new long[runs];
            for (int i = 0; i < runs; i++) {
                javaVersion[i] = run(version);
                roundTrip[i] = run(create) + run(destroy);
                roundTripCds[i] = run(with(create, "-XX:SharedArchiveFile=" + cds))
                        + run(with(destroy, "-XX:SharedArchiveFile=" + cds));
            }
            double base = median(javaVersion);
            System.out.printf("runs: %d, config %s, %d cores%n", runs, config, Runtime.getRuntime().availableProcessors());
            System.out.printf("java -version                     median %7.1f ms%n", base);
            System.out.printf("create + destroy (sim)            median %7.1f ms  = %.2f x java -version%n",
                    median(roundTrip), median(roundTrip) / base);
            System.out.printf("create + destroy (sim, AppCDS)    median %7.1f ms  = %.2f x java -version%n",
                    median(roundTripCds), median(roundTripCds) / base);
        } finally {
            deleteTree(state);
            deleteTree(cds.getParent());
        }
    }

    private static List<String> cmd(String java, List<String> rest) {
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(JVM_FLAGS);
        c.addAll(rest);
        return c;
    }

    private static List<String> with(List<String> cmd, String flag) {
        List<String> c = new ArrayList<>(cmd);
        c.add(1, flag);
        return c;
    }

    /** Runs a command to completion; returns its wall time in microseconds. */
    private static long run(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        long us = (System.nanoTime() - t0) / 1000;
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + rc + ":\n" + new String(out));
        }
        return us;
    }

    private static double median(long[] us) {
        long[] s = us.clone();
        Arrays.sort(s);
        double m = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return m / 1000.0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
