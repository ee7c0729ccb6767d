package dev.jxl.layout.render;

import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A picture of the guest-physical address space, a view of one {@link GuestLayout} (or two, side
 * by side, for a diff): one band per E820 entry and per stretch with no entry, highest address at
 * the top, each band with its edge addresses, its E820 index, type and size, and the names of the
 * planned ranges it is exactly. Ranges that are not a band of their own (LAPIC, IOAPIC, special
 * pages, the MMIO hole, an overlapping entry …) are markers beside the bar with a leader line to a
 * label. Below: a legend of what is drawn and what the layout says in words. The size of the
 * picture follows from its content. Pure text out: same layout, same bytes.
 */
public final class LayoutSvg {
    private static final double FONT = ColumnView.FONT;
    private static final double SMALL = 10;
    private static final double LABEL_SPACING = 15;
    private static final double LANE_W = 7;
    private static final double MARGIN = 12;
    private static final double MIN_WIDTH = 760;
    /** A marker thinner than this (px) is hard to see and to point at. */
    private static final double THIN = 8;

    private LayoutSvg() {
    }

    public static String render(GuestLayout layout) {
        return render(layout, LayoutFacts.typeName(layout.type()) + " guest");
    }

    /** One layout; {@code title} names the guest (the CLI gives the domain's name). */
    public static String render(GuestLayout layout, String title) {
        Picture p = new Picture(List.of(new Side(layout, null)));
        p.title(title + ": " + LayoutFacts.typeName(layout.type()) + " guest memory map");
        p.header(LayoutFacts.summary(layout));
        return p.draw(footer(layout));
    }

    /**
     * Two layouts side by side on one address axis (the same address at the same height), what the
     * right one changes marked. {@code changes}: the diff in a few lines ({@link PlanDiff#outline}).
     */
    public static String renderDiff(GuestLayout left, String leftTitle, GuestLayout right, String rightTitle,
            List<String> changes) {
        Picture p = new Picture(List.of(new Side(left, "left: " + leftTitle), new Side(right, "right: " + rightTitle)));
        p.title("plan diff: " + leftTitle + " -> " + rightTitle);
        p.header("left:  " + LayoutFacts.summary(left));
        p.header("right: " + LayoutFacts.summary(right));
        List<Paragraph> footer = new ArrayList<>();
        footer.add(new Paragraph(changes.isEmpty() ? "No differences: the two plans are the same."
                : "What changes (the text form, without --format svg, prints every line):", FONT, "#000"));
        for (String c : changes) {
            footer.add(new Paragraph(c, FONT, "#000"));
        }
        return p.draw(footer);
    }

    private static List<Paragraph> footer(GuestLayout layout) {
        List<Paragraph> out = new ArrayList<>();
        for (String s : LayoutFacts.paragraphs(layout)) {
            out.add(new Paragraph(s, FONT, "#000"));
        }
        if (!layout.notes().isEmpty()) {
            out.add(new Paragraph("Why (the plan's notes):", SMALL, "#444"));
            for (String n : layout.notes()) {
                out.add(new Paragraph("- " + n, SMALL, "#444"));
            }
        }
        return out;
    }

    private record Side(GuestLayout layout, String heading) {
    }

    private record Paragraph(String text, double size, String fill) {
    }

    /** The drawing: measured first (widths, heights), then written once. */
    private static final class Picture {
        private final List<Side> sides;
        private final List<MapColumn> columns = new ArrayList<>();
        private final List<ColumnView> views = new ArrayList<>();
        private String title = "";
        private final List<String> header = new ArrayList<>();
        private final StringBuilder svg = new StringBuilder();
        private double width;
        private double maxY;
        /** The cuts made for thin ranges: the segments they bound are drawn flatter. */
        private TreeSet<Long> interior = new TreeSet<>(Long::compareUnsigned);

        Picture(List<Side> sides) {
            this.sides = sides;
            for (Side s : sides) {
                columns.add(new MapColumn(s.layout()));
            }
        }

        void title(String t) {
            title = t;
        }

        void header(String line) {
            header.add(line);
        }

