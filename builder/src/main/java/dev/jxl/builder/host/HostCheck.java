package dev.jxl.builder.host;

import dev.jxl.builder.json.JsonPath;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.host.ReservedDeviceMemory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What Xen would never report of a machine, found in a well-typed host: a description is a document
 * of what Xen says, so everything Xen guarantees about its own answer holds in it. Each problem names
 * its place by a path relative to the description's root, for the reader to position.
 *
 * <ul>
 *   <li>The machine memory map (XENMEM_machine_memory_map) is Xen's E820 after {@code sanitize_e820_map}:
 *       not empty, no zero-length entry, no two entries sharing a byte, every type a real one (not 0).</li>
 *   <li>RAM and pmem lie below 2^paddr_bits: the CPUs cannot address anything above.</li>
 *   <li>{@code memory_kib} (physinfo total_pages) counts E820 RAM, so it is at most the map's RAM.</li>
 *   <li>pmem regions (NFIT SPA ranges) never overlap each other or E820 RAM.</li>
 *   <li>Reserved device memory (RMRRs) never overlaps: Xen's {@code acpi_parse_one_rmrr} refuses
 *       overlapping RMRRs with -EEXIST.</li>
 * </ul>
 */
public final class HostCheck {
    private HostCheck() {
    }

    /** One thing Xen would never report, at {@code path} (relative to the description). */
    public record Problem(JsonPath path, String what) {
        @Override
        public String toString() {
            return path + ": " + what;
        }
    }

    public static List<Problem> problems(Host h) {
        List<Problem> out = new ArrayList<>();
        List<E820Entry> e820 = h.e820().entries();
        JsonPath map = JsonPath.of("e820");
        long limit = h.addressLimit();
        if (e820.isEmpty()) {
            out.add(new Problem(map, "empty; Xen's machine memory map holds at least the RAM it boots from"));
        }
        for (int i = 0; i < e820.size(); i++) {
            E820Entry e = e820.get(i);
            if (e.size() == 0) {
                out.add(new Problem(map.index(i).key("size"), "0: a zero-length entry (Xen's sanitize_e820_map drops"
                        + " them, so its map never holds one)"));
            }
            if (e.type().code() == 0) {
                out.add(new Problem(map.index(i).key("type"), "0 is no E820 type (1 is RAM, 2 reserved, ...)"));
            }
            if (e.is(E820Type.RAM) && e.size() != 0 && Long.compareUnsigned(e.end(), limit) > 0) {
                out.add(new Problem(map.index(i), "RAM " + range(e) + " reaches beyond " + Hex.plain(limit)
                        + ", the top of the host's " + h.paddrBits() + "-bit physical address space (paddr_bits)"));
            }
        }
        overlaps(e820, out);
        long ramKib = 0;
        for (E820Entry e : e820) {
            if (e.is(E820Type.RAM)) {
                ramKib = saturatedAdd(ramKib, e.size() >>> 10);
            }
        }
        if (h.memoryKib() > ramKib) {
            out.add(new Problem(JsonPath.of("memory_kib"), h.memoryKib() + " KiB is more than the " + ramKib
                    + " KiB of RAM in the E820 map (Xen's total_pages counts E820 RAM only)"));
        }
        pmem(h, e820, out);
        List<ReservedDeviceMemory> rdm = h.rdm();
        for (int j = 0; j < rdm.size(); j++) {
            ReservedDeviceMemory r = rdm.get(j);
            for (int i = 0; i < j; i++) {
                ReservedDeviceMemory o = rdm.get(i);
                if (r.start() < o.end() && o.start() < r.end()) {
                    out.add(new Problem(JsonPath.of("rdm").index(j), range(r.start(), r.size()) + " overlaps rdm[" + i + "] "
                            + range(o.start(), o.size()) + " (Xen refuses overlapping RMRRs, -EEXIST)"));
                    break;
                }
            }
            if (Long.compareUnsigned(r.end(), limit) > 0) {
                out.add(new Problem(JsonPath.of("rdm").index(j), range(r.start(), r.size()) + " reaches beyond "
                        + Hex.plain(limit) + ", the top of the host's " + h.paddrBits() + "-bit physical address space"));
            }
        }
        return out;
    }

