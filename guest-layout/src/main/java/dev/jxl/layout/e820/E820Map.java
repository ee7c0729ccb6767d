package dev.jxl.layout.e820;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.List;

/**
 * An E820 map in the order its producer wrote it. Xen does not always sort (PVH's memmap and
 * {@code e820_sanitize} do not), so the order is part of the value; {@link #isSorted()} and
 * {@link #firstOverlap()} report what a consumer would find. The canonical text is the identity.
 */
public record E820Map(List<E820Entry> entries) {
    public E820Map {
        entries = List.copyOf(entries);
    }

    public static E820Map of(E820Entry... entries) {
        return new E820Map(List.of(entries));
    }

    public int size() {
        return entries.size();
    }

    public E820Entry get(int i) {
        return entries.get(i);
    }

    /** Sum of the sizes of the entries of one type (overlaps counted twice, as a consumer adding them would). */
    public long total(E820Type type) {
        long sum = 0;
        for (E820Entry e : entries) {
            if (e.is(type)) {
                sum += e.size();
            }
        }
        return sum;
    }

    public boolean isSorted() {
        for (int i = 1; i < entries.size(); i++) {
            if (Long.compareUnsigned(entries.get(i - 1).addr(), entries.get(i).addr()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Entries sorted by address (stable), for views; the map itself keeps the producer's order. */
    public E820Map sorted() {
        List<E820Entry> copy = new ArrayList<>(entries);
        copy.sort((a, b) -> Long.compareUnsigned(a.addr(), b.addr()));
        return new E820Map(copy);
    }

    /** The first pair of entries (in address order) that share a byte, or null. */
    public E820Entry[] firstOverlap() {
        List<E820Entry> s = sorted().entries;
        E820Entry reach = null;
        for (E820Entry e : s) {
            if (e.size() == 0) {
                continue;
            }
            if (reach != null && e.overlaps(reach)) {
                return new E820Entry[] {reach, e};
            }
            if (reach == null || Long.compareUnsigned(e.last(), reach.last()) > 0) {
                reach = e;
            }
        }
        return null;
    }

    /** The highest last byte of any entry, +1 (0 for an empty map). Unsigned. */
    public long highestEnd() {
        long max = 0;
        for (E820Entry e : entries) {
            if (e.size() != 0 && Long.compareUnsigned(e.end(), max) > 0) {
                max = e.end();
            }
        }
        return max;
    }

    /** The aligned table: index, first and last byte, size in human units, type. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            E820Entry e = entries.get(i);
            b.append(String.format("  [%2d] %s-%s %12s  %s\n", i, Hex.of(e.addr()), Hex.of(e.last()),
                    ByteSize.of(e.size()), e.type().label()));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
