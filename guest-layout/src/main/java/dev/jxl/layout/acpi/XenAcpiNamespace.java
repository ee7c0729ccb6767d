package dev.jxl.layout.acpi;

import java.util.Set;
import java.util.TreeSet;

/**
 * Names Xen's own AML defines directly under {@code \_SB}, where hvmloader would place dm-acpi namespace
 * devices. Taken from the namespace listing ({@code iasl -ln}) of Xen 4.17's {@code tools/libacpi}:
 * the qemu-xen DSDT ({@code dsdt.asl} + {@code dsdt_acpi_info.asl} + {@code mk_dsdt --dm-version qemu-xen})
 * and {@code ssdt_pm.asl}. The other SSDTs (S3, S4, TPM, laptop/slate) add only root names.
 */
public final class XenAcpiNamespace {
    private static final Set<String> SB_CHILDREN;

    static {
        Set<String> names = new TreeSet<>(Set.of(
            // DSDT: the BIOS info region and its fields, memory/processor helpers, PCI0 and MEM0
            "BIOS", "HLEN", "HMIN", "HPET", "LLEN", "LMIN", "LTP1", "MAPA", "MEM0", "MSUA", "MSUM", "MSU_",
            "NCPU", "PCI0", "PLEN", "PMAT", "PMIN", "PRSC", "PRST", "PRS_", "UAR1", "UAR2", "VGIA",
            // SSDT_PM (only with a battery port): debug ports, battery and AC objects
            "ACQR", "AC__", "BAT0", "BAT1", "BIFP", "BIF_", "BUF0", "BUF1", "BUFA", "BUFB", "DBG1", "DBG2",
            "DBG3", "DBG4", "DBGA", "DBGB", "DBGC", "DBGD", "HLP1", "HLP2", "HLP3", "HLP4", "HLP5", "HLP6",
            "HLP7", "HLP8", "HLP9", "HLPA", "INIT", "P86_", "P88_", "PB2A", "PB2_", "PRT1", "PRT2", "PRT3",
            "REL_", "SYNC", "WPRT"));
        // mk_dsdt emits one Processor object per possible vCPU: PR00 .. PR7F (HVM_MAX_VCPUS = 128)
        for (int cpu = 0; cpu < 128; cpu++) {
            names.add(String.format("PR%02X", cpu));
        }
        SB_CHILDREN = Set.copyOf(names);
    }

    private XenAcpiNamespace() {
    }

    /** Names (4 characters, '_'-padded) directly under {@code \_SB} in Xen's DSDT and SSDTs. */
    public static Set<String> systemBusChildren() {
        return new TreeSet<>(SB_CHILDREN);
    }

    public static boolean clashesUnderSystemBus(String nameSeg) {
        return SB_CHILDREN.contains(nameSeg);
    }
}
