package dev.jxl.layout.pmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.pmem.PmemSetupState.DataArea;
import dev.jxl.layout.pmem.PmemSetupState.ManagementArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** populate_pmem_map's rule: data frames only, never a management area's. */
class PmemSetupStateTest {
    private static final MfnRange MGMT = new MfnRange(0x1000, 0x1200);
    private static final PmemSetupState SETUP = new PmemSetupState(List.of(new ManagementArea(MGMT, 0x100)),
            List.of(new DataArea(new MfnRange(0x1200, 0x2000), MGMT), new DataArea(new MfnRange(0x2000, 0x3000), MGMT)));

    @Test
    void framesInDataAreasMapEvenAcrossTwoAdjacentOnes() {
        assertTrue(SETUP.mappingRefusal(new MfnRange(0x1200, 0x1400)).isEmpty());
        assertTrue(SETUP.mappingRefusal(new MfnRange(0x1f00, 0x2100)).isEmpty());
    }

    @Test
    void aManagementAreaIsNamedByIndexAndItsFirstFrameInTheRange() {
        PmemSetupState.MappingRefusal r = SETUP.mappingRefusal(new MfnRange(0x1100, 0x1300)).orElseThrow();
        assertEquals(0, r.managementArea());
        assertEquals(0x1100, r.mfn());
        assertTrue(r.reason().startsWith("host mfn 0x1100 is in the pmem management area [0x1000, 0x1200)"), r.reason());
    }

    @Test
    void framesOutsideEveryDataAreaAreNamedByTheFirstOne() {
        PmemSetupState.MappingRefusal r = SETUP.mappingRefusal(new MfnRange(0x2f00, 0x3100)).orElseThrow();
        assertEquals(-1, r.managementArea());
        assertEquals(0x3000, r.mfn());
        assertTrue(r.reason().startsWith("host mfn 0x3000 is not in a pmem data region"), r.reason());
        assertTrue(PmemSetupState.EMPTY.mappingRefusal(new MfnRange(0x1200, 0x1201)).isPresent(), "nothing set up");
    }
}
