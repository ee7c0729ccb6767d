package dev.jxl.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Xen 4.17's {@code xl -N create} (dry run) as a test oracle: it parses a config and prints the libxl
 * domain configuration as JSON without touching a hypervisor. xl still opens libxenctrl and
 * libxenstore first, so it runs with a preload library (built once per JVM from
 * {@code grammar/test-support/src/main/c/xl-preload.c}) that answers those calls for a fixed fake host.
 *
 * <p>Obtain it with {@link #get()}, which skips the calling test when xl or gcc is missing (or fails
 * it under {@value Oracles#REQUIRE_ENV}=1).
 */
public final class XlOracle {

    /** Relative to the project root. */
    private static final String PRELOAD_SOURCE = "grammar/test-support/src/main/c/xl-preload.c";
    private static final long TIMEOUT_SECONDS = 30;

    private static XlOracle instance;
    private static String unavailableReason;

    private final Path xl;
    private final Path preload;
    private final Path scratch;

    private XlOracle(Path xl, Path preload, Path scratch) {
        this.xl = xl;
        this.preload = preload;
        this.scratch = scratch;
    }

    /** The oracle, building the preload library on first use; skips or fails the test if it cannot. */
    public static XlOracle get() {
        Path xl = Oracles.require(Oracles.Tool.XL);
        Path gcc = Oracles.require(Oracles.Tool.GCC);
        synchronized (XlOracle.class) {
            if (instance == null && unavailableReason == null) {
                try {
                    Path dir = Files.createDirectories(buildDir());
                    Path scratch = Files.createTempDirectory(dir, "runs-");
                    scratch.toFile().deleteOnExit(); // empty by then: every run cleans up after itself
                    instance = new XlOracle(xl, buildPreload(gcc, dir), scratch);
                } catch (IOException | RuntimeException e) {
                    unavailableReason = "cannot build the xl preload library: " + e.getMessage();
                }
            }
        }
        Oracles.assumeOracle(unavailableReason == null, String.valueOf(unavailableReason));
        return instance;
    }

    /** Runs {@code xl -N create CONFIG OVERRIDES…}. */
    public XlResult dryRun(Path config, List<String> overrides) {
        List<String> command = new ArrayList<>(List.of(xl.toString(), "-N", "create", config.toString()));
        command.addAll(overrides);
        return run(command);
    }

    public XlResult dryRun(XlRequest request) {
        return dryRun(request.config(), request.overrides());
    }

    /**
     * Dry-runs text that is not in a file yet. It is written (one byte per character) under
     * {@code fileName} in a fresh directory, so xl's messages name it as {@code DIR/fileName}.
     */
    public XlResult dryRunText(String fileName, String text, List<String> overrides) {
        try {
            Path dir = Files.createTempDirectory(scratch, "t");
            Path file = dir.resolve(fileName);
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
            try {
                return dryRun(file, overrides);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Many dry runs at once, results in request order. xl takes 10-20 ms a run, mostly process
     * start-up, so runs overlap on every core.
     */
    public List<XlResult> dryRunAll(List<XlRequest> requests) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<XlResult>> futures = new ArrayList<>(requests.size());
            for (XlRequest r : requests) {
                futures.add(pool.submit(() -> dryRun(r)));
            }
            List<XlResult> results = new ArrayList<>(requests.size());
            for (Future<XlResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running xl", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("xl run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The JSON without the {@code "uuid"} line of {@code c_info} (xl makes a random one when the
     * config gives none). Works on libxl's beautified layout: c_info's members are the lines indented
     * by 8 spaces between {@code    "c_info": {} and its closing brace. A comma left dangling by
     * removing the last member is removed too. Other uuids (vtpms[].uuid) are kept.
     */
    public static String withoutUuid(String json) {
        List<String> lines = new ArrayList<>(json.lines().toList());
        int start = lines.indexOf("    \"c_info\": {");
        if (start < 0) {
            return json;
        }
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("    }"); i++) {
            if (lines.get(i).startsWith("        \"uuid\": ")) {
                lines.remove(i);
                boolean wasLast = i < lines.size() && lines.get(i).startsWith("    }");
                if (wasLast && i - 1 > start && lines.get(i - 1).endsWith(",")) {
                    String prev = lines.get(i - 1);
                    lines.set(i - 1, prev.substring(0, prev.length() - 1));
                }
                break;
            }
        }
        return String.join("\n", lines) + (json.endsWith("\n") ? "\n" : "");
    }

    private XlResult run(List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile(scratch, "out", ".txt");
            err = Files.createTempFile(scratch, "err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("LD_PRELOAD", preload.toString());
            // xl's own messages must not depend on the caller's locale
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            int exit;
            if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                exit = p.exitValue();
            } else {
                p.destroyForcibly().waitFor();
                exit = XlResult.TIMED_OUT;
            }
            String stdout = Files.readString(out, StandardCharsets.ISO_8859_1);
            String stderr = Files.readString(err, StandardCharsets.ISO_8859_1);
            if (exit == XlResult.TIMED_OUT) {
                stderr += "\n[xl did not finish within " + TIMEOUT_SECONDS + " s]";
            }
            return new XlResult(exit, stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running xl", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file under target/ is harmless
            }
        }
    }

    /** This module's target/xl-preload (surefire runs with the module as working directory). */
    private static Path buildDir() {
        return Path.of(System.getProperty("basedir", "."), "target", "xl-preload").toAbsolutePath();
    }

    private static Path buildPreload(Path gcc, Path dir) throws IOException {
        Path source = preloadSource();
        Path library = dir.resolve("xl-preload.so");
        if (Files.exists(library)
                && Files.getLastModifiedTime(library).compareTo(Files.getLastModifiedTime(source)) >= 0) {
            return library;
        }
        Path partial = Files.createTempFile(dir, "xl-preload", ".so.tmp");
        Path log = dir.resolve("gcc.log");
        Process p = new ProcessBuilder(gcc.toString(), "-shared", "-fPIC", "-O2", "-Wall", "-o",
                partial.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("gcc timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running gcc", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("gcc failed (" + p.exitValue() + "): " + Files.readString(log).strip());
        }
        // several test JVMs may build at once: each moves its own complete copy into place
        return Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The C source, found from the project root ({@code jxl.root}) or by walking up from here. */
    private static Path preloadSource() throws IOException {
        String root = System.getProperty("jxl.root");
        if (root != null && Files.isRegularFile(Path.of(root, PRELOAD_SOURCE))) {
            return Path.of(root, PRELOAD_SOURCE);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PRELOAD_SOURCE))) {
                return dir.resolve(PRELOAD_SOURCE);
            }
        }
        throw new IOException(PRELOAD_SOURCE + " not found (jxl.root=" + root + ")");
    }
}
