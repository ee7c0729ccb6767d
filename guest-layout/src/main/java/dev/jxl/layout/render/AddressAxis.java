package dev.jxl.layout.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The vertical axis shared by every column of a picture: the address space cut into segments at
 * every band edge of every column, highest address at the top. A segment's height grows with
 * log2 of its size (so a page and a terabyte both show), and is raised where a band needs room for
 * its text. Within a segment, addresses map linearly.
 */
final class AddressAxis {
    /** A segment [first, last], inclusive, unsigned; {@code top} and {@code bottom} are y in pixels. */
    record Segment(long first, long last, double top, double bottom) {
        double height() {
            return bottom - top;
        }
    }

    private static final long GIB4 = 1L << 32;
    static final double MIN_HEIGHT = 24;

    private final List<Segment> segments;

    private AddressAxis(List<Segment> segments) {
        this.segments = segments;
    }

    /** The segments' addresses for these columns; heights come with {@link #place}. */
    static List<long[]> spans(List<MapColumn> columns) {
        return spans(columns, new TreeSet<>(Long::compareUnsigned));
    }

    /** The segments with {@code extra} cuts too (inside entries, so a small range gets a segment of its own). */
    static List<long[]> spans(List<MapColumn> columns, TreeSet<Long> extra) {
        long top = 0;
        TreeSet<Long> all = new TreeSet<>(extra);
        for (MapColumn c : columns) {
            all.addAll(c.cuts);
            top = Long.compareUnsigned(c.topLast, top) > 0 ? c.topLast : top;
        }
        if (Long.compareUnsigned(top, GIB4) >= 0) {
            all.add(GIB4); // the line every admin looks for
        }
        List<long[]> out = new ArrayList<>();
        List<Long> sorted = new ArrayList<>();
        for (long c : all) {
            if (Long.compareUnsigned(c, top) <= 0) {
                sorted.add(c);
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            long last = i + 1 < sorted.size() ? sorted.get(i + 1) - 1 : top;
            out.add(new long[] {sorted.get(i), last});
        }
        return out;
    }

    /** The base height of a segment: log-scaled in its size, at least one line of text. */
    static double baseHeight(long first, long last) {
        double pages = (Sizes.unsigned(last - first) + 1) / 4096.0;
        return MIN_HEIGHT + 5 * Math.max(0, Math.log(Math.max(1, pages)) / Math.log(2));
    }

    /** The height of a segment cut out of an entry around a small range: flatter, the entry stays readable. */
    static double innerHeight(long first, long last) {
        double pages = (Sizes.unsigned(last - first) + 1) / 4096.0;
        return MIN_HEIGHT + 2 * Math.max(0, Math.log(Math.max(1, pages)) / Math.log(2));
    }

    /** Segments stacked from {@code mapTop} down, highest address first, with the given heights. */
    static AddressAxis place(List<long[]> spans, double[] heights, double mapTop) {
        List<Segment> out = new ArrayList<>();
        double bottom = mapTop;
        for (double h : heights) {
            bottom += h;
        }
        double y = bottom;
        for (int i = 0; i < spans.size(); i++) {
            out.add(new Segment(spans.get(i)[0], spans.get(i)[1], y - heights[i], y));
            y -= heights[i];
        }
        return new AddressAxis(List.copyOf(out));
    }

    List<Segment> segments() {
        return segments;
    }

    double top() {
        return segments.get(segments.size() - 1).top();
    }

    double bottom() {
        return segments.get(0).bottom();
    }

    /** The highest address drawn (inclusive). */
    long last() {
        return segments.get(segments.size() - 1).last();
    }

    /** y of the bottom edge of byte {@code addr}. */
    double yStart(long addr) {
        Segment s = at(addr);
        return clamp(s.bottom() - fraction(s, addr) * s.height());
    }

    /** y of the top edge of byte {@code last}. */
    double yEnd(long last) {
        Segment s = at(last);
        double f = (Sizes.unsigned(last - s.first()) + 1) / (Sizes.unsigned(s.last() - s.first()) + 1);
        return clamp(s.bottom() - f * s.height());
    }

    private double clamp(double y) {
        return Math.max(top(), Math.min(bottom(), y));
    }

    private static double fraction(Segment s, long addr) {
        return Sizes.unsigned(addr - s.first()) / (Sizes.unsigned(s.last() - s.first()) + 1);
    }

    /** The segment holding {@code addr} (the top one for an address above the axis). */
    private Segment at(long addr) {
        int lo = 0;
        int hi = segments.size() - 1;
        long key = addr;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (Long.compareUnsigned(segments.get(mid).first(), key) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo);
    }
}
