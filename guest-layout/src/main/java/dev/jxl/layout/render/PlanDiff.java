package dev.jxl.layout.render;

import dev.jxl.layout.AddressRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.VnvdimmPlacement;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changes between two plans (two configs, or one config on two hosts), for an admin about to
 * change {@code memory}, {@code mmio_hole} or add a vNVDIMM: the summary values that moved, then each
 * part of the layout in a unified form ({@code -} left only, {@code +} right only, context
 * unmarked): the guest E820 and Xen's map (an entry that moved or was resized says by how much), the
 * named regions matched by name, the vNVDIMMs by index, the pmem extents, the xenstore nodes by path,
 * the build steps (unnumbered), and the notes. Only the parts that differ are printed.
 */
public final class PlanDiff {
    /** One side: what to call it, its layout and its build plan. */
    public record Side(String label, GuestLayout layout, BuildPlan plan) {
        public Side {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(plan, "plan");
        }
    }

    private static final int CONTEXT = 3;

    private PlanDiff() {
    }

    /** One part of the diff: its heading and its lines (none when the part is the same on both sides). */
    private record Section(String title, List<String> lines) {
    }

    /** The whole diff as text; {@code on} says where both were planned ("" when it is in the labels). */
    public static String text(Side left, Side right, String on) {
        StringBuilder b = new StringBuilder();
        b.append("--- ").append(left.label()).append('\n');
        b.append("+++ ").append(right.label()).append('\n');
        if (!on.isEmpty()) {
            b.append(on).append('\n');
        }
        boolean any = false;
        for (Section s : sections(left, right)) {
            if (s.lines().isEmpty()) {
                continue;
            }
            any = true;
            b.append('\n').append(s.title()).append('\n');
            for (String line : s.lines()) {
                b.append("  ").append(line).append('\n');
            }
        }
        return b.append(any ? "" : "\nno differences: the two plans are the same\n").toString();
    }

    /**
     * The diff in a few lines, for under a picture: the summary values that changed, then each other
     * part that differs with how many lines went and came. Empty when the plans are the same.
     */
    public static List<String> outline(Side left, Side right) {
        List<String> out = new ArrayList<>();
        for (Section s : sections(left, right)) {
            if (s.title().equals("summary:")) {
                out.addAll(s.lines());
                continue;
            }
            long gone = s.lines().stream().filter(l -> l.startsWith("- ")).count();
            long came = s.lines().stream().filter(l -> l.startsWith("+ ")).count();
            if (gone + came > 0) {
                out.add(s.title().replaceAll(":$", "") + ": " + gone + (gone == 1 ? " line" : " lines")
                        + " only on the left, " + came + " only on the right");
            }
        }
        return out;
    }

    private static List<Section> sections(Side left, Side right) {
        GuestLayout l = left.layout();
        GuestLayout r = right.layout();
        return List.of(new Section("summary:", summary(l, r)),
                new Section("guest E820 (" + count(l.e820().size(), r.e820().size()) + "):", e820(l.e820(), r.e820())),
                new Section("Xen memory map (XENMEM_set_memory_map, " + count(l.xenMemmap().map(E820Map::size).orElse(0),
                        r.xenMemmap().map(E820Map::size).orElse(0)) + "):", e820(l.xenMemmap().orElse(E820Map.of()),
                        r.xenMemmap().orElse(E820Map.of()))),
                new Section("regions:", regions(l.regions(), r.regions())),
                new Section("vnvdimms:", keyed(l.vnvdimms(), r.vnvdimms(), VnvdimmPlacement::index,
                        VnvdimmPlacement::toString)),
                new Section("pmem extents (XENMEM_populate_pmem_map):", unified(lines(l.pmemExtents(), PmemExtent::toString),
                        lines(r.pmemExtents(), PmemExtent::toString), CONTEXT)),
                new Section("dm-acpi area:", pair(l.dmAcpi().map(Object::toString).orElse("none"),
                        r.dmAcpi().map(Object::toString).orElse("none"))),
                new Section("xenstore (the layout's nodes):", keyed(l.xenstore(), r.xenstore(), XenstoreWrite::path,
                        XenstoreWrite::toString)),
                new Section("build steps (" + (left.plan().size() == right.plan().size() ? left.plan().size()
                        : left.plan().size() + " -> " + right.plan().size()) + "):", stepLines(left.plan(), right.plan())),
                new Section("notes (why):", unified(l.notes(), r.notes(), 0)));
    }

