package dev.jxl.config.spec;

import dev.jxl.config.libxl.VnodeInfo;
import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code vnuma} list of lists (xl's parse_vnuma_config): per virtual node, strings
 * {@code pnode=N}, {@code size=MiB}, {@code vcpus=RANGES}, {@code vdistances=D0,D1,…}, each split at
 * {@code =} and trimmed; other options are ignored. The cross-checks xl makes afterwards are left to
 * the caller, with the data in {@link Result}:
 * <ul>
 * <li>maxvcpus given and ≠ {@link Result#vcpuCount()}: {@code vnuma vcpus and maxvcpus= mismatch};</li>
 * <li>else vcpuCount &gt; online host CPUs: {@code vnuma specifies more vcpus than pcpus, use
 * maxvcpus= to override this check.}, otherwise max_vcpus becomes vcpuCount;</li>
 * <li>maxmem given and ≠ {@link Result#memkbTotal()}: {@code maxmem and vnuma memory size mismatch},
 * otherwise max_memkb becomes memkbTotal;</li>
 * <li>{@link Result#pnodeGiven()}: numa_placement becomes false.</li>
 * </ul>
 *
 * <p>Quirks kept: a bad vcpus range is not refused, its partly read bounds are used (so
 * {@code 0,x-3} counts vCPU 0 twice); {@code size} given twice adds to the total twice; distances
 * beyond the node count are dropped (xl writes past its array); vCPU numbers beyond the bitmap
 * (sized from maxvcpus, or the host CPU count) are counted but not set.
 */
public final class VnumaSpec {
    private VnumaSpec() {
    }

    /**
     * @param nodes      the virtual nodes, in order
     * @param vcpuCount  xl's vCPU tally (max_vcpus when maxvcpus is not given)
     * @param memkbTotal the sum of the sizes (max_memkb when maxmem is not given)
     * @param pnodeGiven some node named its physical node
     */
    public record Result(List<VnodeInfo> nodes, long vcpuCount, long memkbTotal, boolean pnodeGiven) {
        public Result {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * @param vnodes      each node's option strings (non-string items are skipped by xl: leave them out)
     * @param maxVcpus    b_info.max_vcpus so far (the {@code maxvcpus} key, or 0)
     * @param hostMaxCpus the host's CPU count (sizes the vCPU bitmaps when maxVcpus is 0)
     * @param hostNodes   the host's NUMA node count ({@code pnode} must be below it)
     */
    public static Result parse(List<List<String>> vnodes, long maxVcpus, int hostMaxCpus, int hostNodes,
                               Consumer<String> warn) {
        int n = vnodes.size();
        long bitsLong = ((maxVcpus == 0 ? hostMaxCpus : maxVcpus) + 7) / 8 * 8;
        int bits = (int) Math.min(bitsLong, Integer.MAX_VALUE);
        long vcpuCount = 0;
        long memkbTotal = 0;
        boolean pnodeGiven = false;
        List<VnodeInfo> out = new ArrayList<>();
        for (List<String> options : vnodes) {
            long memkb = 0;
            long pnode = 0;
            long[] distances = new long[n];
            BitSet vcpus = new BitSet();
            for (String buf : options) {
                String[] kv = CText.splitPair(buf, "=");
                if (kv == null) {
                    throw new SpecException("failed to split \"" + Echo.value(buf) + "\" into pair");
                }
                String option = CText.trim(kv[0]);
                String value = CText.trim(kv[1]);
                switch (option) {
                    case "pnode" -> {
                        long val = NicSpec.parseUlong(value, -1);
                        if (Long.compareUnsigned(val, hostNodes) >= 0) {
                            throw new SpecException("invalid pnode number: " + Long.toUnsignedString(val));
                        }
                        pnode = val;
                        pnodeGiven = true;
                    }
                    case "size" -> {
                        memkb = NicSpec.parseUlong(value, -1) << 10;
                        memkbTotal += memkb;
                    }
                    case "vcpus" -> {
                        for (String r : list(value)) {
                            CpuSpec.Range range = CpuSpec.Range.parse(r);
                            vcpuCount += range.count();
                            for (long v : range.intIndices(bits)) {
                                vcpus.set((int) v);
                            }
                        }
                    }
                    case "vdistances" -> {
                        List<String> ds = list(value);
                        for (int j = 0; j < ds.size(); j++) {
                            long d = NicSpec.parseUlong(ds.get(j), -1);
                            if (j < n) {
                                distances[j] = d & 0xFFFFFFFFL;
                            }
                        }
                    }
                    default -> { } // ignored by xl
                }
            }
            List<Long> dl = new ArrayList<>();
            for (long d : distances) {
                dl.add(d);
            }
            List<Integer> vl = new ArrayList<>();
            vcpus.stream().forEach(vl::add);
            out.add(new VnodeInfo(memkb, dl, pnode & 0xFFFFFFFFL, vl));
        }
        return new Result(out, vcpuCount, memkbTotal, pnodeGiven);
    }

    private static List<String> list(String value) {
        List<String> l = CText.splitStringList(value, ",");
        if (l == null) {
            throw new SpecException("empty list `" + Echo.value(value) + "' in vnuma (xl 4.17 crashes on it)");
        }
        return l;
    }
}
