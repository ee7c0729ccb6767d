package dev.jxl.config;

/**
 * The few host facts xl consults while parsing (it asks the hypervisor): online CPUs for `cpus`
 * and vnuma checks, NUMA nodes for `pnode=`. The default matches the oracle set-up: 64 CPUs, 8 nodes.
 */
public record BindContext(int onlineCpus, int numaNodes) {
    public static final BindContext DEFAULT = new BindContext(64, 8);

    public BindContext {
        if (onlineCpus < 1 || numaNodes < 1) {
            throw new IllegalArgumentException("a host has at least one CPU and one node");
        }
    }
}
