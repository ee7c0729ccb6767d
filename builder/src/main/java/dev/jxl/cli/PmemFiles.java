package dev.jxl.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Reading and writing the start of a pmem image file or namespace device, durably. */
final class PmemFiles {
    private PmemFiles() {
    }

    /** {@code PATH: REASON}, the path once. */
    static String describe(Path p, IOException e) {
        return p + ": " + dev.jxl.diag.IoReason.of(e);
    }

    /** The length of a file or a block device (the JDK asks the kernel for a device's size). */
    static long length(Path p) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            return f.length();
        }
    }

    /** The first {@code n} bytes, or fewer if the target is shorter. */
    static byte[] readHead(Path p, int n) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(n);
            while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
                // positional reads until full or end of file
            }
            byte[] out = new byte[b.position()];
            b.flip().get(out);
            return out;
        }
    }

    /** Writes {@code bytes} at offset 0 and nothing else, then waits until they are on the media. */
    static void writeInPlace(Path p, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b, b.position());
            }
            ch.force(true);
        }
    }

    /** Replaces (or creates) {@code p} with exactly {@code bytes}: temp file, fsync, rename, fsync dir. */
    static void replaceAtomically(Path p, byte[] bytes) throws IOException {
        Path dir = p.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + p.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself must survive a crash
        } catch (IOException e) {
            // some file systems cannot fsync a directory; the data itself is already synced
        }
    }
}
