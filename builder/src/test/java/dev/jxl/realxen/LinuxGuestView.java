package dev.jxl.realxen;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a Linux PV or PVH guest prints of the map the toolstack gave it: Linux reserves the ISA range
 * [0xa0000, 0x100000) itself (arch/x86/xen/setup.c for PV, arch/x86/platform/pvh/enlighten.c for
 * PVH), then e820__update_table sorts the map, gives each overlap to the higher type number and
 * merges neighbours of one type. This is the guest kernel's doing, not libxl's: the planned map is
 * compared with the printed one through it.
 */
final class LinuxGuestView {
    static final long ISA_START = 0xa0000;
    static final long ISA_END = 0x100000;

    private LinuxGuestView() {
    }

    static E820Map of(E820Map given) {
        List<E820Entry> all = new ArrayList<>(given.entries());
        all.add(E820Entry.range(ISA_START, ISA_END, E820Type.RESERVED));
        return sanitize(all);
    }

    /** e820__update_table: every boundary splits, each piece takes the highest type covering it. */
    static E820Map sanitize(List<E820Entry> entries) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (E820Entry e : entries) {
            cuts.add(e.addr());
            cuts.add(e.end());
        }
        List<E820Entry> out = new ArrayList<>();
        Long prev = null;
        for (long cut : cuts) {
            if (prev != null) {
                int type = 0;
                for (E820Entry e : entries) {
                    if (e.addr() <= prev && e.end() >= cut) {
                        type = Math.max(type, e.type().code());
                    }
                }
                if (type != 0) {
                    E820Entry last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last.end() == prev && last.type().code() == type) {
                        out.set(out.size() - 1, E820Entry.range(last.addr(), cut, last.type()));
                    } else {
                        out.add(E820Entry.range(prev, cut, E820Type.of(type)));
                    }
                }
            }
            prev = cut;
        }
        return new E820Map(out);
    }
}
