package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static String host(String name) {
        return ROOT.resolve("examples/hosts").resolve(name).toString();
    }

    /** xl checks cpus= against the host it runs on; so does jxl, against --host. */
    @Test
    void cpuAffinityIsCheckedAgainstTheHostThatIsPlannedOn() throws IOException {
        String high = cfg("pinned", "type = \"pv\"\nkernel = \"/k\"\nmemory = 512\nvcpus = 2\ncpus = \"60-63\"\n");
        CliRun small = CliRun.of(state, "--host", host("migrate-a.json"), "create", high);
        assertEquals(1, small.rc(), "32 CPUs: 60-63 is no CPU at all\n" + small.err());
        assertTrue(small.err().contains("vcpu hard affinity map is empty"), small.err());
        String beyond64 = cfg("wide", "type = \"pv\"\nkernel = \"/k\"\nmemory = 512\nvcpus = 2\ncpus = \"100-101\"\n");
        CliRun huge = CliRun.of(dir.resolve("huge-state"), "--host", host("huge.json"), "create", beyond64);
        assertEquals(0, huge.rc(), "448 CPUs: 100-101 exist\n" + huge.err());
        assertEquals(1, CliRun.of(dir.resolve("builtin"), "create", beyond64).rc(), "the built-in host has 64 CPUs");
    }

    /** The sim's free memory is the description's: a guest the planner fits is built. */
    @Test
    void whatThePlannerFitsTheSimBuilds() {
        CliRun r = CliRun.of(state, "--host", host("small-memory.json"), "create", example("pv-linux.cfg"));
        assertEquals(0, r.rc(), r.err());
        CliRun info = CliRun.of(state, "info");
        assertTrue(info.out().contains("nr_cpus                : 32"), "info shows the state's host:\n" + info.out());
    }

    /** A sim keeps the host it was booted with: another --host is refused by name, for every command. */
    @Test
    void aStateRefusesAnotherHostByName() {
        assertEquals(0, CliRun.of(state, "--host", host("small-memory.json"), "info").rc());
        for (String[] cmd : new String[][] {{"info"}, {"list"}, {"create", example("pv-linux.cfg")}}) {
            List<String> args = new java.util.ArrayList<>(List.of("--host", host("migrate-a.json")));
            args.addAll(List.of(cmd));
            CliRun r = CliRun.of(state, args.toArray(String[]::new));
            assertEquals(2, r.rc(), String.join(" ", cmd) + ": " + r.err());
            assertTrue(r.err().contains("migrate-a.json describes another machine than the sim in")
                    && r.err().contains("memory_kib 66059888 vs 8388608"), r.err());
        }
        assertEquals(0, CliRun.of(state, "--host", host("small-memory.json"), "list").rc(), "the same host is fine");
        assertEquals(0, CliRun.of(state, "list").rc(), "and so is none: the state's host is used");
    }

    /** check --host plans too: what create would refuse on that host, check refuses (exit 3). */
    @Test
    void checkWithAHostPlansOnIt() {
        CliRun r = CliRun.of(state, "--host", host("small-memory.json"), "check", example("pv-linux.cfg"),
                example("pvh-linux.cfg"));
        assertEquals(3, r.rc(), r.out() + r.err());
        assertTrue(r.out().contains("pvh-linux.cfg:6:1: error: cannot plan: the guest needs 8 GiB of RAM but the host"
                + " has 4 GiB free"), r.out());
        assertTrue(!r.out().contains("pv-linux.cfg:"), "pv-linux fits:\n" + r.out());
        assertEquals(0, CliRun.of(state, "check", example("pvh-linux.cfg")).rc(), "without --host check only binds");
    }
}
