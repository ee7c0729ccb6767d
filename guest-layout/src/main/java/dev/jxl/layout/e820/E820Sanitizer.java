package dev.jxl.layout.e820;

import java.util.ArrayList;
import java.util.List;

/**
 * A literal port of libxl's {@code e820_sanitize} (tools/libs/light/libxl_x86.c, Xen 4.17): the PV
 * guest map built from the host's machine memory map when {@code e820_host} is on. Every quirk of
 * the C is kept on purpose, each named where it happens:
 * <ul>
 * <li>entries whose {@code addr <= 0x100000} are dropped, so host RAM starting exactly at 1 MiB goes too;</li>
 * <li>{@code last} stores a boolean ({@code a+s > last}) instead of the end, so relocated RAM always starts at 4 GiB;</li>
 * <li>host UNUSABLE entries are zeroed before the gap search, so only host RAM turned UNUSABLE here can be stretched;</li>
 * <li>with no non-RAM host entry at all, {@code start} stays ~0 and the gap filler runs to 2^64 − 1;</li>
 * <li>nothing is sorted and overlaps are not checked (host entries above 4 GiB may overlap the relocated RAM);</li>
 * <li>the local array has E820MAX (128) slots and no bounds check: a longer result would overrun it.</li>
 * </ul>
 * Values are unsigned 64-bit as in C (compared with {@link Long#compareUnsigned}).
 */
public final class E820Sanitizer {
    /** E820MAX in libxl (tools/libs/light/libxl_internal.h via xenctrl): the array sizes. */
    public static final int E820MAX = 128;
    private static final long FOUR_GIB = 1L << 32;

    private E820Sanitizer() {
    }

    /** What went wrong, by libxl's error code. */
    public enum Failure { ERROR_INVAL, ERROR_NOMEM, ARRAY_OVERRUN }

    /**
     * The outcome: the guest map, or the failure; plus the intermediate values libxl logs at
     * debug level ({@code start}, {@code delta_kb}, {@code ram_end}), which the planner's notes quote.
     */
    public record Result(E820Map map, Failure failure, long start, long deltaKb, long ramEnd) {
        public boolean ok() {
            return failure == null;
        }
    }

    public static Result sanitize(List<E820Entry> host, long mapLimitKb, long balloonKb) {
        int nr = host.size();
        if (nr == 0 || mapLimitKb == 0) {
            return new Result(null, Failure.ERROR_INVAL, 0, 0, 0);
        }
        if (nr > E820MAX) {
            return new Result(null, Failure.ERROR_NOMEM, 0, 0, 0);
        }
        HostEntries src = new HostEntries(host);
        src.weedOutBelow1MiB();
        long start = src.lowestNonRam();
        long last = src.lastQuirk();
        long startKb = 0;
        if (Long.compareUnsigned(start, 1024) > 0) {
            startKb = start >>> 10;
        }

        List<long[]> out = new ArrayList<>(); // {addr, size, type}
        long ram0Size = mapLimitKb << 10;
        long deltaKb = 0;
        if (startKb != 0 && Long.compareUnsigned(mapLimitKb, startKb) > 0) {
            deltaKb = mapLimitKb - startKb;
            if (deltaKb != 0) {
                ram0Size -= deltaKb << 10;
            }
        }
        long ramEnd = ram0Size;
        out.add(new long[] {0, ram0Size, RAM});

        src.turnRamBeyondGuestUnusable(ramEnd);
        // Plug the gap between the guest's RAM and the first host region, so Linux does not take it as PCI space.
        if (Long.compareUnsigned(start, ramEnd) > 0 && !src.stretchUnusableAt(ramEnd, start)) {
            out.add(new long[] {ramEnd, start - ramEnd, UNUSABLE});
        }
        src.addNonRam(out);
        if (balloonKb != 0 || deltaKb != 0) {
            // Quirk kept: last is 0 or 1 here, so this is always 4 GiB.
            long at = Long.compareUnsigned(FOUR_GIB, last) > 0 ? FOUR_GIB : last;
            out.add(new long[] {at, (deltaKb << 10) + (balloonKb << 10), RAM});
        }
        if (out.size() > E820MAX) {
            return new Result(null, Failure.ARRAY_OVERRUN, start, deltaKb, ramEnd);
        }
        List<E820Entry> entries = new ArrayList<>(out.size());
        for (long[] e : out) {
            entries.add(new E820Entry(e[0], e[1], E820Type.of((int) e[2])));
        }
        return new Result(new E820Map(entries), null, start, deltaKb, ramEnd);
    }

