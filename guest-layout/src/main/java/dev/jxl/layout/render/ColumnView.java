package dev.jxl.layout.render;

import dev.jxl.layout.e820.E820Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one column of the picture draws for its layout: bands (E820 entries, and stretches with no
 * entry), each with the text it carries, and the named ranges that are not a band of their own
 * (drawn as markers beside the bar, with a leader line to a label). In a side-by-side diff,
 * {@code other} is the layout on the other side, and what differs from it is marked.
 */
final class ColumnView {
    static final double FONT = 11;
    static final double LINE = 13;
    /** Room for text in a bar: names wrap past this many characters. */
    private static final int BAR_CHARS_MAX = 60;
    private static final double BAR_MIN = 250;

    /** A band: [first, last] inclusive; {@code piece} is null where the E820 has no entry. */
    record Band(long first, long last, MapColumn.Piece piece, List<NamedRange> names, List<String> lines,
            boolean changed) {
        boolean isGap() {
            return piece == null;
        }

        /** What it is filled with: the E820 type's colour, a named stretch's kind, or nothing. */
        String fill() {
            if (piece != null) {
                return typeFill(piece.type());
            }
            return names.isEmpty() ? "url(#noentry)" : names.get(0).kind().fill;
        }

        /** Text room needed: the lines plus a margin. */
        double need() {
            return 9 + LINE * lines.size();
        }
    }

    final MapColumn column;
    final List<Band> bands;
    final List<NamedRange> loose;
    final List<Boolean> looseChanged;
    final double barWidth;

    ColumnView(MapColumn column, List<long[]> spans, MapColumn other) {
        this.column = column;
        List<long[]> raw = new ArrayList<>();
        List<MapColumn.Piece> rawPieces = new ArrayList<>();
        for (long[] s : spans) {
            MapColumn.Piece p = column.pieceAt(s[0], s[1]);
            int n = raw.size();
            boolean extend = n > 0 && (p != null ? p == rawPieces.get(n - 1)
                    : rawPieces.get(n - 1) == null && !column.cuts.contains(s[0]));
            if (extend) {
                raw.get(n - 1)[1] = s[1];
            } else {
                raw.add(new long[] {s[0], s[1]});
                rawPieces.add(p);
            }
        }
        List<NamedRange> rest = new ArrayList<>(column.ranges);
        List<Band> built = new ArrayList<>();
        List<List<NamedRange>> names = new ArrayList<>();
        for (long[] r : raw) {
            List<NamedRange> exact = new ArrayList<>();
            for (NamedRange n : column.ranges) {
                if (n.kind() != RegionKind.OVERLAP && n.sameSpan(r[0], r[1])) {
                    exact.add(n);
                }
            }
            rest.removeAll(exact);
            names.add(exact);
        }
        double natural = BAR_MIN;
        for (int i = 0; i < raw.size(); i++) {
            for (String l : text(raw.get(i), rawPieces.get(i), names.get(i), Integer.MAX_VALUE)) {
                natural = Math.max(natural, SvgText.width(l, FONT) + 14);
            }
        }
        this.barWidth = Math.min(natural, SvgText.width("x".repeat(BAR_CHARS_MAX), FONT) + 14);
        int chars = SvgText.fit(barWidth - 14, FONT);
        for (int i = 0; i < raw.size(); i++) {
            long[] r = raw.get(i);
            MapColumn.Piece p = rawPieces.get(i);
            boolean changed = other != null && (p != null ? other.pieces.stream().noneMatch(
                    q -> q.first() == p.first() && q.last() == p.last() && q.type().equals(p.type()))
                    : gapChanged(other, r, names.get(i)));
            built.add(new Band(r[0], r[1], p, List.copyOf(names.get(i)), text(r, p, names.get(i), chars), changed));
        }
        this.bands = List.copyOf(built);
        this.loose = List.copyOf(rest);
        List<Boolean> marks = new ArrayList<>();
        for (NamedRange n : loose) {
            marks.add(other != null && other.ranges.stream().noneMatch(
                    o -> o.name().equals(n.name()) && o.first() == n.first() && o.last() == n.last()));
        }
        this.looseChanged = List.copyOf(marks);
    }

    /** A stretch with no entry differs on the other side if an entry reaches into it there, or it is named otherwise. */
    private static boolean gapChanged(MapColumn other, long[] span, List<NamedRange> names) {
        for (MapColumn.Piece q : other.pieces) {
            if (Long.compareUnsigned(q.first(), span[1]) <= 0 && Long.compareUnsigned(span[0], q.last()) <= 0) {
                return true;
            }
        }
        List<String> there = other.ranges.stream().filter(n -> n.kind() != RegionKind.OVERLAP && n.sameSpan(span[0], span[1]))
                .map(NamedRange::name).toList();
        return !there.equals(names.stream().map(NamedRange::name).toList());
    }

