package dev.jxl.layout.render;

import dev.jxl.units.Hex;

/**
 * A range of the layout that has a name: a planned region, the MMIO hole, a vNVDIMM's data or label
 * window, or an E820 entry overlapping another. {@code first} and {@code last} are inclusive and
 * unsigned, so a range may reach 2^64 - 1.
 */
record NamedRange(String name, long first, long last, RegionKind kind) {
    boolean sameSpan(long f, long l) {
        return first == f && last == l;
    }

    /** The label beside its marker: name, first-last byte (as {@code jxl plan} prints them), size. */
    String label() {
        return name + "  " + Hex.of(first) + "-" + Hex.of(last) + "  " + Sizes.ofRange(first, last);
    }
}
