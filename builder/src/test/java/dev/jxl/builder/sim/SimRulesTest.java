package dev.jxl.builder.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.BuildFailedException;
import dev.jxl.builder.DomainBuilder;
import dev.jxl.builder.TestPlans;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.DomainInfo;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.layout.plan.BuildStep.CreateDomain;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.plan.BuildStep.PopulateRam;
import dev.jxl.layout.plan.BuildStep.SetMaxMem;
import dev.jxl.layout.plan.BuildStep.Unpause;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the simulated host refuses, as Xen (or libxl, for names) would, and how it recovers. */
class SimRulesTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    SimBackend open() {
        return SimBackend.open(dir, BuiltinHost::get, SimOptions.NONE, notices::add);
    }

    static BuildPlan plan(BuildStep... steps) {
        return new BuildPlan(List.of(steps));
    }

    static CreateDomain hvm(String name) {
        return new CreateDomain(name, DomainType.HVM, 1);
    }

    String fails(SimBackend b, BuildPlan p) {
        return assertThrows(BuildFailedException.class, () -> new DomainBuilder(b).build(p)).getMessage();
    }

    @Test
    void domainIdsFollowXensRover() throws Exception {
        try (SimBackend b = open()) {
            for (String n : List.of("a", "b", "c")) {
                new DomainBuilder(b).build(plan(hvm(n), new Unpause()));
            }
            b.destroy(2);
            // the first free id after the last one handed out, not the lowest free
            assertEquals(4, new DomainBuilder(b).build(plan(hvm("d"), new Unpause())).domid());
            // a build that fails puts the rover back: the state is as before the attempt
            fails(b, plan(hvm("e"), new SetMaxMem(8192), new PopulateRam(0, 0x100000)));
            assertEquals(5, new DomainBuilder(b).build(plan(hvm("f"), new Unpause())).domid());
            assertEquals(List.of(0, 1, 3, 4, 5), b.list().stream().map(DomainInfo::domid).toList());
        }
        // at DOMID_FIRST_RESERVED (0x7ff0) the rover wraps to 1 and skips the ids in use
        Path file = dir.resolve("state.json");
        Files.writeString(file, Files.readString(file).replace("\"domid_rover\" : 5", "\"domid_rover\" : 32751"));
        try (SimBackend b = open()) {
            assertEquals(2, new DomainBuilder(b).build(plan(hvm("g"), new Unpause())).domid());
            assertEquals(6, new DomainBuilder(b).build(plan(hvm("h"), new Unpause())).domid());
        }
    }

    @Test
    void namesAreUnique() {
        try (SimBackend b = open()) {
            new DomainBuilder(b).build(plan(hvm("a"), new Unpause()));
            assertTrue(fails(b, plan(hvm("a"), new Unpause())).contains("domain with name \"a\" already exists"));
            assertTrue(fails(b, plan(hvm("Domain-0"))).contains("already exists (domain 0)"));
        }
    }

    @Test
    void populateIsBoundByMaxMemAndByFreeHostMemory() {
        try (SimBackend b = open()) {
            assertTrue(fails(b, plan(hvm("a"), new PopulateRam(0, 1))).contains("over its max_mem of 0 KiB"));
            String msg = fails(b, plan(hvm("a"), new SetMaxMem(1L << 40), new PopulateRam(0, 1L << 28)));
            assertTrue(msg.contains("out of memory: the host has " + b.hostInfo().freeMemoryKib() + " KiB free"), msg);
        }
    }

    @Test
    void freeMemoryIsAccountedAndReturned() {
        try (SimBackend b = open()) {
            long free = b.hostInfo().freeMemoryKib();
            int id = new DomainBuilder(b).build(plan(hvm("a"), new SetMaxMem(8192), new PopulateRam(0, 0x800),
                    new Unpause())).domid();
            assertEquals(free - 8192, b.hostInfo().freeMemoryKib());
            assertEquals(8192, b.list().get(1).currentMemKib());
            b.destroy(id);
            assertEquals(free, b.hostInfo().freeMemoryKib());
        }
    }

    @Test
    void aGuestFrameIsBackedOnce() {
        try (SimBackend b = open()) {
            String msg = fails(b, plan(hvm("a"), new SetMaxMem(8192), new PopulateRam(0, 0x10), new PopulateRam(0xf, 2)));
            assertTrue(msg.contains("gfn 0xf of domain 1 is already backed (ram at gfn 0x0)"), msg);
        }
    }

    @Test
    void pmemOnlyFromDataRegionsAndOnlyOnce() {
        HostInfo h = BuiltinHost.get();
        long mgmt = h.pmemMgmt().get(0).smfn();
        long data = h.pmemData().get(0).smfn();
        try (SimBackend b = open()) {
            String msg = fails(b, plan(hvm("a"), new MapPmem(mgmt, 0x100000, 0x10, PmemExtent.Type.DATA)));
            assertTrue(msg.contains("host mfn " + Long.toHexString(mgmt).replaceFirst("^", "0x")
                    + " is in the pmem management area"), msg);
            // straddling the end of the data region, into the next region's management area
            long end = h.pmemData().get(0).emfn();
            msg = fails(b, plan(hvm("a"), new MapPmem(end - 1, 0x100000, 2, PmemExtent.Type.DATA)));
            assertTrue(msg.contains("host mfn 0x" + Long.toHexString(end) + " is in the pmem management area"), msg);
            // and into no region at all
            long last = h.pmemData().get(h.pmemData().size() - 1).emfn();
            msg = fails(b, plan(hvm("a"), new MapPmem(last - 1, 0x100000, 2, PmemExtent.Type.DATA)));
            assertTrue(msg.contains("host mfn 0x" + Long.toHexString(last) + " is not in a pmem data region"), msg);
            new DomainBuilder(b).build(plan(hvm("a"), new MapPmem(data, 0x100000, 0x100, PmemExtent.Type.DATA),
                    new Unpause()));
            // an overlapping label range is refused too: a host page belongs to one guest
            msg = fails(b, plan(hvm("b"), new MapPmem(data + 0xff, 0, 0x20, PmemExtent.Type.LABEL)));
            assertTrue(msg.contains("host pmem mfn 0x" + Long.toHexString(data + 0xff)
                    + " is already mapped to domain 1 (a)"), msg);
            msg = fails(b, plan(new CreateDomain("p", DomainType.PV, 1),
                    new MapPmem(data + 0x1000, 0x100000, 1, PmemExtent.Type.DATA)));
            assertTrue(msg.contains("is PV; pmem maps only into HVM and PVH guests"), msg);
        }
    }

    @Test
    void mmioNeverOverHostRamOrPmemAndOnlyOnce() {
        HostInfo h = BuiltinHost.get();
        try (SimBackend b = open()) {
            assertTrue(fails(b, plan(hvm("a"), new MapMmio(0xf0000, 0x200, 1))).contains("overlap host RAM"));
            assertTrue(fails(b, plan(hvm("a"), new MapMmio(0xf0000, h.pmem().get(1).spa() >>> 12, 1)))
                    .contains("overlap host pmem"));
            assertTrue(fails(b, plan(hvm("a"), new MapMmio(0xf0000, 1L << 34, 1))).contains("46-bit"));
            new DomainBuilder(b).build(plan(hvm("a"), new MapMmio(0xf0000, 0xc0000, 0x10), new Unpause()));
            assertTrue(fails(b, plan(hvm("b"), new MapMmio(0xf0000, 0xc000f, 1)))
                    .contains("host mfn 0xc000f is already mapped to domain 1 (a)"));
        }
    }

    @Test
    void aHalfBuiltDomainIsUndoneOnTheNextStart() throws Exception {
        byte[] before;
        try (SimBackend b = open()) {
            new DomainBuilder(b).build(TestPlans.get("pv-basic"));
            before = b.document();
            // a build that stops between two steps, as a killed process leaves it
            int id = b.execute(HypervisorBackend.NO_DOMAIN, hvm("half"));
            b.execute(id, new SetMaxMem(8192));
            b.execute(id, new PopulateRam(0, 0x100));
        }
        try (SimBackend b = open()) {
            assertEquals(List.of("recovered: undid domain 2 (half), left half-built after 3 steps by an"
                    + " interrupted jxl"), notices);
            assertEquals(new String(before), new String(b.document()));
        }
        assertEquals(new String(before), Files.readString(dir.resolve("state.json")));
    }

    @Test
    void aForeignOrNewerDocumentIsRefused() throws Exception {
        try (SimBackend b = open()) {
            b.list();
        }
        Path file = dir.resolve("state.json");
        Files.writeString(file, Files.readString(file).replace("\"version\" : 2", "\"version\" : 3"));
        StateDocumentException e = assertThrows(StateDocumentException.class, this::open);
        assertTrue(e.getMessage().contains("state version 3, this jxl reads versions 1 and 2"), e.getMessage());
        Files.writeString(file, "{\"format\": \"jxl-sim-host\", \"version\": 1, \"surprise\": 1}");
        e = assertThrows(StateDocumentException.class, this::open);
        assertTrue(e.getMessage().contains("not a jxl sim state document"), e.getMessage());
    }

    @Test
    void aTempFileLeftByACrashedWriteIsDropped() throws Exception {
        try (SimBackend b = open()) {
            b.list();
        }
        byte[] doc = Files.readAllBytes(dir.resolve("state.json"));
        Files.writeString(dir.resolve("state.json.tmp"), "{ torn");
        try (SimBackend b = open()) {
            assertEquals(new String(doc), new String(b.document()));
        }
        assertTrue(Files.notExists(dir.resolve("state.json.tmp")));
    }

    @Test
    void domain0CannotBeDestroyed() {
        try (SimBackend b = open()) {
            assertThrows(BackendException.class, () -> b.destroy(0));
            assertThrows(BackendException.class, () -> b.destroy(7));
        }
    }

    @Test
    void stateDirFollowsXdg() {
        assertEquals(Path.of("/x/state/jxl"), SimBackend.defaultStateDir(Map.of("XDG_STATE_HOME", "/x/state"), "/h"));
        assertEquals(Path.of("/h/.local/state/jxl"), SimBackend.defaultStateDir(Map.of("XDG_STATE_HOME", "rel"), "/h"));
        assertEquals(Path.of("/h/.local/state/jxl"), SimBackend.defaultStateDir(Map.of(), "/h"));
    }

    @Test
    void faultInjectionSettings() {
        assertEquals(SimOptions.failAt(3), SimOptions.from(Map.of("JXL_SIM_FAIL_AT", "3"), null, null));
        assertEquals(SimOptions.failAt(5), SimOptions.from(Map.of("JXL_SIM_FAIL_AT", "3"), "5", null));
        assertEquals(SimOptions.NONE, SimOptions.from(Map.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> SimOptions.from(Map.of("JXL_SIM_FAIL_AT", "x"), null, null));
    }
}