        String draw(List<Paragraph> footer) {
            List<long[]> spans = AddressAxis.spans(columns);
            double[] heights = layoutBands(spans);
            TreeSet<Long> extra = thinRangeCuts(AddressAxis.place(spans, heights, 0));
            if (!extra.isEmpty()) {
                spans = AddressAxis.spans(columns, extra);
                interior = extra;
                heights = layoutBands(spans);
            }
            // the widths do not depend on where the map starts; measure them on a map at y = 0
            List<Double> starts = measureColumns(AddressAxis.place(spans, heights, 0));
            double y = drawHeading();
            double headingLines = 0;
            for (int i = 0; i < views.size(); i++) {
                headingLines = Math.max(headingLines, headings(i, starts).size());
            }
            double mapTop = y + 18 + LABEL_SPACING * headingLines;
            AddressAxis axis = AddressAxis.place(spans, heights, mapTop);
            maxY = axis.bottom() + 8;
            drawAxis(axis, starts);
            for (int i = 0; i < views.size(); i++) {
                List<String> hs = headings(i, starts);
                for (int k = 0; k < hs.size(); k++) {
                    text(starts.get(i), mapTop - 10 - LABEL_SPACING * (hs.size() - 1 - k), FONT, "start", "bold",
                            "#000", hs.get(k));
                }
                drawColumn(views.get(i), sides.get(i).layout(), axis, starts.get(i), views.size() == 2 ? i : -1);
            }
            double yFooter = legend(maxY + 22, spans);
            for (Paragraph p : footer) {
                int c = SvgText.fit(width - 2 * MARGIN, p.size());
                for (String line : SvgText.wrap(p.text(), c)) {
                    yFooter += p.size() + 4;
                    text(MARGIN, yFooter, p.size(), "start", null, p.fill(), line);
                }
                yFooter += 3;
            }
            return document(Math.ceil(yFooter + 14));
        }

        /**
         * A range drawn too thin to see gets segments of its own: its edges on the axis, its marker
         * as tall as a page band (the entry around it stays one band). The cuts, none when all are seen.
         */
        private TreeSet<Long> thinRangeCuts(AddressAxis first) {
            TreeSet<Long> extra = new TreeSet<>(Long::compareUnsigned);
            for (ColumnView v : views) {
                for (NamedRange r : v.loose) {
                    if (first.yStart(r.first()) - first.yEnd(r.last()) < THIN) {
                        extra.add(r.first());
                        if (r.last() != -1L) {
                            extra.add(r.last() + 1);
                        }
                    }
                }
            }
            return extra;
        }

        /** Where each column starts, after the axis labels and the columns before it; sets the width. */
        private List<Double> measureColumns(AddressAxis probe) {
            double axisWidth = 0;
            for (AddressAxis.Segment s : probe.segments()) {
                axisWidth = Math.max(axisWidth, SvgText.width(Hex.of(s.first()), FONT));
            }
            axisWidth = Math.max(axisWidth, SvgText.width(topLabel(probe), FONT));
            double x = MARGIN + axisWidth + 10;
            List<Double> starts = new ArrayList<>();
            for (ColumnView v : views) {
                starts.add(x);
                x = columnEnd(v, x, v.markers(probe, LABEL_SPACING)) + 24;
            }
            width = Math.max(MIN_WIDTH, x - 24 + MARGIN);
            return starts;
        }

        /** The title, the header lines and how to read the map; returns the y below them. */
        private double drawHeading() {
            int chars = SvgText.fit(width - 2 * MARGIN, FONT);
            double y = 6;
            for (String line : SvgText.wrap(title, SvgText.fit(width - 2 * MARGIN, 14))) {
                y += 18;
                text(MARGIN, y, 14, "start", "bold", "#000", line);
            }
            y += 6;
            for (String h : header) {
                for (String line : SvgText.wrap(h, chars)) {
                    y += 15;
                    text(MARGIN, y, FONT, "start", null, "#000", line);
                }
            }
            y += 15;
            text(MARGIN, y, SMALL, "start", null, "#555", "highest address at the top; a band's height grows with "
                    + "log2 of its size; the addresses on the left are band edges");
            return y;
        }

        /** The whole document around what was drawn. */
        private String document(double height) {
            StringBuilder out = new StringBuilder();
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SvgText.num(Math.ceil(width)))
                    .append("\" height=\"").append(SvgText.num(height)).append("\" viewBox=\"0 0 ")
                    .append(SvgText.num(Math.ceil(width))).append(' ').append(SvgText.num(height))
                    .append("\" font-family=\"").append(SvgText.FONT).append("\" font-size=\"").append(SvgText.num(FONT))
                    .append("\">\n");
            out.append("  <title>").append(SvgText.esc(title)).append("</title>\n");
            out.append("  <defs><pattern id=\"noentry\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
                    + "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fafafa\"/>"
                    + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#e0e0e0\" stroke-width=\"3\"/></pattern></defs>\n");
            out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
            out.append(svg);
            out.append("</svg>\n");
            return out.toString();
        }