    /** The summary values that differ, one line each ({@code key: left -> right}); empty when none does. */
    public static List<String> summary(GuestLayout l, GuestLayout r) {
        List<String> out = new ArrayList<>();
        change(out, "type", l.type().libxlName(), r.type().libxlName(), "");
        long dRam = (r.ramKib() - l.ramKib()) << 10;
        change(out, "ram", ByteSize.of(l.ramKib() << 10), ByteSize.of(r.ramKib() << 10), dRam == 0 ? "" : " (" + signed(dRam) + ")");
        change(out, "lowmem_end", Hex.of(l.lowmemEnd()) + " (" + Sizes.text(l.lowmemEnd()) + ")",
                Hex.of(r.lowmemEnd()) + " (" + Sizes.text(r.lowmemEnd()) + ")", l.lowmemEnd() == r.lowmemEnd() ? ""
                        : " (" + signed(r.lowmemEnd() - l.lowmemEnd()) + ")");
        change(out, "highmem_end", high(l), high(r), "");
        change(out, "mmio_hole", l.mmioHole().toString(), r.mmioHole().toString(), "");
        change(out, "vnvdimms", vnvdimms(l), vnvdimms(r), "");
        return out;
    }

    private static String high(GuestLayout l) {
        return l.highmemEnd() == 0 || Long.compareUnsigned(l.highmemEnd(), 1L << 32) <= 0 ? "none (no RAM above 4 GiB)"
                : Hex.of(l.highmemEnd()) + " (" + Sizes.text(l.highmemEnd() - (1L << 32)) + " above 4 GiB)";
    }

    private static String vnvdimms(GuestLayout l) {
        long data = 0;
        for (VnvdimmPlacement v : l.vnvdimms()) {
            data += v.dataBytes();
        }
        return l.vnvdimms().size() + (l.vnvdimms().isEmpty() ? "" : " (" + ByteSize.of(data) + " of data)");
    }

    private static void change(List<String> out, String key, String left, String right, String delta) {
        if (!left.equals(right)) {
            out.add(String.format("%-12s %s -> %s%s", key + ":", left, right, delta));
        }
    }

    private static String signed(long bytes) {
        return (bytes < 0 ? "-" : "+") + Sizes.text(Math.abs(bytes));
    }

    private static String count(int a, int b) {
        return a == b ? a + (a == 1 ? " entry" : " entries") : a + " -> " + b + " entries";
    }

    private static List<String> pair(String left, String right) {
        return left.equals(right) ? List.of() : List.of("- " + left, "+ " + right);
    }

