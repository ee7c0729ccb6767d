package dev.jxl.builder.xl;

import dev.jxl.builder.backend.BackendException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs real Xen's {@code xl}: for {@code --backend xl}, where xl itself builds, lists, describes and
 * destroys domains and jxl hands it the work.
 */
public final class XlTool {
    private XlTool() {
    }

    /** The xl to run: the {@code jxl.xl} system property (tests), {@code $JXL_XL}, else {@code xl} on the PATH. */
    public static String command() {
        String property = System.getProperty("jxl.xl");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("JXL_XL");
        return env == null || env.isBlank() ? "xl" : env;
    }

    /** What one xl run printed, bytes as ISO-8859-1 characters (names and paths pass through as they are). */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code xl ARGS…} to completion; a process that cannot start, or hangs, is a BackendException. */
    public static Result run(List<String> args, long timeoutMinutes) {
        List<String> command = new ArrayList<>();
        command.add(command());
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new BackendException("cannot run " + command.get(0) + " (set JXL_XL to xl's path): " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
            String stdout = text(p.getInputStream());
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BackendException("xl " + String.join(" ", args) + " did not finish in " + timeoutMinutes
                        + " minutes");
            }
            return new Result(p.exitValue(), stdout, stderr.get());
        } catch (IOException | UncheckedIOException | ExecutionException e) {
            p.destroyForcibly();
            throw new BackendException("reading from xl: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while xl ran");
        }
    }

    /**
     * Runs {@code xl ARGS…} on jxl's own terminal (for {@code create -c} and {@code -F}, which stay
     * until the console is left or the domain dies: no timeout) and returns its exit code.
     */
    public static int runAttached(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(command());
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new BackendException("cannot run " + command.get(0) + " (set JXL_XL to xl's path): " + e.getMessage(), e);
        }
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException("interrupted while xl ran");
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