        private List<String> headings(int i, List<Double> starts) {
            ColumnView v = views.get(i);
            GuestLayout l = sides.get(i).layout();
            double room = (i + 1 < starts.size() ? starts.get(i + 1) - 24 : width - MARGIN) - starts.get(i);
            int chars = SvgText.fit(room, FONT);
            List<String> out = new ArrayList<>();
            if (sides.get(i).heading() != null) {
                out.addAll(SvgText.wrap(sides.get(i).heading(), chars));
            }
            int n = l.e820().size();
            out.addAll(SvgText.wrap("guest E820: " + n + (n == 1 ? " entry" : " entries") + l.xenMemmap().map(m -> "; "
                    + "strip: Xen's memory map, " + m.size() + (m.size() == 1 ? " entry" : " entries")).orElse(""), chars));
            return out;
        }

        /** The columns' bands on these segments, and the segments' heights. */
        private double[] layoutBands(List<long[]> spans) {
            views.clear();
            for (int i = 0; i < columns.size(); i++) {
                views.add(new ColumnView(columns.get(i), spans, columns.size() == 2 ? columns.get(1 - i) : null));
            }
            return heights(spans);
        }

        /** Segment heights: log-scaled, raised where a band of any column needs room for its lines. */
        private double[] heights(List<long[]> spans) {
            double[] h = new double[spans.size()];
            for (int i = 0; i < h.length; i++) {
                long[] s = spans.get(i);
                boolean inner = interior.contains(s[0]) || (s[1] != -1L && interior.contains(s[1] + 1));
                h[i] = inner ? AddressAxis.innerHeight(s[0], s[1]) : AddressAxis.baseHeight(s[0], s[1]);
            }
            for (ColumnView v : views) {
                for (ColumnView.Band b : v.bands) {
                    int tallest = -1;
                    double sum = 0;
                    for (int i = 0; i < h.length; i++) {
                        if (within(spans.get(i), b)) {
                            sum += h[i];
                            tallest = tallest < 0 || h[i] > h[tallest] ? i : tallest;
                        }
                    }
                    // room for the band's lines, and for the labels of the markers inside it to sit beside them
                    double need = Math.max(b.need(), v.markersWithin(b) * LABEL_SPACING + 6);
                    if (tallest >= 0 && sum < need) {
                        h[tallest] += need - sum;
                    }
                }
            }
            return h;
        }

        private static boolean within(long[] span, ColumnView.Band b) {
            return Long.compareUnsigned(b.first(), span[0]) <= 0 && Long.compareUnsigned(span[1], b.last()) <= 0;
        }

        private static String topLabel(AddressAxis axis) {
            return axis.last() == -1L ? "0x10000000000000000" : Hex.of(axis.last() + 1);
        }

        private static double barX(double start) {
            return start + 11;
        }

        private double columnEnd(ColumnView v, double start, List<ColumnView.Marker> markers) {
            double lanesX = barX(start) + v.barWidth + 5;
            int lanes = 0;
            double label = 0;
            for (ColumnView.Marker m : markers) {
                lanes = Math.max(lanes, m.lane() + 1);
                label = Math.max(label, SvgText.width(m.range().label(), FONT));
            }
            return markers.isEmpty() ? lanesX : lanesX + lanes * LANE_W + 24 + label;
        }

        private void drawAxis(AddressAxis axis, List<Double> starts) {
            double right = MARGIN + (starts.get(0) - 10 - MARGIN);
            List<AddressAxis.Segment> segs = axis.segments();
            for (AddressAxis.Segment s : segs) {
                edge(axis, right, starts, s.bottom(), Hex.of(s.first()), s.first() == 1L << 32);
            }
            edge(axis, right, starts, axis.top(), topLabel(axis), false);
        }

        private void edge(AddressAxis axis, double right, List<Double> starts, double y, String label, boolean gib4) {
            text(right, y + 4, FONT, "end", gib4 ? "bold" : null, gib4 ? "#000" : "#333", label);
            double end = barX(starts.get(starts.size() - 1)) + views.get(views.size() - 1).barWidth;
            if (gib4 || starts.size() > 1) {
                line(right + 3, y, end, y, gib4 ? "#555" : "#ddd", gib4 ? 1 : 0.6, gib4 ? "4 3" : null);
            } else {
                line(right + 3, y, barX(starts.get(0)), y, "#999", 0.6, null);
            }
        }

