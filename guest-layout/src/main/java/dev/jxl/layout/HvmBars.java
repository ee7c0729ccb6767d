package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.LibxlEnums.DeviceModelVersion;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import java.util.List;
import java.util.Optional;

/**
 * hvmloader's BAR windows (pci.c): 32-bit BARs in {@code [bar32Start, 0xfc000000)}, and the 64-bit
 * BARs that do not fit there from {@code bar64Start} up to the host's address limit.
 */
record HvmBars(long bar32Start, long bar64Start) {
    AddressRange bar32() {
        return new AddressRange("32-bit BARs", bar32Start, RESERVED_MEMBASE);
    }

    AddressRange bar64(Host host) {
        return new AddressRange("64-bit BARs", bar64Start, host.addressLimit());
    }

    /**
     * @param holeFixedForVnvdimms platform/mmio_hole_size pins the hole for vNVDIMMs below it
     * @param window               the vNVDIMMs above 4 GiB, if any
     */
    static HvmBars place(GuestSettings s, Host host, RamSplit split, RdmPass rdm, boolean holeFixedForVnvdimms,
            Optional<AddressRange> window, List<String> notes) {
        long bar32Start = bar32Window(s, split, rdm, holeFixedForVnvdimms, notes);
        long bar64Start = Math.max(split.highmemEnd(), GIB4);
        if (window.isPresent()) {
            bar64Start = VnvdimmPlanner.alignUp(window.get().end(), VnvdimmPlanner.DEVICE_MEMORY_ALIGN);
            notes.add("bars: 64-bit BARs that do not fit (and any larger than 1 GiB) go from " + Hex.plain(bar64Start)
                    + " up (ROUND_UP(end of the vNVDIMM window, 1 GiB), as QEMU's reserved-memory-end), each aligned to "
                    + "its size, below 2^" + host.paddrBits() + "; hvmloader 4.17 itself starts them at high_mem_end, so "
                    + "the vNVDIMM window needs a hvmloader that honours it");
        } else {
            notes.add("bars: 64-bit BARs that do not fit (and any larger than 1 GiB) go from " + Hex.plain(bar64Start)
                    + " up, each aligned to its size, below 2^" + host.paddrBits() + "; nothing above high RAM is reserved");
        }
        return new HvmBars(bar32Start, bar64Start);
    }

    /** Where the 32-bit window starts, and (in the note) whether hvmloader can grow it. */
    private static long bar32Window(GuestSettings s, RamSplit split, RdmPass rdm, boolean holeFixedForVnvdimms,
            List<String> notes) {
        long lowmemEnd = split.lowmemEnd();
        long start = HVM_BELOW_4G_MMIO_START;
        boolean holeFixed = false;
        if (s.mmioHoleMemkb() != 0 && GIB4 - (s.mmioHoleMemkb() << 10) <= HVM_BELOW_4G_MMIO_START) {
            start = GIB4 - (s.mmioHoleMemkb() << 10);
            holeFixed = true;
        }
        holeFixed |= holeFixedForVnvdimms;
        String growth;
        if (holeFixed) {
            growth = s.mmioHoleMemkb() != 0 ? "is fixed by mmio_hole"
                    : "is fixed by platform/mmio_hole_size (for the vNVDIMMs below it)";
        } else {
            growth = growth(start, lowmemEnd, s.deviceModel() == DeviceModelVersion.QEMU_XEN_TRADITIONAL);
        }
        long windowStart = start;
        boolean rmrrInWindow = rdm.inGuestMap().stream()
                .anyMatch(r -> r.overlaps(windowStart, RESERVED_MEMBASE - windowStart));
        if (!holeFixed && rmrrInWindow && start > lowmemEnd) {
            start = lowmemEnd;
            growth = "starts at the end of low RAM because an RDM lies in it";
        }
        notes.add("bars: 32-bit BARs go in [" + Hex.plain(start) + ", 0xfc000000) (" + ByteSize.of(RESERVED_MEMBASE - start)
                + "), which " + growth);
        return start;
    }

    /**
     * hvmloader doubles the hole (a 32-bit shift) while the new start stays at or above low RAM, or
     * anywhere when RAM relocation is allowed (qemu-traditional only).
     */
    private static String growth(long start, long lowmemEnd, boolean relocate) {
        long lowest = start;
        while ((int) (lowest << 1) != 0 && (relocate || (((lowest << 1) & 0xFFFFFFFFL) >> PAGE_SHIFT)
                >= (lowmemEnd >> PAGE_SHIFT))) {
            lowest = (lowest << 1) & 0xFFFFFFFFL;
        }
        if (lowest == start) {
            return "cannot grow (low RAM reaches it" + (relocate ? ")" : " and qemu-xen forbids RAM relocation)");
        }
        return "can grow down to " + Hex.plain(lowest) + (relocate && lowest < lowmemEnd
                ? " by relocating RAM above 4 GiB (qemu-traditional allows it; QEMU is not told)" : "");
    }
}
