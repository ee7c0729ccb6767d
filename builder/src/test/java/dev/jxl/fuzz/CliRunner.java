package dev.jxl.fuzz;

import dev.jxl.cli.Jxl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code jxl} in this JVM ({@link Jxl#run(PrintWriter, PrintWriter, String...)}) on a worker
 * thread, with a time limit. A run over the limit is abandoned: its thread is interrupted and left
 * behind (Java cannot stop it), and the next run gets a new thread; after {@link #MAX_ABANDONED}
 * such threads the runner refuses further runs, so a campaign of hanging inputs ends rather than
 * grinding the machine.
 */
final class CliRunner implements AutoCloseable {
    static final int MAX_ABANDONED = 4;

    /** One run: the words, the exit code, what it printed, how long it took; a timeout or an escaped throwable. */
    record Run(List<String> args, int rc, String out, String err, long micros, boolean timedOut, Throwable escaped) {
        boolean completed() {
            return !timedOut && escaped == null;
        }
    }

    private final Duration timeout;
    private ExecutorService worker = newWorker();
    private int abandoned;

    CliRunner(Duration timeout) {
        this.timeout = timeout;
    }

    boolean exhausted() {
        return abandoned >= MAX_ABANDONED;
    }

    int abandoned() {
        return abandoned;
    }

    Run run(List<String> args) {
        if (exhausted()) {
            throw new IllegalStateException(abandoned + " runs hung; not starting another");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        Future<Integer> f = worker.submit(() -> Jxl.run(new PrintWriter(out, true), new PrintWriter(err, true),
                args.toArray(String[]::new)));
        try {
            int rc = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Run(args, rc, out.toString(), err.toString(), micros(start), false, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            abandoned++;
            return new Run(args, -1, out.toString(), err.toString(), micros(start), true, null);
        } catch (ExecutionException e) {
            // an Error (StackOverflowError, OutOfMemoryError) or exception that got past picocli's handlers
            return new Run(args, -1, out.toString(), err.toString(), micros(start), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1000;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jxl-fuzz-run");
            t.setDaemon(true); // an abandoned run must not keep the test JVM alive
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