        private void drawColumn(ColumnView v, GuestLayout layout, AddressAxis axis, double start, int side) {
            double bx = barX(start);
            layout.xenMemmap().ifPresent(m -> {
                for (E820Entry e : m.entries()) {
                    if (e.size() == 0) {
                        continue;
                    }
                    double top = axis.yEnd(e.last());
                    double bottom = axis.yStart(e.addr());
                    svg.append("  <rect x=\"").append(SvgText.num(start)).append("\" y=\"").append(SvgText.num(top))
                            .append("\" width=\"7\" height=\"").append(SvgText.num(Math.max(1, bottom - top)))
                            .append("\" fill=\"").append(ColumnView.typeFill(e.type()))
                            .append("\" stroke=\"#555\" stroke-width=\"0.5\"><title>")
                            .append(SvgText.esc("Xen memory map: " + e.type().label() + " " + Hex.of(e.addr()) + "-"
                                    + Hex.of(e.last())))
                            .append("</title></rect>\n");
                }
            });
            for (ColumnView.Band b : v.bands) {
                double top = axis.yEnd(b.last());
                double bottom = axis.yStart(b.first());
                String stroke = "#444";
                String sw = "0.6";
                String dash = null;
                if (b.changed()) {
                    stroke = side == 1 ? "#2e7d32" : "#c62828";
                    sw = "2.5";
                    dash = side == 1 ? null : "5 3";
                }
                svg.append("  <g class=\"band\">\n    <rect x=\"").append(SvgText.num(bx)).append("\" y=\"")
                        .append(SvgText.num(top)).append("\" width=\"").append(SvgText.num(v.barWidth))
                        .append("\" height=\"").append(SvgText.num(bottom - top)).append("\" fill=\"").append(b.fill())
                        .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(sw).append('"')
                        .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("><title>")
                        .append(SvgText.esc(Hex.of(b.first()) + "-" + Hex.of(b.last()) + " " + b.lines().get(0)))
                        .append("</title></rect>\n");
                double mid = (top + bottom) / 2;
                double first = mid - ColumnView.LINE * b.lines().size() / 2 + 9.5;
                for (int k = 0; k < b.lines().size(); k++) {
                    svg.append("  ");
                    text(bx + 7, first + k * ColumnView.LINE, FONT, "start", k == 0 ? "bold" : null, "#000",
                            b.lines().get(k));
                }
                svg.append("  </g>\n");
            }
            List<ColumnView.Marker> markers = v.markers(axis, LABEL_SPACING);
            double lanesX = bx + v.barWidth + 5;
            int lanes = 0;
            for (ColumnView.Marker m : markers) {
                lanes = Math.max(lanes, m.lane() + 1);
            }
            double labelX = lanesX + lanes * LANE_W + 24;
            for (ColumnView.Marker m : markers) {
                RegionKind k = m.range().kind();
                double mx = lanesX + m.lane() * LANE_W;
                double mid = (m.top() + m.bottom()) / 2;
                svg.append("  <g class=\"marker\">\n    <rect x=\"").append(SvgText.num(mx)).append("\" y=\"")
                        .append(SvgText.num(m.top())).append("\" width=\"").append(SvgText.num(LANE_W - 2))
                        .append("\" height=\"").append(SvgText.num(m.bottom() - m.top())).append("\" fill=\"")
                        .append(k.fill).append("\" stroke=\"").append(k.stroke).append("\" stroke-width=\"1.2\"/>\n");
                svg.append("    <polyline points=\"").append(SvgText.num(mx + LANE_W - 2)).append(',').append(SvgText.num(mid))
                        .append(' ').append(SvgText.num(lanesX + lanes * LANE_W + 4)).append(',').append(SvgText.num(mid))
                        .append(' ').append(SvgText.num(labelX - 4)).append(',').append(SvgText.num(m.labelY()))
                        .append("\" fill=\"none\" stroke=\"").append(k.stroke).append("\" stroke-width=\"0.8\"/>\n    ");
                String fill = "#000";
                String weight = null;
                if (m.changed()) {
                    fill = side == 1 ? "#1b5e20" : "#b71c1c";
                    weight = "bold";
                }
                text(labelX, m.labelY() + 4, FONT, "start", weight, fill, m.range().label());
                svg.append("  </g>\n");
                maxY = Math.max(maxY, m.labelY() + 8);
            }
        }