    private static <T> List<String> lines(List<T> items, Function<T, String> text) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(text.apply(i)));
        return out;
    }

    /** An E820 map in unified form, without indices (an insertion renumbers every entry after it). */
    private static List<String> e820(E820Map a, E820Map b) {
        List<LineDiff.Edit> edits = LineDiff.of(a.entries(), b.entries());
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (E820Entry e : a.entries()) {
            left.add(entry(e));
        }
        List<String> notes = new ArrayList<>();
        for (E820Entry e : b.entries()) {
            right.add(entry(e));
            notes.add(null);
        }
        // in one run of changes, a removed and an added entry of the same type that share bytes or an
        // edge, or else have the same size, are one entry that moved or was resized
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i <= edits.size(); i++) {
            LineDiff.Edit e = i < edits.size() ? edits.get(i) : null;
            if (e != null && e.op() == LineDiff.Op.REMOVE) {
                removed.add(e.left());
            } else if (e != null && e.op() == LineDiff.Op.ADD) {
                added.add(e.right());
            } else {
                pair(a, b, removed, added, notes, true);
                pair(a, b, removed, added, notes, false);
                removed.clear();
                added.clear();
            }
        }
        List<String> annotated = new ArrayList<>();
        for (int i = 0; i < right.size(); i++) {
            annotated.add(notes.get(i) == null ? right.get(i) : right.get(i) + "   (" + notes.get(i) + ")");
        }
        return render(edits, left, annotated, CONTEXT);
    }

    private static void pair(E820Map a, E820Map b, List<Integer> removed, List<Integer> added, List<String> notes,
            boolean touching) {
        for (int j : new ArrayList<>(added)) {
            E820Entry now = b.get(j);
            for (int k = 0; k < removed.size(); k++) {
                E820Entry was = a.get(removed.get(k));
                // an edge kept is one entry resized; moved (overlapping, or of the same size) only where the
                // run has as many entries of the type on each side: one page moved down, not one host's
                // reserved entry taken for another's
                boolean edge = was.addr() == now.addr() || was.end() == now.end();
                boolean even = count(a, removed, now.type()) == count(b, added, now.type());
                boolean same = touching ? edge || (even && was.overlaps(now)) : even && was.size() == now.size();
                if (was.type().equals(now.type()) && same) {
                    notes.set(j, moved(was.addr(), was.end(), now.addr(), now.end()));
                    removed.remove(k);
                    added.remove((Integer) j);
                    break;
                }
            }
        }
    }

    private static int count(E820Map m, List<Integer> at, E820Type type) {
        int n = 0;
        for (int i : at) {
            n += m.get(i).type().equals(type) ? 1 : 0;
        }
        return n;
    }

    private static String entry(E820Entry e) {
        return String.format("%s-%s %12s  %s", Hex.of(e.addr()), Hex.of(e.last()), ByteSize.of(e.size()), e.type().label());
    }

    /** How a range changed: moved (same size), or which edge moved by how much. */
    private static String moved(long start, long end, long newStart, long newEnd) {
        long ds = newStart - start;
        long de = newEnd - end;
        if (ds == de) {
            return "moved " + signed(ds);
        }
        if (ds == 0) {
            return "end " + signed(de);
        }
        if (de == 0) {
            return "start " + signed(ds);
        }
        return "start " + signed(ds) + ", end " + signed(de);
    }

    /** Regions matched by name: moved or resized ones say how, then the ones only one side has. */
    private static List<String> regions(List<AddressRange> a, List<AddressRange> b) {
        Map<String, AddressRange> left = new LinkedHashMap<>();
        a.forEach(r -> left.putIfAbsent(r.name(), r));
        Map<String, AddressRange> right = new LinkedHashMap<>();
        b.forEach(r -> right.putIfAbsent(r.name(), r));
        List<String> out = new ArrayList<>();
        int same = 0;
        for (AddressRange r : right.values()) {
            AddressRange was = left.get(r.name());
            if (was == null) {
                out.add("+ " + r);
            } else if (was.start() != r.start() || was.end() != r.end()) {
                out.add("- " + was);
                out.add("+ " + r + "   (" + moved(was.start(), was.end(), r.start(), r.end()) + ")");
            } else {
                same++;
            }
        }
        for (AddressRange was : left.values()) {
            if (!right.containsKey(was.name())) {
                out.add("- " + was);
            }
        }
        if (!out.isEmpty() && same > 0) {
            out.add("(" + same + " more unchanged)");
        }
        return out;
    }

    /** Items matched by a key (vNVDIMM index, xenstore path): changed, added, removed. */
    private static <T, K> List<String> keyed(List<T> a, List<T> b, Function<T, K> key, Function<T, String> text) {
        Map<K, T> left = new LinkedHashMap<>();
        a.forEach(i -> left.putIfAbsent(key.apply(i), i));
        Map<K, T> right = new LinkedHashMap<>();
        b.forEach(i -> right.putIfAbsent(key.apply(i), i));
        List<String> out = new ArrayList<>();
        for (Map.Entry<K, T> e : right.entrySet()) {
            T was = left.get(e.getKey());
            String now = text.apply(e.getValue());
            if (was == null) {
                out.add("+ " + now);
            } else if (!text.apply(was).equals(now)) {
                out.add("- " + text.apply(was));
                out.add("+ " + now);
            }
        }
        for (Map.Entry<K, T> e : left.entrySet()) {
            if (!right.containsKey(e.getKey())) {
                out.add("- " + text.apply(e.getValue()));
            }
        }
        return out;
    }

    /** Build steps by their text, unnumbered: a step added renumbers all after it. */
    private static List<String> stepLines(BuildPlan a, BuildPlan b) {
        List<String> left = new ArrayList<>();
        for (BuildStep s : a.steps()) {
            left.add(s.line());
        }
        List<String> right = new ArrayList<>();
        for (BuildStep s : b.steps()) {
            right.add(s.line());
        }
        return unified(left, right, CONTEXT);
    }

    private static List<String> unified(List<String> a, List<String> b, int context) {
        return render(LineDiff.of(a, b), a, b, context);
    }

    /** The edits as lines, with {@code context} unchanged lines around each change and "..." for the rest. */
    private static List<String> render(List<LineDiff.Edit> edits, List<String> left, List<String> right, int context) {
        if (!LineDiff.changed(edits)) {
            return List.of();
        }
        boolean[] show = new boolean[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).op() != LineDiff.Op.KEEP) {
                for (int k = Math.max(0, i - context); k <= Math.min(edits.size() - 1, i + context); k++) {
                    show[k] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        boolean skipped = false;
        for (int i = 0; i < edits.size(); i++) {
            LineDiff.Edit e = edits.get(i);
            if (!show[i]) {
                skipped = true;
                continue;
            }
            if (skipped && context > 0) {
                out.add("  ...");
                skipped = false;
            }
            out.add(switch (e.op()) {
                case KEEP -> "  " + right.get(e.right());
                case REMOVE -> "- " + left.get(e.left());
                case ADD -> "+ " + right.get(e.right());
            });
        }
        if (skipped && context > 0) {
            out.add("  ...");
        }
        return out;
    }
}
