package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.layout.host.Host;
import dev.jxl.oracle.CorpusConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check as a batch: on many threads, the output and exit code of checking the files one by one. */
class CheckBatchTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path state;

    /** Every corpus config and example, three times, shuffled, with a missing file and a directory. */
    private List<Path> batch() {
        List<Path> files = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            CorpusConfig.corpus().forEach(c -> files.add(c.file()));
            CorpusConfig.examples().forEach(c -> files.add(c.file()));
        }
        files.add(state.resolve("missing.cfg"));
        files.add(state);
        Collections.shuffle(files, new Random(14));
        return files;
    }

    private record Printed(String out, int checked, int failed, boolean configError) {
    }

    private static Printed report(List<Path> files, Optional<Host> host, int threads, OutputFormat format) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        CheckCommand.Report report = new CheckCommand.Report(format, out);
        CheckCommand.checkAll(files, host, threads, report);
        report.finish();
        out.flush();
        return new Printed(text.toString(), report.checked, report.failed, report.configError);
    }

    @Test
    void manyThreadsPrintWhatOneThreadPrints() {
        List<Path> files = batch();
        Optional<Host> host = Optional.of(HostDescriptions.read(ROOT.resolve("examples/hosts/small-memory.json")));
        for (Optional<Host> on : List.of(Optional.<Host>empty(), host)) {
            for (OutputFormat format : OutputFormat.values()) {
                Printed one = report(files, on, 1, format);
                Printed four = report(files, on, 4, format);
                assertEquals(one, four, format + (on.isPresent() ? " on a host" : ""));
                assertEquals(files.size(), four.checked());
                assertTrue(four.failed() > 0 && four.failed() < files.size(), "the batch has good and bad configs");
            }
        }
    }

    /** The command over a batch prints, in argument order, what it prints for each file alone. */
    @Test
    void aBatchIsTheFilesCheckedOneByOne() {
        List<Path> files = batch().subList(0, 300);
        StringBuilder alone = new StringBuilder();
        int worst = ExitCode.OK;
        for (Path f : files) {
            CliRun r = CliRun.of(state, "check", f.toString());
            alone.append(r.out());
            worst = r.rc() == ExitCode.CONFIG_ERROR || worst == ExitCode.CONFIG_ERROR ? ExitCode.CONFIG_ERROR
                    : Math.max(worst, r.rc());
        }
        List<String> args = new ArrayList<>(List.of("check"));
        files.forEach(f -> args.add(f.toString()));
        CliRun all = CliRun.of(state, args.toArray(String[]::new));
        assertEquals(alone.toString(), all.out());
        assertEquals(worst, all.rc());
        assertEquals("", all.err());
    }

    /** A file that takes long holds one thread: the others are all checked meanwhile. */
    @Test
    void aSlowFileDoesNotHoldUpTheOthers() throws InterruptedException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(Path.of("f" + i + ".cfg"));
        }
        Path slow = files.get(0);
        CountDownLatch othersDone = new CountDownLatch(files.size() - 1);
        CountDownLatch release = new CountDownLatch(1);
        List<Path> reported = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread batch = new Thread(() -> {
            try {
                CheckCommand.checkAll(files, 2, f -> {
                    if (f.equals(slow)) {
                        await(release);
                    } else {
                        othersDone.countDown();
                    }
                    return new CheckCommand.Result(f, true, List.of());
                }, r -> reported.add(r.file()));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        batch.start();
        assertTrue(othersDone.await(60, TimeUnit.SECONDS), "the other files were checked while the slow one ran");
        assertEquals(List.of(), reported, "nothing is reported before the first file");
        release.countDown();
        batch.join(60_000);
        assertEquals(null, failure.get());
        assertEquals(files, reported, "argument order");
    }

    /** An exception in a worker (a bug) reaches the caller as the sequential check would throw it. */
    @Test
    void aWorkersExceptionIsThrownInOrder() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(Path.of("f" + i + ".cfg"));
        }
        IllegalStateException bug = new IllegalStateException("bug");
        List<Path> reported = new ArrayList<>();
        ConcurrentHashMap<Path, Boolean> seen = new ConcurrentHashMap<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                CheckCommand.checkAll(files, 3, f -> {
                    seen.put(f, true);
                    if (f.equals(files.get(7))) {
                        throw bug;
                    }
                    return new CheckCommand.Result(f, true, List.of());
                }, r -> reported.add(r.file())));
        assertSame(bug, thrown);
        assertEquals(files.subList(0, 7), reported);
    }

    /** CONFIG words are taken in runs; options between them, "--" and unknown options parse as before. */
    @Test
    void optionsBetweenConfigsParseAsBefore() {
        String a = ROOT.resolve("examples/pv-linux.cfg").toString();
        String b = ROOT.resolve("examples/hvm-basic.cfg").toString();
        CliRun json = CliRun.of(state, "check", a, "--format", "json", b);
        assertEquals(0, json.rc(), json.err());
        assertTrue(json.out().contains("\"file\": \"" + a + "\"") && json.out().contains("\"file\": \"" + b + "\""),
                json.out());
        CliRun unknown = CliRun.of(state, "check", a, "--bogus", b);
        assertEquals(ExitCode.USAGE, unknown.rc());
        assertTrue(unknown.err().startsWith("jxl: error: check: unknown option '--bogus'\n"), unknown.err());
        CliRun dashed = CliRun.of(state, "check", a, "--", "-x.cfg", b);
        assertEquals("-x.cfg:1:1: error: cannot read config file: no such file\n", dashed.out());
        assertEquals(ExitCode.CONFIG_ERROR, dashed.rc());
        CliRun verbose = CliRun.of(state, "check", a, "-v", b);
        assertEquals("2 config(s) checked, 0 with errors\n", verbose.err());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
