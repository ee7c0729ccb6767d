package dev.jxl.layout;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import java.util.List;

final class TestHosts {
    private TestHosts() {
    }

    static E820Entry e(long start, long end, int type) {
        return E820Entry.range(start, end, E820Type.of(type));
    }

    /** The host map of layout.md §3.5. */
    static final E820Map NOTE_HOST_MAP = E820Map.of(
            e(0x000000000L, 0x00009c000L, 1), e(0x00009c000L, 0x0000a0000L, 2), e(0x0000e0000L, 0x000100000L, 2),
            e(0x000100000L, 0x0bf780000L, 1), e(0x0bf780000L, 0x0bf798000L, 3), e(0x0bf798000L, 0x0bf7a0000L, 4),
            e(0x0bf7a0000L, 0x0bf7b0000L, 2), e(0x0bf7b0000L, 0x0bf800000L, 1), e(0x0bf800000L, 0x0c0000000L, 2),
            e(0x0e0000000L, 0x0f0000000L, 2), e(0x0fec00000L, 0x0fec01000L, 2), e(0x0fee00000L, 0x0fee01000L, 2),
            e(0x0ff000000L, 0x100000000L, 2), e(0x100000000L, 0x440000000L, 1));

    static Host host(E820Map map) {
        return new Host("4.17", 64, 256L << 20, 250L << 20, 46, 128 * 1024, map, List.of(), List.of());
    }

    static Host noteHost() {
        return host(NOTE_HOST_MAP);
    }
}
