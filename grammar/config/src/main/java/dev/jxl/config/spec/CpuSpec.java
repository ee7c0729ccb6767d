package dev.jxl.config.spec;

import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code cpus} / {@code cpus_soft} cpulist (xl's parse_cpurange): comma-separated items, each
 * {@code [^][node:|nodes:](all|N|N-M)} with decimal numbers, applied left to right to a map that
 * starts empty; {@code ^} removes. Failures are fatal.
 *
 * <p>As in xl the map is a libxl cpu bitmap sized for the host: {@code ceil(maxCpus / 8) * 8} bits.
 * {@code all} sets every one of those bits, and numbers beyond it are silently dropped (so
 * {@code cpus="100"} on 64 CPUs is an empty map, which xl then rejects with
 * {@link #EMPTY_HARD_AFFINITY}).
 */
public final class CpuSpec {
    private CpuSpec() {
    }

    /** What xl says (and exits 1) when a vCPU's hard affinity map ends up empty. */
    public static final String EMPTY_HARD_AFFINITY = "vcpu hard affinity map is empty";

    /**
     * @param hostMaxCpus the host's CPU count (libxl_get_max_cpus)
     * @param nodeCpus    the CPUs of each NUMA node, indexed by node number
     * @return the CPUs in the map, ascending
     */
    public static List<Integer> parse(String spec, int hostMaxCpus, List<List<Integer>> nodeCpus,
                                      Consumer<String> warn) {
        int bits = (hostMaxCpus + 7) / 8 * 8;
        BitSet map = new BitSet(bits);
        for (CText.Token t : CText.strtok(spec, ",")) {
            update(map, bits, t.text(), t.start(), nodeCpus);
        }
        List<Integer> out = new ArrayList<>();
        map.stream().forEach(out::add);
        return out;
    }

    /**
     * xl's check after parsing (apply_global_affinity_masks, with xl.conf's masks left full):
     * every hard affinity map must have a CPU.
     */
    public static void checkHardAffinity(List<List<Integer>> maps) {
        for (List<Integer> m : maps) {
            if (m.isEmpty()) {
                throw new SpecException(EMPTY_HARD_AFFINITY);
            }
        }
    }

    private static void update(BitSet map, int bits, String item, int at, List<List<Integer>> nodeCpus) {
        String s = item;
        boolean not = false;
        boolean nodes = false;
        if (s.startsWith("^")) {
            not = true;
            s = s.substring(1);
        }
        if (s.startsWith("node:")) {
            nodes = true;
            s = s.substring(5);
        } else if (s.startsWith("nodes:")) {
            nodes = true;
            s = s.substring(6);
        }
        if (s.equals("all")) {
            if (not) {
                throw new SpecException("Can't combine \"^\" and \"all\".", at);
            }
            map.set(0, bits);
            return;
        }
        Range r = Range.parse(s);
        if (!r.ok()) {
            throw new SpecException("Invalid pcpu range: " + Echo.value(s) + ".", at);
        }
        if (nodes) {
            // libxl_node_to_cpumap((int) node): the CPUs whose node is that one; unknown nodes have none.
            for (long node : r.intIndices(nodeCpus.size())) {
                for (int cpu : nodeCpus.get((int) node)) {
                    if (cpu < bits) {
                        map.set(cpu, !not);
                    }
                }
            }
        } else {
            for (long cpu : r.intIndices(bits)) {
                map.set((int) cpu, !not);
            }
        }
    }

    /** xl's parse_range: its two outputs as left, even on failure (vnuma uses them then too). */
    record Range(long a, long b, boolean ok) {
        static Range parse(String str) {
            CText.Num n = CText.strtoul(str, 0, 10);
            long a = n.value();
            long b = a;
            if (n.parsedNothing(0) || a == -1L) {
                return new Range(a, b, false);
            }
            int end = n.end();
            if (CText.at(str, end) == '-') {
                int nstart = end + 1;
                CText.Num m = CText.strtoul(str, nstart, 10);
                b = m.value();
                end = m.end();
                if (m.parsedNothing(nstart) || b == -1L || Long.compareUnsigned(b, a) < 0) {
                    return new Range(a, b, false);
                }
            }
            return new Range(a, b, end >= str.length());
        }

        /** Unsigned values a..b. */
        long count() {
            return Long.compareUnsigned(a, b) > 0 ? 0 : b - a + 1;
        }

        /**
         * The bit indices a loop {@code for (v = a; v <= b; v++) set((int) v)} touches below
         * {@code limit}: C's int conversion keeps the low 32 bits, so huge values wrap.
         */
        List<Long> intIndices(int limit) {
            List<Long> out = new ArrayList<>();
            if (count() == 0) {
                return out;
            }
            if (Long.compareUnsigned(b - a, 0xFFFFFFFFL) >= 0) {
                for (long k = 0; k < limit; k++) {
                    out.add(k);
                }
                return out;
            }
            for (long k = 0; k < limit; k++) {
                // smallest v >= a with (v mod 2^32) == k
                long v = (a & ~0xFFFFFFFFL) | k;
                if (Long.compareUnsigned(v, a) < 0) {
                    v += 1L << 32;
                }
                if (Long.compareUnsigned(v, a) >= 0 && Long.compareUnsigned(v, b) <= 0) {
                    out.add(k);
                }
            }
            return out;
        }
    }
}