    /** The lines of a band: what it is and its size, then the names of the ranges it is exactly. */
    private static List<String> text(long[] span, MapColumn.Piece p, List<NamedRange> names, int chars) {
        String size = Sizes.ofRange(span[0], span[1]);
        List<String> joined = new ArrayList<>();
        names.forEach(n -> joined.add(n.name()));
        String nameLine = String.join(" · ", joined);
        List<String> out = new ArrayList<>();
        if (p != null) {
            out.addAll(SvgText.wrap("[" + p.index() + "] " + p.type().label() + (p.rest() ? " (the part above the overlap)" : "")
                    + "  " + size, chars));
            if (!names.isEmpty()) {
                out.addAll(SvgText.wrap(nameLine, chars));
            }
        } else if (names.isEmpty()) {
            out.addAll(SvgText.wrap("no E820 entry  " + size, chars));
        } else {
            out.addAll(SvgText.wrap(nameLine + "  " + size, chars));
            out.add("no E820 entry");
        }
        return out;
    }

    /** How many markers lie wholly inside the band. */
    int markersWithin(Band b) {
        int n = 0;
        for (NamedRange r : loose) {
            if (Long.compareUnsigned(b.first(), r.first()) <= 0 && Long.compareUnsigned(r.last(), b.last()) <= 0) {
                n++;
            }
        }
        return n;
    }

    /** The E820 types the bands use, in address order. */
    List<E820Type> types() {
        List<E820Type> out = new ArrayList<>();
        for (Band b : bands) {
            if (b.piece() != null && !out.contains(b.piece().type())) {
                out.add(b.piece().type());
            }
        }
        return out;
    }

    /** A marker in the lane beside the bar: its y span, lane, and the y of its label's centre line. */
    record Marker(NamedRange range, double top, double bottom, int lane, double labelY, boolean changed) {
    }

    /** Markers for the loose ranges on this axis: lanes so none hides another, labels spread so none overlaps. */
    List<Marker> markers(AddressAxis axis, double spacing) {
        int n = loose.size();
        double[] top = new double[n];
        double[] bottom = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            NamedRange r = loose.get(i);
            top[i] = axis.yEnd(r.last());
            bottom[i] = axis.yStart(r.first());
            if (bottom[i] - top[i] < 3) {
                double mid = (top[i] + bottom[i]) / 2;
                top[i] = mid - 1.5;
                bottom[i] = mid + 1.5;
            }
            order[i] = i;
        }
        // the big ranges (brackets) first, in the lanes next to the bar; then the small ones
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(bottom[i] - top[i])));
        int[] lane = new int[n];
        List<List<double[]>> lanes = new ArrayList<>();
        for (int i : order) {
            int l = 0;
            while (l < lanes.size() && !free(lanes.get(l), top[i], bottom[i])) {
                l++;
            }
            if (l == lanes.size()) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(l).add(new double[] {top[i], bottom[i]});
            lane[i] = l;
        }
        // labels: in the order of their markers' centres, pushed apart, kept within the map where they fit
        Integer[] byY = new Integer[n];
        for (int i = 0; i < n; i++) {
            byY[i] = i;
        }
        java.util.Arrays.sort(byY, Comparator.comparingDouble((Integer i) -> (top[i] + bottom[i]) / 2)
                .thenComparingInt(i -> i));
        double[] y = new double[n];
        double min = axis.top() + 6;
        for (int k = 0; k < n; k++) {
            int i = byY[k];
            double want = (top[i] + bottom[i]) / 2;
            y[i] = Math.max(want, k == 0 ? min : y[byY[k - 1]] + spacing);
        }
        double max = Math.max(axis.bottom() - 4, min + (n - 1) * spacing);
        for (int k = n - 1; k >= 0; k--) {
            int i = byY[k];
            y[i] = Math.min(y[i], k == n - 1 ? max : y[byY[k + 1]] - spacing);
        }
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Marker(loose.get(i), top[i], bottom[i], lane[i], y[i], looseChanged.get(i)));
        }
        return out;
    }

    private static boolean free(List<double[]> lane, double top, double bottom) {
        for (double[] used : lane) {
            if (top < used[1] + 2 && used[0] < bottom + 2) {
                return false;
            }
        }
        return true;
    }

    static String typeFill(E820Type t) {
        return switch (t.code()) {
            case 1 -> "#a5d6a7";
            case 2 -> "#cfd8dc";
            case 3 -> "#ffe082";
            case 4 -> "#ffcc80";
            case 5 -> "#ef9a9a";
            case 6 -> "#bcaaa4";
            case 7 -> "#90caf9";
            case 12 -> "#b3e5fc";
            default -> "#ce93d8";
        };
    }
}
