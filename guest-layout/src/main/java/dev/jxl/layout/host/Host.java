package dev.jxl.layout.host;

import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.pmem.PmemSetupState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine a guest is planned for: its machine E820 (as XENMEM_machine_memory_map returns it),
 * pmem regions, reserved device memory, memory, CPUs, Xen version, and the two firmware facts the
 * HVM layout depends on.
 *
 * @param xenVersion        "4.17" and the like
 * @param cpus              physical CPUs
 * @param memoryKib         total memory
 * @param freeMemoryKib     memory free for guests
 * @param paddrBits         physical address bits (CPUID 0x80000008 EAX[7:0]): nothing may lie above 2^paddrBits
 * @param seabiosImageSize  the SeaBIOS image libxl loads (Debian: /usr/share/seabios/bios-256k.bin, 256 KiB)
 * @param numaNodes         NUMA nodes (physinfo nr_nodes): what {@code pnode=} and node affinity are checked against
 * @param pmemSetup         which pmem frames are set up as management and data areas now (a running sim's
 *                          host), or empty when that is not known: a description says nothing of it, and
 *                          upstream Xen sets none up (vNVDIMMs reach raw pmem as iomem there)
 */
public record Host(String xenVersion, int cpus, long memoryKib, long freeMemoryKib, int paddrBits,
        long seabiosImageSize, E820Map e820, List<PmemRegion> pmem, List<ReservedDeviceMemory> rdm, int numaNodes,
        Optional<PmemSetupState> pmemSetup) {

    public static final int DEFAULT_PADDR_BITS = 46;
    public static final long DEFAULT_SEABIOS_IMAGE_SIZE = 256 * 1024;

    public Host {
        Objects.requireNonNull(xenVersion, "xenVersion");
        Objects.requireNonNull(e820, "e820");
        Objects.requireNonNull(pmemSetup, "pmemSetup");
        pmem = List.copyOf(pmem);
        rdm = List.copyOf(rdm);
        if (cpus <= 0) {
            throw new IllegalArgumentException("cpus must be positive: " + cpus);
        }
        if (memoryKib < 0 || freeMemoryKib < 0 || freeMemoryKib > memoryKib) {
            throw new IllegalArgumentException("memory " + memoryKib + " KiB / free " + freeMemoryKib + " KiB");
        }
        if (numaNodes < 1 || numaNodes > cpus) {
            throw new IllegalArgumentException("nr_nodes must be 1.." + cpus + " (one CPU per node at least): " + numaNodes);
        }
        for (PmemRegion r : pmem) {
            if (r.node() >= numaNodes) {
                throw new IllegalArgumentException("pmem region " + r + " is on node " + r.node() + " but the host has "
                        + numaNodes + " node(s)");
            }
        }
        if (paddrBits < 32 || paddrBits > 52) {
            throw new IllegalArgumentException("paddr_bits must be 32..52: " + paddrBits);
        }
        if (seabiosImageSize <= 0 || seabiosImageSize > 0x40000 || (seabiosImageSize & 0xFFF) != 0) {
            // hvmloader BUG()s if the image would start below 0xC0000
            throw new IllegalArgumentException("seabios image size must be whole pages, at most 256 KiB: "
                    + seabiosImageSize);
        }
    }

    /** A host as a description gives it: its pmem setup not known. */
    public Host(String xenVersion, int cpus, long memoryKib, long freeMemoryKib, int paddrBits, long seabiosImageSize,
            E820Map e820, List<PmemRegion> pmem, List<ReservedDeviceMemory> rdm, int numaNodes) {
        this(xenVersion, cpus, memoryKib, freeMemoryKib, paddrBits, seabiosImageSize, e820, pmem, rdm, numaNodes,
                Optional.empty());
    }

    /** A host whose nodes are those its pmem regions name (at least one). */
    public Host(String xenVersion, int cpus, long memoryKib, long freeMemoryKib, int paddrBits, long seabiosImageSize,
            E820Map e820, List<PmemRegion> pmem, List<ReservedDeviceMemory> rdm) {
        this(xenVersion, cpus, memoryKib, freeMemoryKib, paddrBits, seabiosImageSize, e820, pmem, rdm,
                nodesOf(pmem, cpus));
    }

    private static int nodesOf(List<PmemRegion> pmem, int cpus) {
        int nodes = 1;
        for (PmemRegion r : pmem) {
            nodes = Math.max(nodes, r.node() + 1);
        }
        return Math.min(nodes, Math.max(cpus, 1));
    }

    /** The same host with {@code free} KiB free (what a running host has left). */
    public Host withFreeMemoryKib(long free) {
        return new Host(xenVersion, cpus, memoryKib, free, paddrBits, seabiosImageSize, e820, pmem, rdm, numaNodes,
                pmemSetup);
    }

    /** The same host with its pmem set up as {@code setup} says (what a running host has done so far). */
    public Host withPmemSetup(PmemSetupState setup) {
        return new Host(xenVersion, cpus, memoryKib, freeMemoryKib, paddrBits, seabiosImageSize, e820, pmem, rdm,
                numaNodes, Optional.of(setup));
    }

    /** The description alone: the same machine, its pmem setup not known. */
    public Host description() {
        return new Host(xenVersion, cpus, memoryKib, freeMemoryKib, paddrBits, seabiosImageSize, e820, pmem, rdm,
                numaNodes, Optional.empty());
    }

    /** The highest guest-physical address + 1 this host's CPUs can address. */
    public long addressLimit() {
        return 1L << paddrBits;
    }

    /** A one-line summary for notes. */
    public String summary() {
        return "Xen " + xenVersion + ", " + cpus + " CPUs on " + numaNodes + " node(s), " + ByteSize.of(memoryKib << 10) + " ("
                + ByteSize.of(freeMemoryKib << 10) + " free), " + e820.size() + " E820 entries, "
                + pmem.size() + " pmem region(s), " + paddrBits + "-bit physical addresses";
    }
}
