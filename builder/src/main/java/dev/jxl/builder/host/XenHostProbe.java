package dev.jxl.builder.host;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.xl.XlTool;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The host of real Xen as dom0 can learn it. dom0's own /proc/meminfo, CPU count and
 * /sys/firmware/memmap describe dom0 (its allocation, its vCPUs, RAM only up to what it was given), so
 * they are not used: the CPUs, memory and version come from {@code xl info}, the machine E820 from the
 * map Xen printed at boot ({@code xl dmesg}, {@link XenBootE820}) completed as {@link #machineMap} says, the pmem regions from
 * {@code /sys/bus/nd} (the NFIT as dom0 sees it) and the physical address bits from /proc/cpuinfo.
 * The file-system root and the xl runner are parameters, so tests run on recorded output.
 */
public final class XenHostProbe {
    private static final long XL_TIMEOUT_MINUTES = 2;

    /** Runs {@code xl ARGS…} to completion. */
    @FunctionalInterface
    public interface XlRunner {
        XlTool.Result run(List<String> args);
    }

    /** Real xl: {@link XlTool}, so {@code $JXL_XL} and {@code -Djxl.xl} choose the binary. */
    public static final XlRunner XL = args -> XlTool.run(args, XL_TIMEOUT_MINUTES);

    static final String BOOT_MAP_GONE = "xl dmesg no longer holds the memory map Xen printed at boot (its console"
            + " ring wrapped or was cleared) and no jxl command kept it since this boot: pass --host FILE, a description captured right after boot with"
            + " `jxl host capture`";

    private final Path root;
    private final XlRunner xl;
    private final Path bootCache;

    public XenHostProbe(Path root, XlRunner xl) {
        this(root, xl, null);
    }

    /**
     * @param bootCache where the machine map learnt from this boot's console ring is kept, so that jxl
     *                  still knows it once the ring has wrapped or been cleared (null: not kept). It is
     *                  keyed by dom0's boot_id: dom0 never outlives the Xen it booted on.
     */
    public XenHostProbe(Path root, XlRunner xl, Path bootCache) {
        this.root = root;
        this.xl = xl;
        this.bootCache = bootCache;
    }

    /** What dom0 learnt; {@code machineE820} is empty when the console ring no longer holds the boot map. */
    public record Live(XlInfo xlInfo, Optional<E820Map> machineE820, List<PmemRegion> pmem, int paddrBits) {
        public Live {
            pmem = List.copyOf(pmem);
        }

        /** The host; without the boot map there is no machine E820, and jxl will not guess one. */
        public Host host() {
            E820Map e820 = machineE820.orElseThrow(() -> new BackendException(BOOT_MAP_GONE));
            return new Host(xlInfo.xenVersion(), xlInfo.nrCpus(), xlInfo.totalMemoryMib() << 10,
                    xlInfo.freeMemoryMib() << 10, paddrBits, Host.DEFAULT_SEABIOS_IMAGE_SIZE, e820, pmem, List.of(),
                    Math.min(xlInfo.nrNodes(), xlInfo.nrCpus()));
        }

        /**
         * One line for each way a host description disagrees with this host: CPUs, total memory (in
         * MiB, the unit xl reports), the E820 (count, then the first differing entry; only while the
         * boot map is known) and the pmem regions. Free memory changes as guests come and go, so it is
         * not compared.
         */
        public List<String> disagreements(String source, Host described) {
            List<String> out = new ArrayList<>();
            if (described.cpus() != xlInfo.nrCpus()) {
                out.add(source + " says cpus " + described.cpus() + ", Xen reports " + xlInfo.nrCpus()
                        + " (xl info nr_cpus)");
            }
            if (described.numaNodes() != xlInfo.nrNodes()) {
                out.add(source + " says nr_nodes " + described.numaNodes() + ", Xen reports " + xlInfo.nrNodes()
                        + " (xl info nr_nodes)");
            }
            if (described.memoryKib() >> 10 != xlInfo.totalMemoryMib()) {
                out.add(source + " says memory " + (described.memoryKib() >> 10) + " MiB, Xen reports "
                        + xlInfo.totalMemoryMib() + " MiB (xl info total_memory)");
            }
            if (machineE820.isPresent()) {
                E820Map xen = machineE820.get();
                E820Map file = described.e820();
                if (file.size() != xen.size()) {
                    out.add(source + " has " + file.size() + " E820 entries, Xen's machine map " + xen.size());
                }
                for (int i = 0; i < Math.min(file.size(), xen.size()); i++) {
                    if (!file.get(i).equals(xen.get(i))) {
                        out.add(source + " has E820 entry " + i + " " + file.get(i) + ", Xen's machine map "
                                + xen.get(i));
                        break; // the rest usually follows from the first; one line says where to look
                    }
                }
            }
            if (!described.pmem().equals(pmem)) {
                out.add(source + " has pmem regions " + regions(described.pmem()) + ", dom0 sees "
                        + regions(pmem) + " (/sys/bus/nd)");
            }
            return out;
        }

        private static String regions(List<PmemRegion> pmem) {
            if (pmem.isEmpty()) {
                return "none";
            }
            List<String> words = new ArrayList<>();
            for (PmemRegion r : pmem) {
                words.add(r.toString());
            }
            return "[" + String.join(", ", words) + "]";
        }
    }

    /** xl info, then xl dmesg and dom0's /sys and /proc. */
    public Live probe() {
        return probe(xlInfo());
    }

    /** As {@link #probe()}, with xl info already read (host capture reads it to see that xl works). */
    public Live probe(XlInfo info) {
        Optional<E820Map> boot = XenBootE820.parse(run(List.of("dmesg")));
        HostCapture dom0 = new HostCapture(root, xl);
        Optional<E820Map> machine = boot.map(b -> machineMap(b, dom0.memmap()));
        int paddrBits = dom0.cpuinfo()[1];
        String bootId = contents("proc/sys/kernel/random/boot_id").strip();
        if (bootCache != null && !bootId.isEmpty()) {
            if (machine.isPresent()) {
                remember(bootId, new Live(info, machine, List.of(), paddrBits).host());
            } else {
                machine = recall(bootId);
            }
        }
        return new Live(info, machine, dom0.pmem(), paddrBits);
    }

    private void remember(String bootId, Host host) {
        try {
            Files.createDirectories(bootCache);
            Path tmp = bootCache.resolve("machine-e820.json.tmp");
            Files.writeString(tmp, bootId + "\n" + HostDescriptions.write(host), StandardCharsets.UTF_8);
            Files.move(tmp, bootCache.resolve("machine-e820.json"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // only a convenience for later commands; this one has what it needs
        }
    }

    private Optional<E820Map> recall(String bootId) {
        Path f = bootCache.resolve("machine-e820.json");
        try {
            String text = Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
            int nl = text.indexOf('\n');
            if (nl < 0 || !text.substring(0, nl).equals(bootId)) {
                return Optional.empty(); // another boot's map, or none
            }
            return Optional.of(HostDescriptions.parse(f.toString(), text.substring(nl + 1)).e820());
        } catch (IOException | HostDescriptionException e) {
            return Optional.empty();
        }
    }

    /**
     * What XENMEM_machine_memory_map returns, and so what libxl's e820_host copies: the map Xen printed
     * at boot plus a reserved entry for each range in its gaps that dom0 may not map (each IOAPIC page,
     * the MSI range 0xfee00000-0xfeefffff; arch_memory_op in xen/arch/x86/mm.c). dom0's kernel built its
     * /sys/firmware/memmap from that same call, so those entries are taken from there: each non-RAM
     * entry of dom0's map that lies wholly in a gap of the boot map, above 1 MiB (below it Linux adds
     * the ISA range of its own). Seen on real Xen 4.17: 10 boot entries, 12 in the machine map.
     */
    static E820Map machineMap(E820Map boot, E820Map dom0) {
        List<E820Entry> out = new ArrayList<>(boot.entries());
        for (E820Entry e : dom0.entries()) {
            if (!e.is(E820Type.RAM) && e.addr() >= 0x100000
                    && boot.entries().stream().noneMatch(b -> b.overlaps(e.addr(), e.size()))) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong(E820Entry::addr));
        return new E820Map(out);
    }

    public XlInfo xlInfo() {
        return XlInfo.parse(run(List.of("info")));
    }

    /** xl info where xl works (dom0 of real Xen), else empty: no xl, or one that cannot reach Xen. */
    public Optional<XlInfo> tryXlInfo() {
        try {
            XlTool.Result r = xl.run(List.of("info"));
            return r.ok() ? Optional.of(XlInfo.parse(r.stdout())) : Optional.empty();
        } catch (BackendException e) {
            return Optional.empty();
        }
    }

    /** /proc/xen/capabilities (xenfs) says {@code control_d} in the control domain, and nothing in a domU. */
    public boolean isControlDomain() {
        return contents("proc/xen/capabilities").contains("control_d");
    }

    /** /sys/hypervisor/type is {@code xen} under Xen, dom0 or not. */
    public boolean onXen() {
        return contents("sys/hypervisor/type").strip().equals("xen");
    }

    private String contents(String rel) {
        Path f = root.resolve(rel);
        try {
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return ""; // unreadable is as good as absent for telling where jxl runs
        }
    }

    private String run(List<String> args) {
        XlTool.Result r = xl.run(args);
        if (!r.ok()) {
            String why = r.stderr().strip();
            int nl = why.indexOf('\n');
            throw new BackendException("xl " + String.join(" ", args) + " exited " + r.exitCode()
                    + (why.isEmpty() ? "" : ": " + (nl < 0 ? why : why.substring(0, nl))));
        }
        return r.stdout();
    }
}
