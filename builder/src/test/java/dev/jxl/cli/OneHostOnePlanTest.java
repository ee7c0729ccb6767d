package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of "one host, one plan": what the binder, the planner and the simulated host
 * decide for one host description agrees, and the build does what the plan says.
 */
class OneHostOnePlanTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path state;
    @TempDir
    Path dir;

    private static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }

    private String cfg(String name, String text) throws IOException {
        Path p = dir.resolve(name + ".cfg");
        Files.writeString(p, "name = \"" + name + "\"\n" + text);
        return p.toString();
    }

    /** examples/hvm-vnvdimm.cfg's second vNVDIMM has 32 label pages at mfn 0x4840000: they are its own. */
    @Test
    void aSecondGuestCannotMapAnotherGuestsLabelPages() throws IOException {
        assertEquals(0, CliRun.of(state, "create", example("hvm-vnvdimm.cfg")).rc());
        String thief = cfg("thief", "type = \"hvm\"\nmemory = 1024\n"
                + "vnvdimms = [ 'type=mfn, backend=0x4840000, nr_pages=262144' ]\n");
        CliRun r = CliRun.of(state, "create", thief);
        assertEquals(4, r.rc(), r.err());
        assertTrue(r.err().contains("host pmem mfn 0x4840000 is already mapped to domain 1 (hvm-vnvdimm) as its label area"),
                r.err());
        CliRun list = CliRun.of(state, "list");
        assertTrue(!list.out().contains("thief"), "the failed create left nothing behind:\n" + list.out());
    }

    /** The label pages are mapped into the guest right above the data, and the plan says so. */
    @Test
    void theLabelAreaIsAStepOfThePlan() {
        CliRun r = CliRun.of(state, "plan", example("hvm-vnvdimm.cfg"));
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("populate_pmem_map mfn=0x4840000 gfn=0xe8000 nr=0x20 type=label"), r.out());
    }
}
