package dev.jxl.layout.acpi;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One vNVDIMM as the guest sees it: what the pmem planner hands to the ACPI builder.
 *
 * @param index            the vNVDIMM's position in the {@code vnvdimms=} list; plays the role of QEMU's
 *                         DIMM slot, from which every NFIT id is derived ({@link NvdimmIds})
 * @param guestBaseBytes   guest physical address of the first data page
 * @param dataSizeBytes    bytes of data pages mapped at {@code guestBaseBytes}
 * @param labelSizeBytes   bytes of label pages; they are owned by the guest but not mapped, and jxl
 *                         offers no label methods, so they never appear in the NFIT or SSDT
 * @param proximityDomain  SPA proximity domain (QEMU's DIMM {@code node}); 0 without vNUMA
 * @param flushHintAddress a guest address Linux may {@code writeq()} to on flush; absent for a virtual
 *                         DIMM, which then counts as ADR-protected (no type-6 structure is emitted)
 */
public record VnvdimmRange(int index, long guestBaseBytes, long dataSizeBytes, long labelSizeBytes,
                           long proximityDomain, OptionalLong flushHintAddress) {
    public static final long PAGE_BYTES = 4096;
    /** {@code NV%02X} device names and the u16 NFIT indices both stop here (QEMU's ACPI_MAX_RAM_SLOTS). */
    public static final int MAX_INDEX = 255;

    public VnvdimmRange {
        Objects.requireNonNull(flushHintAddress, "flushHintAddress");
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
    }

    public VnvdimmRange(int index, long guestBaseBytes, long dataSizeBytes, long labelSizeBytes) {
        this(index, guestBaseBytes, dataSizeBytes, labelSizeBytes, 0, OptionalLong.empty());
    }

    public long guestEndBytes() {
        return guestBaseBytes + dataSizeBytes;
    }

    public VnvdimmRange withFlushHintAddress(long address) {
        return new VnvdimmRange(index, guestBaseBytes, dataSizeBytes, labelSizeBytes, proximityDomain,
                OptionalLong.of(address));
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
