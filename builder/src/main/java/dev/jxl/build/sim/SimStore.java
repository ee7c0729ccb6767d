package dev.jxl.build.sim;

import dev.jxl.build.backend.BackendException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The state directory: {@code state.json} (the document), {@code lock} (held with {@code FileChannel.lock}
 * for as long as a jxl process works on the host, so processes take turns), and for a moment
 * {@code state.json.tmp} (a write in progress: written, fsynced, then renamed over the document, so a
 * crash leaves either the old or the new document, never a torn one).
 */
final class SimStore implements AutoCloseable {
    static final String STATE = "state.json";
    static final String TEMP = STATE + ".tmp";
    static final String LOCK = "lock";

    private final Path dir;
    private final boolean fsync;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private SimStore(Path dir, boolean fsync, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.fsync = fsync;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the directory (creating it), waiting for the lock while another process holds it. */
    static SimStore open(Path dir, boolean fsync) {
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = ch.lock();
                SimStore store = new SimStore(dir, fsync, ch, lock);
                // a temp file is a write that never reached its rename: the document is the older one
                Files.deleteIfExists(dir.resolve(TEMP));
                return store;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BackendException("cannot open the sim state directory " + dir + ": " + e.getMessage(), e);
        }
    }

    Path dir() {
        return dir;
    }

    Optional<SimState> read() {
        return readAt(dir);
    }

    /** The document without taking the lock: writes are whole-file renames, so a reader sees one version. */
    static Optional<SimState> readAt(Path dir) {
        Path file = dir.resolve(STATE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        SimState s;
        try {
            s = SimStateJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BackendException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SimStateJson.BadDocument e) {
            throw new BackendException(file + ":" + e.at() + ": not a jxl sim state document: " + e.getMessage(), e);
        }
        if (!SimState.FORMAT.equals(s.format)) {
            throw new BackendException(file + ": format is \"" + s.format + "\", expected \"" + SimState.FORMAT + "\"");
        }
        if (s.version != SimState.VERSION) {
            throw new BackendException(file + ": state version " + s.version + ", this jxl reads version "
                    + SimState.VERSION);
        }
        return Optional.of(s);
    }

    static byte[] serialize(SimState s) {
        return (SimStateJson.write(s) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the document atomically: temp file, fsync, rename, fsync of the directory. */
    void write(SimState s) {
        Path temp = dir.resolve(TEMP);
        byte[] bytes = serialize(s);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (fsync) {
                    ch.force(true);
                }
            }
            try {
                Files.move(temp, dir.resolve(STATE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new BackendException("the sim state directory " + dir + " cannot rename atomically", e);
            }
            if (fsync) {
                try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                    d.force(true); // make the rename itself durable
                } catch (IOException e) {
                    // some file systems cannot open a directory for fsync; the rename is still atomic
                }
            }
        } catch (IOException e) {
            throw new BackendException("cannot write the sim state " + dir.resolve(STATE) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        } finally {
            try {
                lockChannel.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }
}
