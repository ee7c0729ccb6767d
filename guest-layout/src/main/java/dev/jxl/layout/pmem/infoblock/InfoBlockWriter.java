package dev.jxl.layout.pmem.infoblock;

import static dev.jxl.layout.pmem.infoblock.InfoBlockLayout.INFO_AREA_SIZE;
import static dev.jxl.layout.pmem.infoblock.InfoBlockLayout.INFO_BLOCK_OFFSET;
import static dev.jxl.layout.pmem.infoblock.InfoBlockLayout.MAX_STRUCT_PAGE_SIZE;
import static dev.jxl.layout.pmem.infoblock.InfoBlockLayout.MEMREMAP_COMPAT_ALIGN;
import static dev.jxl.layout.pmem.infoblock.InfoBlockLayout.PAGE_SIZE;

/**
 * Makes the 8 KiB info area {@code ndctl write-infoblock} writes: 4 KiB of zeros, then a version 1.4
 * {@code nd_pfn_sb}. The arithmetic is ndctl's {@code write_pfn_sb()} ("derived from nd_pfn_init() in
 * kernel version v5.5") with the namespace start taken as 0 (no {@code --offset}).
 */
public final class InfoBlockWriter {
    private InfoBlockWriter() {
    }

    /** Where the data starts and how many pages follow, as the block will record them. */
    public record PfnLayout(long dataoff, long npfns, long startPad, long endTrunc, long effectiveAlign) {
        /** The usable bytes: sysfs {@code pfnX.Y/size}, ndctl list's {@code size}. */
        public long dataBytes(long namespaceSize) {
            return namespaceSize - startPad - endTrunc - dataoff;
        }
    }

    public static PfnLayout layout(InfoBlockRequest r) {
        long size = r.sizeBytes();
        long npfnsAll = (size - INFO_AREA_SIZE) / PAGE_SIZE;
        // the mapping granule: the requested align, but never below memremap_compat_align()
        long align = Math.max(r.alignBytes(), MEMREMAP_COMPAT_ALIGN);
        long startPad = 0; // start 0 is aligned; v5.7+ kernels never write a start_pad
        long endTrunc = size - alignDown(size, align);
        long dataoff;
        if (r.map() == PfnMode.PMEM) {
            long memmap;
            try {
                memmap = Math.addExact(INFO_AREA_SIZE, Math.multiplyExact((long) MAX_STRUCT_PAGE_SIZE, npfnsAll));
                dataoff = alignUp(memmap, align);
            } catch (ArithmeticException e) {
                throw new InfoBlockException("integer overflow in offset calculation");
            }
        } else {
            dataoff = alignUp(INFO_AREA_SIZE, align);
        }
        if (Long.compareUnsigned(dataoff, size) >= 0) {
            throw new InfoBlockException("unable to satisfy requested alignment");
        }
        // ndctl stops at dataoff >= size and then lets size - dataoff - end_trunc wrap; the kernel's
        // nd_pfn_init refuses dataoff >= size - end_trunc ("This results in zero size devices"): so do we
        if (dataoff >= size - endTrunc) {
            throw new InfoBlockException("unable to satisfy requested alignment: data offset " + dataoff
                    + " leaves no data pages before the end truncation at " + (size - endTrunc));
        }
        long npfns = (size - dataoff - endTrunc - startPad) / PAGE_SIZE;
        return new PfnLayout(dataoff, npfns, startPad, endTrunc, align);
    }

    /** The block itself, checksum included. */
    public static NdPfnSb infoBlock(InfoBlockRequest r) {
        PfnLayout l = layout(r);
        NdPfnSb sb = new NdPfnSb(
                r.mode().signature(),
                r.uuid(), r.parentUuid(),
                0, 1, 4,
                l.dataoff(), l.npfns(), r.map().value(),
                l.startPad(), l.endTrunc(),
                r.alignBytes(), PAGE_SIZE, MAX_STRUCT_PAGE_SIZE,
                0);
        return sb.withComputedChecksum();
    }

    /** The 8 KiB image ndctl writes at the start of the namespace (or to {@code -o FILE}). */
    public static byte[] infoArea(InfoBlockRequest r) {
        byte[] area = new byte[INFO_AREA_SIZE];
        System.arraycopy(infoBlock(r).encode(), 0, area, INFO_BLOCK_OFFSET, NdPfnSb.SIZE);
        return area;
    }

    static long alignUp(long x, long a) {
        return Math.addExact(x, a - 1) & -a;
    }

    static long alignDown(long x, long a) {
        return x & -a;
    }
}