    private static final int RAM = E820Type.RAM.code();
    private static final int UNUSABLE = E820Type.UNUSABLE.code();

    /** libxl's working copy of the host entries (its {@code src[]}), changed in place step by step; type 0: dropped. */
    private static final class HostEntries {
        final int nr;
        final long[] addr;
        final long[] size;
        final int[] type;

        HostEntries(List<E820Entry> host) {
            nr = host.size();
            addr = new long[nr];
            size = new long[nr];
            type = new int[nr];
            for (int i = 0; i < nr; i++) {
                addr[i] = host.get(i).addr();
                size[i] = host.get(i).size();
                type[i] = host.get(i).type().code();
            }
        }

        /** "Weed out anything under 1MB": the test is addr > 0x100000 to keep, so 1 MiB itself goes. */
        void weedOutBelow1MiB() {
            for (int i = 0; i < nr; i++) {
                if (Long.compareUnsigned(addr[i], 0x100000L) > 0) {
                    continue;
                }
                type[i] = 0;
                size[i] = 0;
                addr[i] = -1L;
            }
        }

        private boolean isRegion(int i) {
            return type[i] != RAM && type[i] != UNUSABLE && type[i] != 0;
        }

        /** The first host region that is not RAM or unusable ({@code start}); ~0 when there is none. */
        long lowestNonRam() {
            long start = -1L;
            for (int i = 0; i < nr; i++) {
                if (isRegion(i)) {
                    start = Long.compareUnsigned(addr[i], start) < 0 ? addr[i] : start;
                }
            }
            return start;
        }

        /** libxl's {@code last}. Quirk kept: it stores the comparison's result (0 or 1), not the end. */
        long lastQuirk() {
            long last = 0;
            for (int i = 0; i < nr; i++) {
                if (isRegion(i)) {
                    long end = addr[i] + size[i];
                    last = Long.compareUnsigned(end, last) > 0 ? (Long.compareUnsigned(end, last) > 0 ? 1 : 0) : last;
                }
            }
            return last;
        }

        /** The IGD-era fix-up: host RAM below 4 GiB beyond the guest's RAM becomes UNUSABLE. */
        void turnRamBeyondGuestUnusable(long ramEnd) {
            for (int i = 0; i < nr; i++) {
                long end = addr[i] + size[i];
                if (type[i] == UNUSABLE || Long.compareUnsigned(end, ramEnd) < 0) {
                    type[i] = 0;
                    continue;
                }
                if (type[i] != RAM || Long.compareUnsigned(addr[i], FOUR_GIB) >= 0) {
                    continue;
                }
                if (Long.compareUnsigned(addr[i], ramEnd) < 0) {
                    type[i] = UNUSABLE;
                    long delta = ramEnd - addr[i];
                    if (Long.compareUnsigned(size[i], delta) < 0) {
                        type[i] = 0;
                    } else {
                        size[i] -= delta;
                        addr[i] = ramEnd;
                    }
                    if (addr[i] + size[i] != end) {
                        type[i] = 0; // libxl: "Computed E820 wrongly. Continuing on."
                    }
                }
                if (Long.compareUnsigned(end, ramEnd) > 0) {
                    type[i] = UNUSABLE;
                }
            }
        }

        /** Stretches the first UNUSABLE entry at {@code ramEnd} to {@code start}; false when there is none. */
        boolean stretchUnusableAt(long ramEnd, long start) {
            for (int i = 0; i < nr; i++) {
                if (type[i] != UNUSABLE || ramEnd != addr[i]) {
                    continue;
                }
                if (start != addr[i] + size[i]) {
                    size[i] = start - addr[i];
                }
                return true;
            }
            return false;
        }

        /** Every entry left that is not RAM, in host order. */
        void addNonRam(List<long[]> out) {
            for (int i = 0; i < nr; i++) {
                if (type[i] != RAM && type[i] != 0) {
                    out.add(new long[] {addr[i], size[i], type[i]});
                }
            }
        }
    }
}
