package dev.jxl.layout;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.units.ByteSize;
import dev.jxl.config.libxl.IomemRange;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.MmioMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a guest's physical memory layout as Xen 4.17's libxl, libxenguest and hvmloader would
 * build it. Pure: the same config and host give the same layout, with no I/O and no clock. Work is
 * linear in the number of E820 entries and regions, never in pages.
 */
public final class LayoutPlanner {
    private LayoutPlanner() {
    }

    public static GuestLayout plan(DomainConfig config, Host host) {
        return plan(config, host, PlanOptions.DEFAULT);
    }

    /**
     * @throws LayoutException   a config value (named by its key) cannot be laid out
     * @throws PlanningException the layout does not fit this host
     */
    public static GuestLayout plan(DomainConfig config, Host host, PlanOptions options) {
        List<String> notes = new ArrayList<>();
        GuestSettings s = GuestSettings.resolve(config, notes);
        VcpuRules.apply(s, host, notes);
        checkAddressSpace(s, host);
        checkIomem(config, host);
        GuestLayout layout = switch (s.type()) {
            case HVM -> HvmLayout.plan(s, host, options, notes);
            case PVH -> PvhLayout.plan(s, host, options, notes);
            case PV -> PvLayout.plan(s, host, notes);
            default -> throw new LayoutException("type", "cannot lay out a guest of type " + s.type().libxlName());
        };
        checkHost(s, host, layout);
        return layout;
    }

    /**
     * Guest memory the host cannot even address is refused before it is laid out (its byte sizes
     * would pass 2^64 on the way): maxmem, and a PV guest's slack, below 2^paddr_bits, read unsigned.
     */
    private static void checkAddressSpace(GuestSettings s, Host host) {
        long limitKib = host.addressLimit() >>> 10;
        // libxl's memkb fields are uint64_t: xl's memory = 2^63 - 1 (MiB) wraps to 2^64 - 1024 KiB
        boolean beyond = Long.compareUnsigned(s.maxMemkb(), limitKib) > 0 || Long.compareUnsigned(s.slackMemkb(), limitKib) > 0;
        long kib = beyond ? Long.MAX_VALUE : s.maxMemkb() + s.slackMemkb();
        if (kib > limitKib) {
            throw new PlanningException("maxmem", "guest RAM of " + (kib == Long.MAX_VALUE ? "more than "
                    + ByteSize.of(host.addressLimit()) : ByteSize.of(kib << 10)) + " (maxmem"
                    + (s.slackMemkb() > 0 ? " and slack" : "") + ") reaches above the host's " + host.paddrBits()
                    + "-bit physical address limit " + Hex.plain(host.addressLimit()));
        }
    }

    /**
     * Each {@code iomem} range as Xen's memory_mapping would take it on this host ({@link MmioMapping}):
     * a range that is no range is a config error, MMIO the host cannot give one that does not fit it.
     */
    private static void checkIomem(DomainConfig config, Host host) {
        List<IomemRange> iomem = config.libxl().bInfo().iomem();
        for (int i = 0; i < iomem.size(); i++) {
            IomemRange r = iomem.get(i);
            var refusal = MmioMapping.check(host, r.start(), r.number(), r.effectiveGfn());
            if (refusal.isEmpty()) {
                continue;
            }
            String message = "iomem[" + i + "]: " + refusal.get().reason() + " (memory_mapping would fail with "
                    + refusal.get().kind().errno() + ")";
            if (refusal.get().kind() == MmioMapping.Kind.RANGE) {
                throw new LayoutException("iomem", i, message);
            }
            throw PlanningException.item("iomem", i, message, List.of("iomem[" + i + "]"));
        }
    }

    /** What every guest needs from the host: free memory for its pages, addresses its CPUs can reach. */
    private static void checkHost(GuestSettings s, Host host, GuestLayout layout) {
        long needKib = s.targetMemkb();
        if (Long.compareUnsigned(needKib, host.freeMemoryKib()) > 0) {
            throw new PlanningException("memory", "the guest needs " + ByteSize.of(needKib << 10) + " of RAM but the host has "
                    + ByteSize.of(host.freeMemoryKib() << 10) + " free");
        }
        for (E820Entry e : layout.e820().entries()) {
            if (e.is(E820Type.RAM) && Long.compareUnsigned(e.end(), host.addressLimit()) > 0) {
                throw new PlanningException("memory", "guest RAM " + e + " ends above the host's " + host.paddrBits()
                        + "-bit physical address limit " + Hex.plain(host.addressLimit()), List.of(e.toString()));
            }
        }
    }

    /**
     * The highest {@code pci_hole_start} valid on every host: below each host's lowest non-RAM
     * address at or above 1 MiB (a reserved region, a firmware table or a gap a device BAR could
     * sit in), page-aligned. Linear in the hosts' entries (after a sort of each host's RAM).
     *
     * @throws PlanningException when some host has no RAM-free address between 1 MiB and 4 GiB to spare
     */
    public static long migrationSafePciHoleStart(List<Host> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no hosts");
        }
        long best = XenConstants.GIB4;
        for (Host h : hosts) {
            best = Math.min(best, firstNonRamAbove1MiB(h));
        }
        best &= ~0xFFFL;
        if (best < XenConstants.MIB1 || best >= XenConstants.GIB4) {
            throw new PlanningException("pci_hole_start", "no pci_hole_start fits every host: the lowest non-RAM address is "
                    + Hex.plain(best));
        }
        return best;
    }

    static long firstNonRamAbove1MiB(Host h) {
        List<E820Entry> ram = new ArrayList<>();
        for (E820Entry e : h.e820().entries()) {
            if (e.is(E820Type.RAM) && e.size() != 0) {
                ram.add(e);
            }
        }
        ram.sort((a, b) -> Long.compareUnsigned(a.addr(), b.addr()));
        long pos = XenConstants.MIB1;
        for (E820Entry e : ram) {
            if (Long.compareUnsigned(e.addr(), pos) > 0) {
                break;
            }
            if (Long.compareUnsigned(e.end(), pos) > 0) {
                pos = e.end();
            }
        }
        return Math.min(pos, XenConstants.GIB4);
    }
}
