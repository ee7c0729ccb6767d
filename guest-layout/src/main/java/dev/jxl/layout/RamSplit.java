package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.GIB4;

/**
 * Guest RAM on either side of the hole below 4 GiB: {@code [0, lowmemEnd)} and
 * {@code [4 GiB, highmemEnd)}, {@code highmemEnd} 0 when all RAM is low.
 */
record RamSplit(long lowmemEnd, long highmemEnd) {
    /** libxl's split: the RAM that does not fit below {@code holeStart} goes above 4 GiB. */
    static RamSplit around(long ramBytes, long holeStart) {
        return ramBytes > holeStart ? new RamSplit(holeStart, GIB4 + (ramBytes - holeStart)) : new RamSplit(ramBytes, 0);
    }

    /** Low RAM ends at {@code newEnd} instead; the RAM it gives up moves above 4 GiB, after any high RAM. */
    RamSplit lowRamEndingAt(long newEnd) {
        return new RamSplit(newEnd, (highmemEnd == 0 ? GIB4 : highmemEnd) + (lowmemEnd - newEnd));
    }

    boolean hasHighRam() {
        return highmemEnd != 0;
    }
}