        /** The legend: one line per colour or mark the picture uses. */
        private double legend(double y, List<long[]> spans) {
            text(MARGIN, y, FONT, "start", "bold", "#000", "Legend");
            List<E820Type> types = new ArrayList<>();
            boolean gaps = false;
            boolean strip = false;
            Map<RegionKind, Set<String>> kinds = new LinkedHashMap<>();
            for (int i = 0; i < views.size(); i++) {
                ColumnView v = views.get(i);
                v.types().forEach(t -> {
                    if (!types.contains(t)) {
                        types.add(t);
                    }
                });
                for (ColumnView.Band b : v.bands) {
                    gaps |= b.isGap() && b.names().isEmpty();
                    b.names().forEach(n -> kinds.computeIfAbsent(n.kind(), k -> new LinkedHashSet<>()).add(legendName(n)));
                }
                for (NamedRange n : v.loose) {
                    kinds.computeIfAbsent(n.kind(), k -> new LinkedHashSet<>()).add(legendName(n));
                }
                strip |= sides.get(i).layout().xenMemmap().isPresent();
            }
            int chars = SvgText.fit(width - 2 * MARGIN - 22, FONT);
            for (E820Type t : types) {
                y = item(y, ColumnView.typeFill(t), "#444", "E820 type " + t.value() + ": " + t.label(), chars);
            }
            if (gaps) {
                y = item(y, "url(#noentry)", "#444", "no E820 entry: a hole in the guest's map", chars);
            }
            for (RegionKind k : RegionKind.values()) {
                Set<String> names = kinds.get(k);
                if (names == null) {
                    continue;
                }
                names.remove("");
                y = item(y, k.fill, k.stroke, k.title + (names.isEmpty() ? "" : ": " + String.join(", ", names)), chars);
            }
            if (strip) {
                y = item(y, "#ffffff", "#555", "the thin strip left of a bar: the map Xen is given (XENMEM_set_memory_map)",
                        chars);
            }
            if (views.size() == 2) {
                y = item(y, "#ffffff", "#2e7d32", "right: green outline, bold green label: not on the left "
                        + "(new, moved or resized)", chars);
                y = item(y, "#ffffff", "#c62828", "left: red dashed outline, bold red label: not on the right "
                        + "(gone, moved or resized)", chars);
            }
            boolean gib4 = spans.stream().anyMatch(s -> s[0] == 1L << 32);
            if (gib4) {
                y += 17;
                text(MARGIN, y, FONT, "start", null, "#000", views.size() == 2 ? "bold address and dashed line: 4 GiB"
                        : "bold address: 4 GiB");
            }
            return y + 8;
        }

        private static String legendName(NamedRange n) {
            return n.kind() == RegionKind.PMEM || n.kind() == RegionKind.OVERLAP ? "" : n.name();
        }

        private double item(double y, String fill, String stroke, String label, int chars) {
            List<String> lines = SvgText.wrap(label, chars);
            y += 17;
            svg.append("  <rect x=\"").append(SvgText.num(MARGIN)).append("\" y=\"").append(SvgText.num(y - 9))
                    .append("\" width=\"14\" height=\"11\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"1.2\"/>\n");
            for (int k = 0; k < lines.size(); k++) {
                text(MARGIN + 22, y + k * 15, FONT, "start", null, "#000", lines.get(k));
            }
            return y + (lines.size() - 1) * 15;
        }

        private void text(double x, double y, double size, String anchor, String weight, String fill, String s) {
            svg.append("  <text x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append('"');
            if (size != FONT) {
                svg.append(" font-size=\"").append(SvgText.num(size)).append('"');
            }
            if (!"start".equals(anchor)) {
                svg.append(" text-anchor=\"").append(anchor).append('"');
            }
            if (weight != null) {
                svg.append(" font-weight=\"").append(weight).append('"');
            }
            if (!"#000".equals(fill)) {
                svg.append(" fill=\"").append(fill).append('"');
            }
            svg.append('>').append(SvgText.esc(s)).append("</text>\n");
        }

        private void line(double x1, double y1, double x2, double y2, String stroke, double w, String dash) {
            svg.append("  <line x1=\"").append(SvgText.num(x1)).append("\" y1=\"").append(SvgText.num(y1))
                    .append("\" x2=\"").append(SvgText.num(x2)).append("\" y2=\"").append(SvgText.num(y2))
                    .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(SvgText.num(w)).append('"')
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>\n");
        }
    }
}
