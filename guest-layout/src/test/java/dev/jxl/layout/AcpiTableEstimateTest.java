package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcpiTableEstimateTest {

    /**
     * Real Xen 4.17, a 1-vCPU PVH guest (the real-Xen harness's pvh-boot): FACS at module offset 0,
     * DSDT at 0x40, FADT 1.0 0x6ce0, FADT 0x6d60, MADT 0x6e70, XSDT 0x6f50, RSDT ends at 0x6fbc —
     * 28604 bytes, 7 pages, RSDP on the 8th.
     */
    @Test
    void pvhTablesOfOneVcpuFillSevenPages() {
        assertEquals(7, AcpiTableEstimate.pvhPages(1));
    }

    /** Each vCPU adds an 8-byte LAPIC entry to the MADT: 68 bytes of room after one vCPU's tables. */
    @Test
    void pvhTablesCrossIntoAnEighthPageAtTenVcpus() {
        assertEquals(7, AcpiTableEstimate.pvhPages(9));
        assertEquals(8, AcpiTableEstimate.pvhPages(10));
    }
}
