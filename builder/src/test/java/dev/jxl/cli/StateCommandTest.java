package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.BackendGolden;
import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jxl state check|repair}, and what every command does with a state it cannot use: exit 6, the
 * error at its place, and what to do; and a read-only state directory, which list and info still show.
 */
class StateCommandTest {
    static final Path ROOT = PlanGoldenTest.ROOT;

    @TempDir
    Path state;
    Path file;
    String good;
    final StringBuilder session = new StringBuilder();

    @BeforeEach
    void twoGuests() throws IOException {
        for (String ex : List.of("hvm-vnvdimm.cfg", "pvh-linux.cfg")) {
            assertEquals(0, jxl("create", ROOT.resolve("examples").resolve(ex).toString()).rc());
        }
        file = state.resolve("state.json");
        good = Files.readString(file);
        session.setLength(0);
    }

    CliRun jxl(String... args) {
        CliRun r = CliRun.of(state, args);
        session.append("$ jxl ").append(String.join(" ", args)).append('\n').append(r.out()).append(r.err())
                .append("[exit ").append(r.rc()).append("]\n");
        return r;
    }

    @Test
    void checkAndRepairASession() throws IOException {
        assertEquals(new CliRun(0, "", ""), CliRun.of(state, "state", "check"), "a good state: nothing to say");
        String off = good.replaceFirst("(\"free_memory_kib\" : )(\\d+)(,\n    \"pmem_mgmt\")", "$1-4$3");
        assertTrue(off.contains("\"free_memory_kib\" : -4,\n    \"pmem_mgmt\""), "edited the host's free memory");
        Files.writeString(file, off);
        CliRun list = jxl("list");
        assertEquals(ExitCode.BAD_DOCUMENT, list.rc());
        assertTrue(list.err().contains("state.json:93:5: error: host.free_memory_kib: -4 KiB is below zero"), list.err());
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("state", "check").rc());
        assertEquals(ExitCode.OK, jxl("-N", "state", "repair").rc());
        assertEquals(off, Files.readString(file), "-N writes nothing");
        assertEquals(ExitCode.OK, jxl("state", "repair").rc());
        assertEquals(good, Files.readString(file), "the free memory the records leave, as the sim wrote it");
        assertEquals(ExitCode.OK, jxl("state", "check").rc());
        assertEquals(ExitCode.OK, jxl("list").rc());

        Files.writeString(file, good.replace("\"domid\" : 2,", "\"domid\" : 1,"));
        // destroy 1 would have removed the first of the two: now nothing acts on such a state
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("destroy", "1").rc());
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("state", "check").rc());
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("state", "repair").rc());
        assertEquals(good.replace("\"domid\" : 2,", "\"domid\" : 1,"), Files.readString(file));

        Files.writeString(file, good.substring(0, 200));
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("info").rc());
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("state", "repair").rc());
        Approvals.verify(session.toString().replace(state.toString(), "$STATE"),
                BackendGolden.options("state-check-repair", ".txt"));
    }

    @Test
    void aStateDirThatIsAFileIsRefusedWithTheReason() throws IOException {
        Path plain = state.resolve("plain");
        Files.writeString(plain, "not a directory");
        CliRun r = CliRun.of(plain, "list");
        assertEquals(ExitCode.BAD_DOCUMENT, r.rc());
        assertEquals(plain + ":1:1: error: the sim state directory is a regular file, so it holds no state.json\n"
                + plain + ":1:1: note: jxl keeps the simulated host in a directory (--state-dir DIR, default"
                + " $XDG_STATE_HOME/jxl): name another, or move " + plain + " away if it is not needed\n", r.err());
        assertEquals(ExitCode.BAD_DOCUMENT, CliRun.of(plain, "state", "check").rc());
    }

    @Test
    void listInfoAndCheckWorkOnAReadOnlyStateDirAndWriteNothing() throws Exception {
        Files.delete(state.resolve("lock")); // as a directory another user's jxl left: nothing for us to create
        try (ReadOnly ro = new ReadOnly(state)) {
            CliRun list = CliRun.of(state, "list");
            assertEquals(0, list.rc(), list.err());
            assertTrue(list.out().contains("hvm-vnvdimm") && list.out().contains("pvh-linux"), list.out());
            CliRun info = CliRun.of(state, "info");
            assertEquals(0, info.rc(), info.err());
            assertTrue(info.out().contains("nr_cpus                : 64"), info.out());
            assertEquals(0, CliRun.of(state, "pmem", "list").rc());
            assertEquals(0, CliRun.of(state, "state", "check").rc());
            CliRun destroy = CliRun.of(state, "destroy", "pvh-linux");
            assertEquals(ExitCode.BACKEND_FAILED, destroy.rc());
            assertTrue(destroy.err().contains("the sim state directory " + state + " is read-only here: jxl can show"
                    + " this host (list, info, pmem list, state check) but not change it"), destroy.err());
            assertEquals(ExitCode.BACKEND_FAILED, CliRun.of(state, "state", "repair").rc());
        }
        assertEquals(good, Files.readString(file));
        try (var files = Files.list(state)) {
            assertEquals(List.of("state.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "no lock, no temp file: nothing was written");
        }
    }

    @Test
    void stateWorksOnTheSimOnly() {
        CliRun r = CliRun.of(state, "--backend", "xl", "state", "check");
        assertEquals(ExitCode.USAGE, r.rc());
        assertTrue(r.err().contains("jxl state works on the simulated host's state"), r.err());
    }

    /**
     * The directory made read-only for this process: without write permission, or (as root, whom
     * permissions do not stop) immutable with {@code chattr +i}.
     */
    static final class ReadOnly implements AutoCloseable {
        final Path dir;
        boolean immutable;

        ReadOnly(Path dir) throws Exception {
            this.dir = dir;
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (Files.isWritable(dir)) {
                immutable = chattr("+i");
                Oracles.assumeOracle(immutable && !Files.isWritable(dir), "chattr +i (e2fsprogs) on " + dir
                        + ": as root only an immutable directory is read-only");
            }
        }

        private boolean chattr(String flag) throws Exception {
            try {
                Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            if (immutable) {
                assertTrue(chattr("-i"), "chattr -i " + dir);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertFalse(immutable && !Files.isWritable(dir), dir + " is writable again");
        }
    }
}
