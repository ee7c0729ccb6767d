package dev.jxl.layout.pmem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How much of a management area Xen uses for a range of pmem frames, following the vNVDIMM series
 * ({@code nvdimm-label-v1.1-rebase}, xen/arch/x86/x86_64/mm.c and xen/common/pmem.c) on an x86-64
 * build without {@code CONFIG_BIGMEM} and without PDX compression (pdx == mfn):
 * <ul>
 * <li>{@code extend_frame_table}: one 2 MiB chunk of {@code struct page_info} (32 bytes) per PDX group
 *     of 65536 frames (256 MiB) that the range touches and that has no frame table yet;</li>
 * <li>{@code setup_m2p_table}: one 2 MiB chunk (8-byte entries) per 2^18 frames (1 GiB) touched and
 *     not yet mapped;</li>
 * <li>{@code setup_compat_m2p_table}: one 2 MiB chunk (4-byte entries) per 2^19 frames (2 GiB) touched,
 *     only below frame 2^28 (1 TiB), not yet mapped.</li>
 * </ul>
 * The chunks come from a bump allocator ({@code alloc_hotadd_mfn}) over the management area, in
 * that order. Page-table pages come from Xen's heap and are not counted.
 */
public final class XenPmemTables {
    public static final int PAGE_INFO_SIZE = 32;
    public static final int M2P_ENTRY_SIZE = 8;
    public static final int COMPAT_M2P_ENTRY_SIZE = 4;
    /** {@code 1 << PAGETABLE_ORDER}: the allocation unit, 2 MiB. */
    public static final long CHUNK_PAGES = 512;
    /** {@code PDX_GROUP_COUNT}: frames whose page_info fill one 2 MiB chunk. */
    public static final long PDX_GROUP_COUNT = (2L << 20) / PAGE_INFO_SIZE;
    public static final long M2P_CHUNK_MFNS = (2L << 20) / M2P_ENTRY_SIZE;
    public static final long COMPAT_M2P_CHUNK_MFNS = (2L << 20) / COMPAT_M2P_ENTRY_SIZE;
    /** The compat M2P is 1 GiB of 4-byte entries: frames below 2^28 (machine addresses below 1 TiB). */
    public static final long COMPAT_M2P_LIMIT_MFN = (1L << 30) / COMPAT_M2P_ENTRY_SIZE;
    /** {@code FRAMETABLE_NR}: 128 GiB of frame table covers frames below 2^32 (16 TiB). */
    public static final long FRAMETABLE_NR = (128L << 30) / PAGE_INFO_SIZE;

    private XenPmemTables() {
    }

    /**
     * {@code check_mgmt_size}: the pre-check, {@code (32 * N >> 12) + (8 * N >> 12)} pages for N
     * frames (each term rounded down on its own), about 40 bytes per page. A lower bound: it ignores
     * the compat M2P and the 2 MiB granularity.
     */
    public static long precheckPages(long nrMfns) {
        return (Math.multiplyExact((long) PAGE_INFO_SIZE, nrMfns) >>> 12)
                + (Math.multiplyExact((long) M2P_ENTRY_SIZE, nrMfns) >>> 12);
    }

    /**
     * {@code mem_hotadd_check}'s "at most required" pages for a range, with no chunk assumed present:
     * Xen refuses a range smaller than this (it is the RAM-hotplug rule that the tables fit in the
     * range itself).
     */
    public static long hotaddBoundPages(MfnRange r) {
        long s = r.smfn();
        long e = r.emfn();
        long length = (alignUp(e, M2P_CHUNK_MFNS) - alignDown(s, M2P_CHUNK_MFNS)) * M2P_ENTRY_SIZE;
        long cs = alignDown(s, COMPAT_M2P_CHUNK_MFNS);
        long ce = Math.min(alignUp(e, COMPAT_M2P_CHUNK_MFNS), COMPAT_M2P_LIMIT_MFN);
        if (ce > cs) {
            length += (ce - cs) * COMPAT_M2P_ENTRY_SIZE;
        }
        length += (alignUp(e, PDX_GROUP_COUNT) - alignDown(s, PDX_GROUP_COUNT)) * PAGE_INFO_SIZE;
        return length >>> 12;
    }

    /**
     * The chunks Xen allocates when {@code r} is added after the ranges in {@code alreadySetUp}: a
     * PDX group, M2P chunk or compat chunk that an earlier range touched already has its table.
     */
    public static TableChunks allocation(MfnRange r, Collection<MfnRange> alreadySetUp) {
        long ft = fresh(r.smfn(), r.emfn(), PDX_GROUP_COUNT, Long.MAX_VALUE, alreadySetUp);
        long m2p = fresh(r.smfn(), r.emfn(), M2P_CHUNK_MFNS, Long.MAX_VALUE, alreadySetUp);
        long compat = fresh(r.smfn(), r.emfn(), COMPAT_M2P_CHUNK_MFNS, COMPAT_M2P_LIMIT_MFN, alreadySetUp);
        return new TableChunks(ft, m2p, compat);
    }

    /** Units of {@code unit} frames touched by {@code [s, e)} below {@code limit}, minus those touched before. */
    private static long fresh(long s, long e, long unit, long limit, Collection<MfnRange> before) {
        long lo = s / unit;
        long hi = Math.min(ceilDiv(e, unit), limit / unit); // limits are multiples of the unit
        if (hi <= lo) {
            return 0;
        }
        List<long[]> taken = new ArrayList<>();
        for (MfnRange b : before) {
            if (b.isEmpty()) {
                continue;
            }
            long bl = Math.max(lo, b.smfn() / unit);
            long bh = Math.min(hi, ceilDiv(b.emfn(), unit));
            if (bl < bh) {
                taken.add(new long[] {bl, bh});
            }
        }
        taken.sort((x, y) -> Long.compare(x[0], y[0]));
        long covered = 0;
        long curLo = -1;
        long curHi = -1;
        for (long[] t : taken) {
            if (t[0] > curHi) {
                covered += curHi - curLo;
                curLo = t[0];
                curHi = t[1];
            } else {
                curHi = Math.max(curHi, t[1]);
            }
        }
        covered += curHi - curLo;
        return (hi - lo) - covered;
    }

    static long alignUp(long x, long a) {
        return ceilDiv(x, a) * a;
    }

    static long alignDown(long x, long a) {
        return x / a * a;
    }

    private static long ceilDiv(long x, long a) {
        return (x + a - 1) / a;
    }
}
