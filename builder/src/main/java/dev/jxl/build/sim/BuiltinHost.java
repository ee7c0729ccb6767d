package dev.jxl.build.sim;

import dev.jxl.build.backend.HostInfo;
import dev.jxl.build.backend.HostInfo.E820Range;
import dev.jxl.build.backend.HostInfo.PmemDataRegion;
import dev.jxl.build.backend.HostInfo.PmemMgmtRegion;
import dev.jxl.build.backend.HostInfo.PmemRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * The host a fresh sim boots when no host description is given: a two-socket server with 256 GiB of
 * DRAM, a 2 GiB 32-bit PCI hole and one 256 GiB pmem region per socket, each set up with a management
 * area at its start (frame table + M2P, 40 bytes per 4 KiB page, 2 MiB granular) and the rest as data.
 */
public final class BuiltinHost {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private BuiltinHost() {
    }

    public static HostInfo get() {
        List<E820Range> e820 = List.of(
                new E820Range(0x0, 0x9FC00, 1),
                new E820Range(0x9FC00, 0x400, 2),
                new E820Range(0xE0000, 0x20000, 2),
                new E820Range(0x100000, 2 * GIB - 0x100000 - 64 * MIB, 1),
                new E820Range(2 * GIB - 64 * MIB, 64 * MIB, 4),           // ACPI NVS + tables below the hole
                new E820Range(0xE0000000L, 256 * MIB, 2),                 // MMCONFIG
                new E820Range(0xFEC00000L, 0x1000, 2),                    // IOAPIC
                new E820Range(0xFEE00000L, 0x1000, 2),                    // LAPIC
                new E820Range(0xFF000000L, 16 * MIB, 2),                  // firmware flash
                new E820Range(4 * GIB, 254 * GIB + 64 * MIB, 1),
                new E820Range(258 * GIB + 64 * MIB, 256 * GIB, 7),
                new E820Range(514 * GIB + 64 * MIB, 256 * GIB, 7));
        List<PmemRegion> pmem = List.of(
                new PmemRegion(258 * GIB + 64 * MIB, 256 * GIB, 0),
                new PmemRegion(514 * GIB + 64 * MIB, 256 * GIB, 1));
        List<PmemMgmtRegion> mgmt = new ArrayList<>();
        List<PmemDataRegion> data = new ArrayList<>();
        for (PmemRegion r : pmem) {
            long smfn = r.spa() >>> 12;
            long emfn = r.end() >>> 12;
            long mgmtFrames = alignUp2M(tableFrames(emfn - smfn) + 3 * 512);
            long mgmtEnd = smfn + mgmtFrames;
            long used = tableFrames(mgmtFrames) + tableFrames(emfn - mgmtEnd);
            mgmt.add(new PmemMgmtRegion(smfn, mgmtEnd, used));
            data.add(new PmemDataRegion(mgmtEnd, emfn, smfn, mgmtEnd));
        }
        long memoryKib = 256 * GIB >>> 10;
        long dom0Kib = 8 * GIB >>> 10;
        return new HostInfo("4.17", 64, 46, memoryKib, memoryKib - dom0Kib, e820, pmem, mgmt, data);
    }

    /** Frame table (32 B) + M2P (8 B) per page, in 4 KiB frames (Xen's check_mgmt_size). */
    private static long tableFrames(long frames) {
        return (frames * 40 + 4095) / 4096;
    }

    private static long alignUp2M(long frames) {
        return (frames + 511) & ~511L;
    }
}
