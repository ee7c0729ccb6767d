package dev.jxl.builder.sim;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state directory: {@code state.json} (the document), {@code lock} (held with {@code FileChannel.lock}
 * for as long as a jxl process works on the host, so processes take turns), and for a moment
 * {@code state.json.tmp} (a write in progress: written, fsynced, then renamed over the document, so a
 * crash leaves either the old or the new document, never a torn one).
 *
 * <p>A directory jxl may not write (permissions, a read-only mount) is opened read-only: the lock is
 * taken shared (or not at all, when there is no lock file to take), nothing is written or deleted, and
 * {@link #write} refuses, so {@code list}, {@code info} and {@code state check} still work there.
 */
final class SimStore implements AutoCloseable {
    static final String STATE = "state.json";
    static final String TEMP = STATE + ".tmp";
    static final String LOCK = "lock";
    /** On open, at most this many problems are printed; {@code jxl state check} prints them all. */
    static final int SHOWN_ON_OPEN = 10;

    private final Path dir;
    private final boolean fsync;
    private final boolean writable;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private SimStore(Path dir, boolean fsync, boolean writable, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.fsync = fsync;
        this.writable = writable;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the directory (creating it), waiting for the lock while another process holds it. */
    static SimStore open(Path dir, boolean fsync) {
        requireDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackendException("cannot create the sim state directory " + dir + ": " + reason(e), e);
        }
        FileChannel ch = null;
        try {
            boolean writable = Files.isWritable(dir);
            if (writable) {
                try {
                    ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                } catch (FileSystemException e) {
                    writable = false; // a read-only mount that access(2) did not report, or a lock file not ours
                }
            }
            if (writable) {
                FileLock lock = ch.lock();
                SimStore store = new SimStore(dir, fsync, true, ch, lock);
                // a temp file is a write that never reached its rename: the document is the older one
                Files.deleteIfExists(dir.resolve(TEMP));
                return store;
            }
            Path lockFile = dir.resolve(LOCK);
            if (!Files.isReadable(lockFile)) {
                // no writer can have worked here without making the lock file: there is no one to wait for
                return new SimStore(dir, fsync, false, null, null);
            }
            ch = FileChannel.open(lockFile, StandardOpenOption.READ);
            return new SimStore(dir, fsync, false, ch, ch.lock(0, Long.MAX_VALUE, true));
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new BackendException("cannot open the sim state directory " + dir + ": " + reason((IOException) e), e);
        }
    }

    /** The state directory path must be a directory (or not exist yet): a file there is refused by name. */
    static void requireDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StateDocumentException(List.of(
                    Diagnostic.error(SourcePosition.ofSource(dir.toString()), null, "the sim state directory is "
                            + (Files.isRegularFile(dir) ? "a regular file" : "not a directory")
                            + ", so it holds no state.json"),
                    Diagnostic.note(SourcePosition.ofSource(dir.toString()), "jxl keeps the simulated host in a"
                            + " directory (--state-dir DIR, default $XDG_STATE_HOME/jxl): name another, or move "
                            + dir + " away if it is not needed")));
        }
    }

    Path dir() {
        return dir;
    }

    boolean writable() {
        return writable;
    }

    Optional<SimState> read() {
        return readAt(dir);
    }

    /**
     * The document without taking the lock (writes are whole-file renames, so a reader sees one
     * version), refused with every problem found when it is not one Xen's host could be in.
     */
    static Optional<SimState> readAt(Path dir) {
        Optional<SimStateJson.Parsed> parsed = parseAt(dir);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<SimStateCheck.Problem> problems = SimStateCheck.problems(parsed.get());
        if (!problems.isEmpty()) {
            throw new StateDocumentException(refusal(dir, parsed.get(), problems, SHOWN_ON_OPEN, true));
        }
        return Optional.of(parsed.get().state());
    }

    /**
     * The document's types and shape only ({@code jxl state check} and {@code repair} read it so): a
     * document that cannot be read at all is refused with where and why, and what deleting it loses.
     */
    static Optional<SimStateJson.Parsed> parseAt(Path dir) {
        requireDirectory(dir);
        Path file = dir.resolve(STATE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(dir, 1, 1, "a directory, not a state document", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // renamed away between the two looks: as if never there
        } catch (IOException e) {
            throw unreadable(dir, 1, 1, "cannot read: " + reason(e), e);
        }
        try {
            return Optional.of(SimStateJson.parse(JsonTree.decodeUtf8(bytes)));
        } catch (JsonTree.SyntaxError e) {
            throw unreadable(dir, e.line(), e.column(), e.getMessage(), e);
        } catch (SimStateJson.BadDocument e) {
            List<Diagnostic> errors = new ArrayList<>();
            for (Diagnostic d : e.diagnostics(source)) {
                errors.add(e.aboutTheHost() ? d : Diagnostic.error(d.position(), d.key().orElse(null),
                        "not a jxl sim state document: " + d.message()));
            }
            errors.add(startAfresh(dir, e.aboutTheHost() ? "the host this sim was booted with is not one Xen could"
                    + " report, and a sim keeps its host, so nothing can repair it"
                    : "jxl cannot read this document, so nothing can repair it"));
            throw new StateDocumentException(errors, e);
        }
    }

    private static StateDocumentException unreadable(Path dir, int line, int column, String what, Throwable cause) {
        String source = dir.resolve(STATE).toString();
        return new StateDocumentException(List.of(
                Diagnostic.error(new SourcePosition(source, line, column), null, "not a jxl sim state document: " + what),
                startAfresh(dir, "jxl cannot read this document, so nothing can repair it")), cause);
    }

    /** What deleting the document costs: the sim's own records, nothing outside them. */
    static Diagnostic startAfresh(Path dir, String why) {
        Path file = dir.resolve(STATE);
        return Diagnostic.note(SourcePosition.ofSource(file.toString()), why + "; to start afresh, delete " + file
                + ": the sim boots again (from --host FILE or the built-in host) and forgets every domain and the pmem"
                + " setup this document records (the sim's domains are records only, no guest runs)");
    }

    /**
     * The errors (the first {@code shown}), then what to do: repair, when every one has a safe repair;
     * else what starting afresh forgets. {@code pointToCheck}: say that {@code jxl state check} lists them all.
     */
    static List<Diagnostic> refusal(Path dir, SimStateJson.Parsed parsed, List<SimStateCheck.Problem> problems, int shown,
            boolean pointToCheck) {
        String source = dir.resolve(STATE).toString();
        List<Diagnostic> out = new ArrayList<>();
        for (SimStateCheck.Problem p : problems.subList(0, Math.min(shown, problems.size()))) {
            out.add(error(source, parsed, p));
        }
        out.addAll(advice(dir, parsed, problems, shown, pointToCheck));
        return out;
    }

    static List<Diagnostic> advice(Path dir, SimStateJson.Parsed parsed, List<SimStateCheck.Problem> problems, int shown,
            boolean pointToCheck) {
        SourcePosition file = SourcePosition.ofSource(dir.resolve(STATE).toString());
        String jxl = "jxl --state-dir " + dir;
        long unrepairable = problems.stream().filter(p -> p.repair() == null).count();
        boolean one = problems.size() == 1;
        String count = SimStateCheck.count(problems.size()) + (problems.size() > shown ? " (" + shown + " shown)" : "");
        String check = pointToCheck ? "; `" + jxl + " state check` lists " + (one ? "it" : "them all") : "";
        if (unrepairable == 0) {
            return List.of(Diagnostic.note(file, count + (one ? ", with a safe repair" : ", each with a safe repair")
                    + ": `" + jxl + " state repair` makes " + (one ? "it" : "them") + " and prints each change" + check));
        }
        long guests = parsed.state().domains.stream().filter(d -> d.domid != 0).count();
        return List.of(
                Diagnostic.note(file, count + ", " + (unrepairable == problems.size() ? "none with a safe repair"
                        : unrepairable + " of them with no safe repair") + check),
                startAfresh(dir, "the document records " + guests + (guests == 1 ? " guest domain" : " guest domains")));
    }

    static Diagnostic error(String source, SimStateJson.Parsed parsed, SimStateCheck.Problem p) {
        JsonTree.Position at = parsed.doc().at(p.path());
        return Diagnostic.error(new SourcePosition(source, at.line(), at.column()), p.path().toString(), p.toString());
    }

    static byte[] serialize(SimState s) {
        return (SimStateJson.write(s) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the document atomically: temp file, fsync, rename, fsync of the directory. */
    void write(SimState s) {
        requireWritable();
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
            throw new BackendException("cannot write the sim state " + dir.resolve(STATE) + ": " + reason(e), e);
        }
    }

    /** Refuses, naming why, any change to a store opened read-only. */
    void requireWritable() {
        if (!writable) {
            throw new BackendException("the sim state directory " + dir + " is read-only here: jxl can show this host"
                    + " (list, info, pmem list, state check) but not change it");
        }
    }

    /** Why an I/O call failed, in words (Java's file-system exceptions often carry only the path). */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied (" + f.getFile() + ")";
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or directory (" + f.getFile() + ")";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way (" + f.getFile() + ")";
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return "not a directory (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it as well
        } finally {
            closeQuietly(lockChannel);
        }
    }
}
