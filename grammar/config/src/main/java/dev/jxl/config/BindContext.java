package dev.jxl.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The few host facts xl consults while parsing (it asks the hypervisor): online CPUs for `cpus`
 * and vnuma checks, NUMA nodes for `pnode=` and `nodes:`. The default matches the oracle set-up:
 * 64 CPUs, 8 nodes (the CPUs split evenly among them).
 */
public record BindContext(int onlineCpus, int numaNodes) {
    public static final BindContext DEFAULT = new BindContext(64, 8);

    public BindContext {
        if (onlineCpus < 1 || numaNodes < 1) {
            throw new IllegalArgumentException("a host has at least one CPU and one node");
        }
    }

    /** The CPUs of each node, contiguous blocks in node order. */
    public List<List<Integer>> nodeCpus() {
        List<List<Integer>> nodes = new ArrayList<>();
        int per = Math.max(1, onlineCpus / numaNodes);
        for (int n = 0; n < numaNodes; n++) {
            List<Integer> cpus = new ArrayList<>();
            for (int c = n * per; c < Math.min(onlineCpus, (n + 1) * per); c++) {
                cpus.add(c);
            }
            nodes.add(cpus);
        }
        return nodes;
    }
}
