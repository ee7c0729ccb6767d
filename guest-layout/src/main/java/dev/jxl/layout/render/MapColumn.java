package dev.jxl.layout.render;

import dev.jxl.layout.AddressRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.VnvdimmPlacement;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One layout as the picture reads it, in addresses only: its E820 entries as non-overlapping
 * pieces (an entry that overlaps one below it keeps only what sticks out, and is also named as an
 * overlap), its named ranges (regions, MMIO hole, vNVDIMM data and label windows), and the addresses
 * where its bands must start (entry edges, and range edges that fall where the E820 has no entry).
 */
final class MapColumn {
    /** An E820 entry, or the part of one above an entry it overlaps. Inclusive, unsigned. */
    record Piece(int index, long first, long last, E820Type type, boolean rest) {
    }

    final GuestLayout layout;
    final List<Piece> pieces;
    final List<NamedRange> ranges;
    final TreeSet<Long> cuts = new TreeSet<>(Long::compareUnsigned);
    final long topLast;

    MapColumn(GuestLayout layout) {
        this.layout = layout;
        List<Piece> out = new ArrayList<>();
        List<NamedRange> named = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < layout.e820().size(); i++) {
            if (layout.e820().get(i).size() != 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> layout.e820().get(i).addr(), Long::compareUnsigned));
        Piece reach = null;
        for (int i : order) {
            E820Entry e = layout.e820().get(i);
            if (reach == null || Long.compareUnsigned(e.addr(), reach.last()) > 0) {
                reach = new Piece(i, e.addr(), e.last(), e.type(), false);
                out.add(reach);
                continue;
            }
            Piece under = under(out, e.addr());
            named.add(new NamedRange("E820 [" + i + "] " + e.type().label() + " overlaps [" + under.index() + "] "
                    + under.type().label(), e.addr(), e.last(), RegionKind.OVERLAP));
            if (Long.compareUnsigned(e.last(), reach.last()) > 0) {
                reach = new Piece(i, reach.last() + 1, e.last(), e.type(), true);
                out.add(reach);
            }
        }
        this.pieces = List.copyOf(out);
        boolean holeIsRegion = false;
        for (AddressRange r : layout.regions()) {
            if (r.size() != 0) {
                named.add(new NamedRange(r.name(), r.start(), r.end() - 1, RegionKind.of(r.name())));
                holeIsRegion |= r.start() == layout.mmioHole().start() && r.end() == layout.mmioHole().end();
            }
        }
        if (layout.mmioHole().size() > 0 && !holeIsRegion) {
            named.add(new NamedRange("MMIO hole", layout.mmioHole().start(), layout.mmioHole().end() - 1, RegionKind.BARS));
        }
        for (VnvdimmPlacement v : layout.vnvdimms()) {
            named.add(new NamedRange(v.name() + " data (host mfn " + Hex.plain(v.mfn()) + ")", v.guestStart(),
                    v.guestEnd() - 1, RegionKind.PMEM));
            if (v.nrLabelPages() > 0) {
                named.add(new NamedRange(v.name() + " label window (host mfn " + Hex.plain(v.labelMfn()) + ")",
                        v.labelGfn() << VnvdimmPlacement.PAGE_SHIFT, v.footprintEnd() - 1, RegionKind.PMEM));
            }
        }
        this.ranges = List.copyOf(named);
        long top = 0;
        cuts.add(0L);
        for (Piece p : pieces) {
            cuts.add(p.first());
            if (p.last() != -1L) {
                cuts.add(p.last() + 1);
            }
            top = Long.compareUnsigned(p.last(), top) > 0 ? p.last() : top;
        }
        for (NamedRange r : ranges) {
            top = Long.compareUnsigned(r.last(), top) > 0 ? r.last() : top;
            if (r.kind() == RegionKind.OVERLAP) {
                continue;
            }
            // a range's edge starts a band only where the E820 says nothing: the entries stay whole
            if (!insidePiece(r.first())) {
                cuts.add(r.first());
            }
            if (r.last() != -1L && !insidePiece(r.last() + 1)) {
                cuts.add(r.last() + 1);
            }
        }
        this.topLast = top == 0 ? 0xFFF : top;
    }

    private static Piece under(List<Piece> pieces, long addr) {
        Piece found = pieces.get(0);
        for (Piece p : pieces) {
            if (Long.compareUnsigned(p.first(), addr) <= 0) {
                found = p;
            }
        }
        return found;
    }

    /** True if {@code addr} lies in a piece other than at its first byte. */
    private boolean insidePiece(long addr) {
        for (Piece p : pieces) {
            if (Long.compareUnsigned(p.first(), addr) < 0 && Long.compareUnsigned(addr, p.last()) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The piece that holds the segment [first, last], or null where the E820 has no entry. */
    Piece pieceAt(long first, long last) {
        for (Piece p : pieces) {
            if (Long.compareUnsigned(p.first(), first) <= 0 && Long.compareUnsigned(last, p.last()) <= 0) {
                return p;
            }
        }
        return null;
    }
}
