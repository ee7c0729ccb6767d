package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `jxl create` end to end on the simulated host: the examples, vNVDIMM pmem conflicts, -N. */
class CreateCommandTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path state;

    private String out;
    private String err;

    private int jxl(String... words) {
        CliRun r = CliRun.of(state, words);
        out = r.out();
        err = r.err();
        return r.rc();
    }

    private static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }

    @Test
    void everyExampleCreatesListsAndDestroys() {
        for (String ex : List.of("hvm-basic.cfg", "pv-linux.cfg", "pvh-linux.cfg", "hvm-vnvdimm.cfg")) {
            assertEquals(0, jxl("create", example(ex)), ex + ": " + err);
        }
        assertEquals(0, jxl("list"));
        for (String name : List.of("hvm-basic", "pv-linux", "pvh-linux", "hvm-vnvdimm")) {
            assertTrue(out.contains(name), out);
        }
        for (String name : List.of("hvm-basic", "pv-linux", "pvh-linux", "hvm-vnvdimm")) {
            assertEquals(0, jxl("destroy", name), err);
        }
        assertEquals(0, jxl("list"));
        assertEquals(2, out.lines().count(), "only the header and Domain-0 remain:\n" + out);
    }

    @Test
    void aSecondGuestOnTheSamePmemIsRefusedAndRolledBack() throws Exception {
        assertEquals(0, jxl("create", example("hvm-vnvdimm.cfg")), err);
        byte[] before = Files.readAllBytes(state.resolve("state.json"));
        assertEquals(ExitCode.BACKEND_FAILED, jxl("create", example("hvm-vnvdimm.cfg"), "name=\"second\""));
        assertTrue(err.contains("is already mapped to domain 1 (hvm-vnvdimm)"), err);
        assertTrue(err.contains("rolled back"), err);
        assertEquals(new String(before), new String(Files.readAllBytes(state.resolve("state.json"))));
    }

    @Test
    void dryRunChangesNothing() {
        assertEquals(0, jxl("-N", "create", example("hvm-vnvdimm.cfg")));
        assertTrue(out.startsWith("{\n    \"c_info\": {"), out);
        assertFalse(Files.exists(state.resolve("state.json")), "a dry run must not even create the state");
    }

    @Test
    void aBadConfigIsExitOneWithAPositionAndNoState() {
        assertEquals(ExitCode.CONFIG_ERROR, jxl("create", example("hvm-basic.cfg"), "mmio_hole=4000"));
        assertEquals("Parsing config from " + example("hvm-basic.cfg") + "\n"
                + "<command line>:1:11: error: invalid mmio_hole 4000 MiB: it must be from 256 to 3840 MiB\n", err);
        assertFalse(Files.exists(state.resolve("state.json")));
    }

    /** xl's dry run takes any name; a build needs one libxl can write: a config error at the key, not an internal one. */
    @Test
    void aNameNoDomainCanHaveIsAConfigErrorAtTheKey() throws Exception {
        Path empty = state.resolve("empty.cfg");
        Files.writeString(empty, "type = \"pv\"\nkernel = \"/k\"\nname = \"\"\nmemory = 512\n");
        for (String cmd : List.of("plan", "create")) {
            assertEquals(ExitCode.CONFIG_ERROR, jxl(cmd, empty.toString()), cmd + ": " + err);
            assertEquals((cmd.equals("create") ? "Parsing config from " + empty + "\n" : "")
                    + empty + ":3:1: error: the domain needs a name: libxl builds no domain with an empty one\n", err);
        }
        assertEquals(ExitCode.OK, jxl("-N", "create", empty.toString()), "as xl -N create: " + err);
        Path longName = state.resolve("long.cfg");
        Files.writeString(longName, "name = \"" + "a".repeat(5000) + "\"\ntype = \"pv\"\nkernel = \"/k\"\nmemory = 512\n");
        assertEquals(ExitCode.CONFIG_ERROR, jxl("create", longName.toString()), err);
        assertTrue(err.contains(":1:1: error: the name is 5000 bytes"), err);
        assertFalse(Files.exists(state.resolve("state.json")), "nothing was created");
    }
}
