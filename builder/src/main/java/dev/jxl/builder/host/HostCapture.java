package dev.jxl.builder.host;

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
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code jxl host capture}: this machine as a host description. In dom0 of real Xen (where
 * /proc/xen/capabilities says {@code control_d}, or /sys/hypervisor/type is {@code xen} and xl works)
 * the host is what Xen reports ({@link XenHostProbe}): dom0's own memory, vCPUs and memmap are only
 * its share, so a description made of them would plan other layouts than the live host does.
 * Elsewhere: {@code /sys/firmware/memmap} (the firmware E820; end addresses there are inclusive),
 * {@code /proc/meminfo}, {@code /proc/cpuinfo} (CPU count and physical address bits),
 * {@code /sys/bus/nd/devices} (pmem regions; absent means none) and {@code /sys/hypervisor/version}
 * (absent: not running on Xen). The root and the xl runner are parameters so tests can capture a
 * made-up tree.
 */
public final class HostCapture {
    private final Path root;
    private final XenHostProbe.XlRunner xl;

    public HostCapture(Path root) {
        this(root, XenHostProbe.XL);
    }

    public HostCapture(Path root, XenHostProbe.XlRunner xl) {
        this.root = root;
        this.xl = xl;
    }

    public static Host captureThisMachine() {
        return new HostCapture(Path.of("/")).capture();
    }

    /**
     * @throws HostDescriptionException when /sys or /proc cannot be read
     * @throws dev.jxl.builder.backend.BackendException in dom0, when xl fails or Xen's boot memory map is gone
     */
    public Host capture() {
        XenHostProbe xen = new XenHostProbe(root, xl);
        if (xen.isControlDomain()) {
            return xen.probe().host(); // xl must answer here: its failure is the error, not a reason to guess
        }
        if (xen.onXen()) {
            Optional<XlInfo> info = xen.tryXlInfo(); // a domU's xl cannot reach Xen: capture the guest's view
            if (info.isPresent()) {
                return xen.probe(info.get()).host();
            }
        }
        E820Map e820 = memmap();
        long[] mem = meminfo();
        int[] cpu = cpuinfo();
        return new Host(xenVersion(), cpu[0], mem[0], Math.min(mem[1], mem[0]), cpu[1], Host.DEFAULT_SEABIOS_IMAGE_SIZE,
                e820, pmem(), List.of());
    }

    private Path p(String rel) {
        return root.resolve(rel);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw HostDescriptionException.unreadable(f.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    E820Map memmap() {
        Path dir = p("sys/firmware/memmap");
        if (!Files.isDirectory(dir)) {
            throw HostDescriptionException.unreadable(dir.toString(), "no firmware memory map (is /sys mounted?)", null);
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = new ArrayList<>(s.filter(x -> x.getFileName().toString().matches("\\d+")).toList());
        } catch (IOException e) {
            throw HostDescriptionException.unreadable(dir.toString(), e.getMessage(), e);
        }
        entries.sort(Comparator.comparingInt(x -> Integer.parseInt(x.getFileName().toString())));
        List<E820Entry> out = new ArrayList<>();
        for (Path d : entries) {
            long start = Long.parseUnsignedLong(strip0x(read(d.resolve("start"))), 16);
            long endInclusive = Long.parseUnsignedLong(strip0x(read(d.resolve("end"))), 16);
            out.add(new E820Entry(start, endInclusive - start + 1, typeOf(read(d.resolve("type")), d)));
        }
        return new E820Map(out);
    }

    private static String strip0x(String s) {
        return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    }

    /** Linux's names for E820 types (arch/x86/kernel/e820.c e820_type_to_string). */
    static E820Type typeOf(String name, Path where) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "system ram" -> E820Type.RAM;
            case "reserved" -> E820Type.RESERVED;
            case "acpi tables" -> E820Type.ACPI;
            case "acpi non-volatile storage" -> E820Type.NVS;
            case "unusable memory" -> E820Type.UNUSABLE;
            case "persistent memory" -> E820Type.PMEM;
            case "persistent memory (legacy)" -> E820Type.PRAM;
            case "soft reserved" -> E820Type.SOFT_RESERVED;
            default -> throw HostDescriptionException.unreadable(where.toString(), "unknown memory map type \"" + name + "\"", null);
        };
    }

    /** {MemTotal, MemFree} in KiB. */
    long[] meminfo() {
        long total = -1;
        long free = -1;
        for (String line : read(p("proc/meminfo")).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 2 && w[0].equals("MemTotal:")) {
                total = Long.parseLong(w[1]);
            } else if (w.length >= 2 && w[0].equals("MemFree:")) {
                free = Long.parseLong(w[1]);
            }
        }
        if (total < 0 || free < 0) {
            throw HostDescriptionException.unreadable(p("proc/meminfo").toString(), "no MemTotal/MemFree", null);
        }
        return new long[] {total, free};
    }

    /** {CPU count, physical address bits}. */
    int[] cpuinfo() {
        int cpus = 0;
        int bits = Host.DEFAULT_PADDR_BITS;
        for (String line : read(p("proc/cpuinfo")).split("\n")) {
            if (line.startsWith("processor")) {
                cpus++;
            } else if (line.startsWith("address sizes")) {
                String v = line.substring(line.indexOf(':') + 1).trim();
                bits = Integer.parseInt(v.substring(0, v.indexOf(' ')));
            }
        }
        return new int[] {Math.max(cpus, 1), Math.max(32, Math.min(52, bits))};
    }

    List<PmemRegion> pmem() {
        Path dir = p("sys/bus/nd/devices");
        if (!Files.isDirectory(dir)) {
            return List.of(); // no NVDIMM support loaded: a valid, empty answer
        }
        List<PmemRegion> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.sorted().toList()) {
                String name = d.getFileName().toString();
                if (!name.matches("region\\d+") || !Files.exists(d.resolve("resource"))) {
                    continue;
                }
                if (Files.exists(d.resolve("devtype")) && !read(d.resolve("devtype")).equals("nd_pmem")) {
                    continue;
                }
                long spa = Long.parseUnsignedLong(strip0x(read(d.resolve("resource"))), 16);
                long size = Long.parseLong(read(d.resolve("size")));
                int node = Files.exists(d.resolve("numa_node")) ? Math.max(0, Integer.parseInt(read(d.resolve("numa_node"))))
                        : 0;
                if (size > 0) {
                    out.add(new PmemRegion(spa, size, node));
                }
            }
        } catch (IOException e) {
            throw HostDescriptionException.unreadable(dir.toString(), e.getMessage(), e);
        }
        return out;
    }

    String xenVersion() {
        Path v = p("sys/hypervisor/version");
        if (Files.exists(v.resolve("major")) && Files.exists(v.resolve("minor"))) {
            return read(v.resolve("major")) + "." + read(v.resolve("minor"));
        }
        return "none";
    }
}
