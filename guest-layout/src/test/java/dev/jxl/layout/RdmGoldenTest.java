package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.ReservedDeviceMemory;
import java.nio.file.Path;
import java.util.List;
import dev.jxl.golden.Golden;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * RDM strict and relaxed, as golden layouts built from typed configs: xl 4.17's rdm= parsing drops
 * any rdm string with a valid policy (layout.md / xl-format.md §3.8) and the binder does not read
 * rdm yet, so these cannot be .cfg cases. Files: golden/layout/typed-*.plan.approved.txt.
 */
class RdmGoldenTest {
    static final Path DIR = Path.of(System.getProperty("jxl.root", "..")).resolve("golden/layout");

    static Host rdmHost() {
        E820Map m = E820Map.of(E820Entry.range(0, 0x9C000, E820Type.RAM),
                E820Entry.range(0x100000, 0x80000000L, E820Type.RAM),
                E820Entry.range(0x80000000L, 0x90000000L, E820Type.RESERVED));
        return new Host("4.17", 16, 64L << 20, 60L << 20, 46, 256 * 1024, m, List.of(),
                List.of(new ReservedDeviceMemory(0xAD0F0000L, 0x100000), new ReservedDeviceMemory(0x7D000000L, 0x10000)));
    }

    static DomainConfig rdm(RdmPolicy policy) {
        return TestConfigs.hvm(8192, b -> { }, h -> h.rdm = new RdmReserve(RdmStrategy.HOST, policy, false));
    }

    @Test
    void relaxedMovesLowRamBelowTheHighRdmAndHidesTheLowOne() {
        GuestLayout l = LayoutPlanner.plan(rdm(RdmPolicy.RELAXED), rdmHost());
        // 0xad0f0000 > 2 GiB: low RAM ends at it, rounded down to 2 MiB for HAP
        assertEquals(0xAD000000L, l.lowmemEnd());
        assertEquals(0x100000000L + (8184L << 20) - 0xAD000000L, l.highmemEnd());
        assertEquals(3, l.xenMemmap().orElseThrow().size()); // the 0x7d000000 RDM is hidden (relaxed conflict)
        approve("typed-hvm-rdm-relaxed", l.toText());
    }

    @Test
    void strictFailsOnTheRdmBelowTheBoundary() {
        PlanningException e = assertThrows(PlanningException.class,
                () -> LayoutPlanner.plan(rdm(RdmPolicy.STRICT), rdmHost()));
        assertTrue(e.getMessage().contains("RDM conflict at 0x7d000000"), e.getMessage());
        approve("typed-hvm-rdm-strict", "cannot plan: " + e.getMessage() + "\nregions: " + e.regions() + "\n");
    }

    static void approve(String name, String text) {
        Approvals.verify(text, Golden.options("layout", name + ".plan", ".txt"));
    }

}
