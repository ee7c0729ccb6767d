package dev.jxl.layout.acpi;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One vNVDIMM as the guest sees it: what the pmem planner hands to the ACPI builder.
 *
 * @param index               the vNVDIMM's position in the {@code vnvdimms=} list; plays the role of
 *                            QEMU's DIMM slot, from which every NFIT id is derived ({@link NvdimmIds})
 * @param guestBaseBytes      guest physical address of the first data page
 * @param dataSizeBytes       bytes of data pages mapped at {@code guestBaseBytes}
 * @param labelSizeBytes      bytes of label pages (the vNVDIMM's label storage area); never part of the
 *                            NFIT, and without a label window not reachable by the guest at all
 * @param proximityDomain     SPA proximity domain (QEMU's DIMM {@code node}); 0 without vNUMA
 * @param flushHintAddress    a guest address Linux may {@code writeq()} to on flush; absent for a
 *                            virtual DIMM, which then counts as ADR-protected (no type-6 structure)
 * @param labelGuestBaseBytes guest physical address where the {@code labelSizeBytes} of label pages are
 *                            mapped (4 KiB aligned), so the SSDT's label methods ({@code _LSI},
 *                            {@code _LSR}, {@code _LSW} and the label {@code _DSM} functions) can reach
 *                            them; absent: labels are not exposed and the guest sees a label-less DIMM
 */
public record VnvdimmRange(int index, long guestBaseBytes, long dataSizeBytes, long labelSizeBytes,
                           long proximityDomain, OptionalLong flushHintAddress,
                           OptionalLong labelGuestBaseBytes) {
    public static final long PAGE_BYTES = 4096;
    /** {@code NV%02X} device names and the u16 NFIT indices both stop here (QEMU's ACPI_MAX_RAM_SLOTS). */
    public static final int MAX_INDEX = 255;
    /** The label methods report sizes as DWORDs (ACPI {@code _LSI}, Intel DSM function 4). */
    public static final long MAX_EXPOSED_LABEL_BYTES = 0xFFFF_F000L;

    public VnvdimmRange {
        Objects.requireNonNull(flushHintAddress, "flushHintAddress");
        Objects.requireNonNull(labelGuestBaseBytes, "labelGuestBaseBytes");
        String what = "vnvdimm[" + index + "]";
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException(what + ": index must be 0.." + MAX_INDEX);
        }
        if (guestBaseBytes < 0 || guestBaseBytes % PAGE_BYTES != 0) {
            throw new IllegalArgumentException(what + ": guest base " + hex(guestBaseBytes)
                    + " is not a 4 KiB-aligned address");
        }
        if (dataSizeBytes <= 0 || dataSizeBytes % PAGE_BYTES != 0) {
            throw new IllegalArgumentException(what + ": data size " + dataSizeBytes
                    + " is not a positive multiple of 4 KiB");
        }
        if (Long.MAX_VALUE - guestBaseBytes < dataSizeBytes) {
            throw new IllegalArgumentException(what + ": range overflows 64 bits");
        }
        if (labelSizeBytes < 0 || labelSizeBytes % PAGE_BYTES != 0) {
            throw new IllegalArgumentException(what + ": label size " + labelSizeBytes
                    + " is not a multiple of 4 KiB");
        }
        if (proximityDomain < 0 || proximityDomain > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + ": proximity domain does not fit in a u32");
        }
        if (labelGuestBaseBytes.isPresent()) {
            checkLabelWindow(what, labelGuestBaseBytes.getAsLong(), labelSizeBytes, guestBaseBytes,
                    dataSizeBytes);
        }
    }

    public VnvdimmRange(int index, long guestBaseBytes, long dataSizeBytes, long labelSizeBytes,
                        long proximityDomain, OptionalLong flushHintAddress) {
        this(index, guestBaseBytes, dataSizeBytes, labelSizeBytes, proximityDomain, flushHintAddress,
                OptionalLong.empty());
    }

    public VnvdimmRange(int index, long guestBaseBytes, long dataSizeBytes, long labelSizeBytes) {
        this(index, guestBaseBytes, dataSizeBytes, labelSizeBytes, 0, OptionalLong.empty());
    }

    public long guestEndBytes() {
        return guestBaseBytes + dataSizeBytes;
    }

    public boolean exposesLabels() {
        return labelGuestBaseBytes.isPresent();
    }

    /** End (exclusive) of the label window; only for a range that {@link #exposesLabels()}. */
    public long labelGuestEndBytes() {
        return labelGuestBaseBytes.orElseThrow() + labelSizeBytes;
    }

    public VnvdimmRange withFlushHintAddress(long address) {
        return new VnvdimmRange(index, guestBaseBytes, dataSizeBytes, labelSizeBytes, proximityDomain,
                OptionalLong.of(address), labelGuestBaseBytes);
    }

    /**
     * The same vNVDIMM with its label pages mapped at {@code guestBaseBytes} for the guest: needs label
     * pages (at most {@link #MAX_EXPOSED_LABEL_BYTES}), a 4 KiB-aligned base, a window that neither
     * overflows nor overlaps this vNVDIMM's data.
     */
    public VnvdimmRange withLabelWindow(long guestBaseBytes) {
        return new VnvdimmRange(index, this.guestBaseBytes, dataSizeBytes, labelSizeBytes, proximityDomain,
                flushHintAddress, OptionalLong.of(guestBaseBytes));
    }

    private static void checkLabelWindow(String what, long base, long size, long dataBase, long dataSize) {
        if (size == 0) {
            throw new IllegalArgumentException(what + ": a label window needs label pages (label size is 0)");
        }
        if (size > MAX_EXPOSED_LABEL_BYTES) {
            throw new IllegalArgumentException(what + ": label size " + size + " is above the "
                    + MAX_EXPOSED_LABEL_BYTES + " bytes the label methods can report (a u32)");
        }
        if (base < 0 || base % PAGE_BYTES != 0) {
            throw new IllegalArgumentException(what + ": label window " + hex(base)
                    + " is not a 4 KiB-aligned address");
        }
        if (Long.MAX_VALUE - base < size) {
            throw new IllegalArgumentException(what + ": label window [" + hex(base) + ", +" + size
                    + ") overflows 64 bits");
        }
        if (base < dataBase + dataSize && dataBase < base + size) {
            throw new IllegalArgumentException(what + ": label window [" + hex(base) + ", +" + size
                    + ") overlaps its data [" + hex(dataBase) + ", +" + dataSize + ")");
        }
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
