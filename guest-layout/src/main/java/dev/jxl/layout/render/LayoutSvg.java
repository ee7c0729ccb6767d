package dev.jxl.layout.render;

import dev.jxl.layout.AddressRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.e820.Hex;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture of the guest-physical address space: one band per E820 entry and per gap, highest
 * address at the top. The axis is logarithmic in each band's size (height grows with log2 of the
 * size), so a 4 KiB page and a 4 TiB RAM entry are both visible and labelled. Overlapping entries
 * (PVH's low RSDP, e820_host quirks) are drawn as separate bands marked "overlaps". Pure text out.
 */
public final class LayoutSvg {
    private static final int WIDTH = 760;
    private static final int BAR_X = 150;
    private static final int BAR_W = 220;
    private static final int TOP = 50;

    private LayoutSvg() {
    }

    private record Band(long start, long end, String label, String fill) {
    }

    public static String render(GuestLayout layout) {
        List<Band> bands = bands(layout.e820().sorted());
        List<Integer> heights = new ArrayList<>();
        int total = 0;
        for (Band b : bands) {
            long size = b.end - b.start;
            int h = 16 + (int) Math.round(5 * log2(Math.max(1.0, (double) Long.divideUnsigned(size, 4096) + (size == 0 ? 0 : 1))));
            heights.add(h);
            total += h;
        }
        int height = TOP + total + 40;
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"monospace\" font-size=\"11\">\n");
        s.append("  <title>").append(esc(layout.type().libxlName())).append(" guest layout</title>\n");
        s.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("  <text x=\"10\" y=\"20\" font-size=\"13\" font-weight=\"bold\">").append(esc(layout.type().libxlName()))
                .append(" guest: ").append(esc(ByteSize.of(layout.ramKib() << 10))).append(" RAM, MMIO hole ")
                .append(esc(layout.mmioHole().toString())).append("</text>\n");
        s.append("  <text x=\"10\" y=\"36\" fill=\"#555\">log-scaled axis: band height grows with log2 of the size; "
                + "highest address at the top</text>\n");
        int y = TOP + total;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            int h = heights.get(i);
            y -= h;
            s.append("  <g class=\"band\">\n");
            s.append("    <rect x=\"").append(BAR_X).append("\" y=\"").append(y).append("\" width=\"").append(BAR_W)
                    .append("\" height=\"").append(h).append("\" fill=\"").append(b.fill)
                    .append("\" stroke=\"black\" stroke-width=\"0.5\"/>\n");
            s.append("    <text x=\"").append(BAR_X - 6).append("\" y=\"").append(y + h).append("\" text-anchor=\"end\">")
                    .append(Hex.of(b.start)).append("</text>\n");
            s.append("    <text x=\"").append(BAR_X + BAR_W + 8).append("\" y=\"").append(y + h / 2 + 4).append("\">")
                    .append(esc(b.label + "  " + ByteSize.of(b.end - b.start))).append("</text>\n");
            s.append("  </g>\n");
        }
        s.append("  <text x=\"10\" y=\"").append(height - 14).append("\">regions: ");
        List<String> names = new ArrayList<>();
        for (AddressRange r : layout.regions()) {
            names.add(r.name() + "@" + Hex.plain(r.start()));
        }
        s.append(esc(String.join(", ", names.subList(0, Math.min(6, names.size()))))).append("</text>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private static List<Band> bands(E820Map sorted) {
        List<Band> out = new ArrayList<>();
        long reach = 0;
        for (E820Entry e : sorted.entries()) {
            if (e.size() == 0) {
                continue;
            }
            if (Long.compareUnsigned(e.addr(), reach) > 0) {
                out.add(new Band(reach, e.addr(), "(hole)", "#f4f4f4"));
            }
            boolean overlaps = Long.compareUnsigned(e.addr(), reach) < 0;
            out.add(new Band(e.addr(), e.end(), e.type().label() + (overlaps ? " (overlaps)" : ""), fill(e.type())));
            if (Long.compareUnsigned(e.end(), reach) > 0 || e.end() == 0) {
                reach = e.end();
            }
        }
        return out;
    }

    private static String fill(E820Type t) {
        return switch (t.code()) {
            case 1 -> "#8fd18f";
            case 2 -> "#c9c9c9";
            case 3 -> "#f2c46d";
            case 4 -> "#e89a5c";
            case 5 -> "#d77";
            case 7, 12 -> "#8fb3e8";
            default -> "#b58fe8";
        };
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
