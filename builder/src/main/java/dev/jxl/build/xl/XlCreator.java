package dev.jxl.build.xl;

import dev.jxl.build.backend.BackendException;
import dev.jxl.config.DomainConfig;
import dev.jxl.grammar.xl.XlSettings;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.acpi.AcpiFirmwareImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code jxl --backend xl create}: write the native config (and the vNVDIMM tables) and hand them to
 * real Xen's {@code xl create}. xl builds the whole domain itself, so there is no step-by-step
 * rollback here: if xl fails, it has already undone its own work and jxl removes the files it wrote.
 */
public final class XlCreator {
    /** The xl to run: {@code $JXL_XL}, else {@code xl} on the PATH. */
    public static String xlCommand() {
        String env = System.getenv("JXL_XL");
        return env == null || env.isBlank() ? "xl" : env;
    }

    private final Path dir;

    /** @param dir where the generated config and tables are kept (the guest needs them while it runs) */
    public XlCreator(Path dir) {
        this.dir = dir;
    }

    /** The files written for a guest: its config and, with vNVDIMMs, its ACPI tables. */
    public record Written(Path config, List<Path> all) {
    }

    public Written write(XlSettings settings, DomainConfig config, GuestLayout layout) {
        String name = config.name().replaceAll("[^A-Za-z0-9._-]", "_");
        Path cfg = dir.resolve(name + ".cfg");
        Path acpi = dir.resolve(name + ".acpi");
        String text = NativeXlConfig.of(settings, config, layout, acpi.toString());
        List<Path> all = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            if (!layout.vnvdimms().isEmpty()) {
                atomicWrite(acpi, AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(layout.nvdimmAcpiInput())));
                all.add(acpi);
            }
            atomicWrite(cfg, text.getBytes(StandardCharsets.ISO_8859_1));
            all.add(cfg);
        } catch (IOException e) {
            all.forEach(XlCreator::deleteQuietly);
            throw new BackendException("cannot write the xl config under " + dir + ": " + e.getMessage());
        }
        return new Written(cfg, all);
    }

    /** Runs {@code xl create}; on failure removes what {@link #write} wrote and reports xl's words. */
    public void create(Written written) {
        List<String> command = List.of(xlCommand(), "create", written.config().toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw fail(written, "xl create did not finish in 10 minutes");
            }
            if (p.exitValue() != 0) {
                throw fail(written, "xl create exited " + p.exitValue() + ": " + output.strip());
            }
        } catch (IOException e) {
            throw fail(written, "cannot run " + command.get(0) + " (set JXL_XL to xl's path): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(written, "interrupted");
        }
    }

    private static BackendException fail(Written written, String message) {
        written.all().forEach(XlCreator::deleteQuietly);
        return new BackendException(message);
    }

    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the message already says what failed
        }
    }
}
