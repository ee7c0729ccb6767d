package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made vNVDIMM placements (the pmem planner's output later): 1, 2 and 8 vNVDIMMs above 4 GiB, and
 * two with label windows (one above 4 GiB; one below, beside a vNVDIMM without).
 */
final class AcpiCases {
    static final long GIB = 1L << 30;
    static final long MIB = 1L << 20;

    private AcpiCases() {
    }

    record Case(String name, NvdimmAcpiInput input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        return List.of(one(), two(), eight(), labels(), labelsBelow4gAndNone());
    }

    /** {@link #one()} with its 128 KiB of labels mapped right after its data, at 6 GiB. */
    static Case labels() {
        return new Case("nvdimm-labels-1", NvdimmAcpiInput.of(
                new VnvdimmRange(0, 5 * GIB, GIB, 128 * 1024).withLabelWindow(6 * GIB)));
    }

    /** A window below 4 GiB (no 32-bit guard needed) and a vNVDIMM whose labels stay hidden. */
    static Case labelsBelow4gAndNone() {
        return new Case("nvdimm-labels-2", NvdimmAcpiInput.of(
                new VnvdimmRange(0, 5 * GIB, GIB, 128 * 1024).withLabelWindow(0x3000_0000L),
                new VnvdimmRange(1, 6 * GIB, 512 * MIB, 256 * 1024)));
    }

    /** One 1 GiB vNVDIMM at 5 GiB (first 1 GiB-aligned window above 4 GiB of high RAM), 128 KiB of labels. */
    static Case one() {
        return new Case("nvdimm-1", NvdimmAcpiInput.of(new VnvdimmRange(0, 5 * GIB, GIB, 128 * 1024)));
    }

    static Case two() {
        return new Case("nvdimm-2", NvdimmAcpiInput.of(
                new VnvdimmRange(0, 5 * GIB, GIB, 128 * 1024),
                new VnvdimmRange(1, 6 * GIB, 512 * MIB, 0)));
    }

    static Case eight() {
        List<VnvdimmRange> v = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            v.add(new VnvdimmRange(i, 8 * GIB + i * 256 * MIB, 256 * MIB, 128 * 1024));
        }
        return new Case("nvdimm-8", new NvdimmAcpiInput(v));
    }
}
