package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xl create's flags, as an xl admin types them: xl's meaning, or a clear reason before anything happens. */
class CreateFlagsTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    static final String PV = ROOT.resolve("examples/pv-linux.cfg").toString();

    @TempDir
    Path state;
    @TempDir
    Path dir;

    @Test
    void parsingConfigFromIsOnStderrAsXlPrintsItAndQuietDropsIt() {
        CliRun r = CliRun.of(state, "create", PV);
        assertEquals(0, r.rc(), r.err());
        assertEquals("Parsing config from " + PV + "\n", r.err());
        assertEquals("created domain 1 (pv-linux)\n", r.out());
        CliRun quiet = CliRun.of(state, "create", "-q", PV, "name=\"quiet\"");
        assertEquals(0, quiet.rc(), quiet.err());
        assertEquals("", quiet.err() + quiet.out());
        assertTrue(CliRun.of(state, "list").out().contains("quiet"));
    }

    @Test
    void dashNIsTheDryRunAndDashFNamesTheConfigSoEveryWordIsASetting() {
        CliRun n = CliRun.of(state, "create", "-n", "-f", PV, "memory=512");
        assertEquals(0, n.rc(), n.err());
        assertTrue(n.out().contains("\"target_memkb\": 524288"), n.out());
        assertEquals(1, CliRun.of(state, "list").out().lines().count() - 1, "a dry run creates nothing");
        CliRun none = CliRun.of(state, "create", "-q");
        assertEquals(ExitCode.USAGE, none.rc());
        assertTrue(none.err().startsWith("jxl: error: create: no config file: give CONFIG or -f FILE\n"), none.err());
    }

    @Test
    void whatTheSimCannotDoIsRefusedByNameBeforeAnythingIsBuilt() {
        for (String flag : List.of("-c", "-F")) {
            CliRun r = CliRun.of(state, "create", flag, PV);
            assertEquals(ExitCode.USAGE, r.rc(), flag);
            assertTrue(r.err().startsWith("jxl: error: create: " + flag + ": "), r.err());
            assertTrue(r.err().contains("it works with --backend xl"), r.err());
        }
        assertFalse(CliRun.of(state, "list").out().contains("pv-linux"), "nothing was created");
        assertEquals(0, CliRun.of(state, "create", "-e", PV).rc(), "-e: on the sim nothing waits anyway");
    }

    @Test
    void dashPLeavesTheDomainPausedOnTheSim() {
        CliRun r = CliRun.of(state, "create", "-p", PV);
        assertEquals(0, r.rc(), r.err());
        assertEquals("created domain 1 (pv-linux), paused\n", r.out());
        assertTrue(CliRun.of(state, "list", "pv-linux").out().contains(" 1  1024     2     --p---  "),
                CliRun.of(state, "list").out());
    }

    /** With --backend xl the flags go to xl create as they were given. */
    @Test
    void xlGetsTheFlags() throws IOException {
        Path calls = dir.resolve("calls");
        Path xl = dir.resolve("xl");
        Files.writeString(xl, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "[ \"$1\" = create ] && exit 0\necho \"not here: $1\" >&2; exit 1\n");
        Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("jxl.xl", xl.toString());
        try {
            CliRun r = CliRun.of(state, "--backend", "xl", "--host", ROOT.resolve("examples/hosts/two-socket.json").toString(),
                    "create", "-p", "-e", PV);
            assertEquals(0, r.rc(), r.err());
            String created = Files.readAllLines(calls).stream().filter(l -> l.startsWith("create ")).findFirst().orElseThrow();
            assertEquals("create -p -e " + state.resolve("xl/pv-linux.cfg"), created);
        } finally {
            System.clearProperty("jxl.xl");
        }
    }
}
