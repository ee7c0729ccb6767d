package dev.jxl.builder.xl;

import dev.jxl.builder.backend.BackendException;
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

/**
 * {@code jxl --backend xl create}: write the native config (and the vNVDIMM tables) and hand them to
 * real Xen's {@code xl create}. xl builds the whole domain itself, so there is no step-by-step
 * rollback here: if xl fails, it has already undone its own work and jxl removes the files it wrote.
 */
public final class XlCreator {
    private final Path dir;

    /** @param dir where the generated config and tables are kept (the guest needs them while it runs) */
    public XlCreator(Path dir) {
        this.dir = dir;
    }

    /** The files written for a guest: its config and, with vNVDIMMs, its ACPI tables. */
    public record Written(Path config, List<Path> all) {
    }

    public Written write(XlSettings settings, DomainConfig config, GuestLayout layout) {
        Path cfg = configFile(config.name());
        Path acpi = acpiFile(config.name());
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

    /**
     * Runs {@code xl create [FLAGS] CONFIG}; on failure removes what {@link #write} wrote and
     * reports xl's words. With {@code -c} or {@code -F} xl runs on jxl's terminal (console, or until
     * the domain dies), so its words are already on the screen.
     */
    public void create(Written written, List<String> flags) {
        List<String> args = new java.util.ArrayList<>(List.of("create"));
        args.addAll(flags);
        args.add(written.config().toString());
        boolean attached = flags.contains("-c") || flags.contains("-F");
        XlTool.Result r;
        try {
            r = attached ? new XlTool.Result(XlTool.runAttached(args), "", "") : XlTool.run(args, 10);
        } catch (BackendException e) {
            throw fail(written, e.getMessage());
        }
        if (!r.ok()) {
            throw fail(written, "xl " + String.join(" ", args.subList(0, args.size() - 1)) + " exited " + r.exitCode()
                    + (attached ? "" : ": " + (r.stdout() + r.stderr()).strip()));
        }
    }

    /** After the domain is gone: its generated config and tables, which it needed while it ran. */
    /** Whether jxl still holds a generated config or tables for the domain. */
    public boolean holds(String domainName) {
        return java.nio.file.Files.exists(configFile(domainName)) || java.nio.file.Files.exists(acpiFile(domainName));
    }

    public void forget(String domainName) {
        deleteQuietly(configFile(domainName));
        deleteQuietly(acpiFile(domainName));
    }

    private Path configFile(String domainName) {
        return dir.resolve(fileName(domainName) + ".cfg");
    }

    private Path acpiFile(String domainName) {
        return dir.resolve(fileName(domainName) + ".acpi");
    }

    private static String fileName(String domainName) {
        return domainName.replaceAll("[^A-Za-z0-9._-]", "_");
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