    /** Every entry that shares a byte with an earlier one (in address order), naming the first it meets. */
    private static void overlaps(List<E820Entry> e820, List<Problem> out) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < e820.size(); i++) {
            if (e820.get(i).size() != 0) {
                order.add(i);
            }
        }
        order.sort(new ByAddress(e820));
        int reach = -1; // of the entries so far, the one reaching highest
        java.util.Set<Integer> blamed = new java.util.HashSet<>(); // each entry is reported once, with the first it meets
        for (int i : order) {
            E820Entry e = e820.get(i);
            if (reach >= 0 && Long.compareUnsigned(e.addr(), e820.get(reach).last()) <= 0
                    && blamed.add(Math.max(i, reach))) {
                E820Entry a = e820.get(Math.min(i, reach));
                E820Entry b = e820.get(Math.max(i, reach));
                String what = a.equals(b) ? "repeats e820[" + Math.min(i, reach) + "] " + describe(a)
                        : describe(b) + " overlaps e820[" + Math.min(i, reach) + "] " + describe(a);
                out.add(new Problem(JsonPath.of("e820").index(Math.max(i, reach)), what
                        + " (Xen's sanitize_e820_map leaves no two entries sharing a byte)"));
            }
            if (reach < 0 || Long.compareUnsigned(e.last(), e820.get(reach).last()) > 0) {
                reach = i;
            }
        }
    }

    /** Indices of E820 entries by address, then index (a class: the sim checks its host on every state read). */
    private record ByAddress(List<E820Entry> e820) implements Comparator<Integer> {
        @Override
        public int compare(Integer i, Integer j) {
            int c = Long.compareUnsigned(e820.get(i).addr(), e820.get(j).addr());
            return c != 0 ? c : Integer.compare(i, j);
        }
    }

    private static void pmem(Host h, List<E820Entry> e820, List<Problem> out) {
        List<PmemRegion> pmem = h.pmem();
        for (int j = 0; j < pmem.size(); j++) {
            PmemRegion r = pmem.get(j);
            JsonPath at = JsonPath.of("pmem").index(j);
            for (int i = 0; i < j; i++) {
                PmemRegion o = pmem.get(i);
                if (r.spa() < o.end() && o.spa() < r.end()) {
                    out.add(new Problem(at, (r.equals(o) ? "repeats pmem[" + i + "] " : range(r.spa(), r.size())
                            + " overlaps pmem[" + i + "] ") + range(o.spa(), o.size())
                            + " (NFIT SPA ranges of a host never share a byte)"));
                    break;
                }
            }
            for (int k = 0; k < e820.size(); k++) {
                E820Entry e = e820.get(k);
                if (e.is(E820Type.RAM) && e.overlaps(r.spa(), r.size())) {
                    out.add(new Problem(at, range(r.spa(), r.size()) + " overlaps E820 RAM e820[" + k + "] " + range(e)
                            + " (pmem is never RAM: firmware reports it as type 7 or 12, or leaves it out)"));
                    break;
                }
            }
            if (r.end() > h.addressLimit()) {
                out.add(new Problem(at, range(r.spa(), r.size()) + " reaches beyond " + Hex.plain(h.addressLimit())
                        + ", the top of the host's " + h.paddrBits() + "-bit physical address space (paddr_bits)"));
            }
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private static String describe(E820Entry e) {
        return range(e) + " " + e.type().label();
    }

    private static String range(E820Entry e) {
        return Hex.plain(e.addr()) + "-" + Hex.plain(e.last());
    }

    private static String range(long start, long size) {
        return Hex.plain(start) + "-" + Hex.plain(start + size - 1);
    }
}
