package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.acpi.AcpiFirmwareImage;
import dev.jxl.layout.acpi.DmAcpiBlobs;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Bytes;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HVM: libxl's split ({@code libxl__build_hvm}), its RDM pass
 * ({@code libxl__domain_device_construct_rdm}), its memmap ({@code domain_construct_memmap}),
 * libxenguest's special pages, and hvmloader's BAR windows and E820. {@link #plan} is the sequence
 * of steps; each returns what the later ones need, and appends its reasons to the notes in order.
 */
final class HvmLayout {
    /** hvmloader: BUG_ON(low_mem_end < 2 MiB). */
    static final long MIN_LOW_RAM = MIB2;

    private HvmLayout() {
    }

    /**
     * Guest RAM and the hole below 4 GiB.
     *
     * @param memSize   guest RAM: maxmem − video RAM
     * @param mmioStart start of the MMIO hole
     * @param split     RAM on either side of the hole
     * @param holeSize  the platform/mmio_hole_size libxl (mmio_hole) or jxl (vNVDIMMs below 4 GiB) writes
     */
    private record Ram(long memSize, long mmioStart, RamSplit split, Optional<XenstoreWrite> holeSize) {
    }

    static GuestLayout plan(GuestSettings s, Host host, PlanOptions options, List<String> notes) {
        Ram ram = splitRam(s, notes);
        HvmFixedRegions fixed = HvmFixedRegions.of(s);
        VnvdimmPlanner vnvdimms = VnvdimmPlanner.resolve(s.vnvdimms(), host, notes);
        ram = placeVnvdimmsBelow4g(s, ram, fixed, vnvdimms, notes);
        RdmPass rdm = RdmPass.lowerLowRam(s, host, ram.split(), notes);
        requireHighRamWithinHost(rdm.split(), host);
        rdm = rdm.resolveConflicts(notes);
        RamSplit split = rdm.split();
        Optional<AddressRange> window = Optional.ofNullable(vnvdimms.placeAbove4g(split.highmemEnd(), host));
        vnvdimms.checkRdms(rdm.inGuestMap().stream().map(RdmPass.Rdm::range).toList());
        List<VnvdimmPlacement> placed = vnvdimms.placements();
        Optional<DmAcpiArea> dmAcpi = dmAcpiArea(placed, options, split, notes);
        List<E820Entry> memmap = memmap(split, rdm, dmAcpi, placed, options, notes);
        requireLowRam(split);
        HvmBars bars = HvmBars.place(s, host, split, rdm, vnvdimms.anyBelow4g(), window, notes);
        noteAcpi(s, fixed, placed, notes);
        long pmemEntries = options.upstreamXen() ? 0 : pmemEntries(placed).size();
        E820Map e820 = HvmFirmware.of(s, host, notes).guestE820(s, fixed, memmap, rdm.inGuestMap().size(), pmemEntries,
                notes);
        List<AddressRange> regions = regions(fixed, dmAcpi, placed, ram.mmioStart(), bars, window, host);
        notes.add("pages: special pages (paging, monitor, sharing, bufioreq, xenstore, ioreq, identity PT, console) at "
                + "pfn 0xfeff8-0xfefff; 8 ioreq-server pages at 0xfeff0-0xfeff7; hvm_info at 0x9f800; the VGA hole "
                + "pfns 0xa0-0xbf is never populated");
        List<XenstoreWrite> xenstore = new ArrayList<>(ram.holeSize().stream().toList());
        dmAcpi.ifPresent(a -> xenstore.addAll(a.xenstoreWrites()));
        return new GuestLayout(DomainType.HVM, ram.memSize() >> 10, e820, Optional.of(new E820Map(memmap)),
                split.lowmemEnd(), split.highmemEnd(), MmioHole.below4g(ram.mmioStart()), regions, notes, placed,
                VnvdimmPlanner.extents(placed), dmAcpi, xenstore);
    }

    /** Guest RAM (maxmem − video RAM), the hole {@code mmio_hole} asks for, and libxl's split around it. */
    private static Ram splitRam(GuestSettings s, List<String> notes) {
        long memSize = (s.maxMemkb() - s.videoMemkb()) << 10;
        if (memSize <= 0) {
            throw new LayoutException("videoram", "video RAM (" + ByteSize.of(s.videoMemkb() << 10)
                    + ") leaves no guest RAM out of maxmem " + ByteSize.of(s.maxMemkb() << 10));
        }
        notes.add("memory: RAM = maxmem " + ByteSize.of(s.maxMemkb() << 10) + " - video RAM "
                + ByteSize.of(s.videoMemkb() << 10) + " = " + ByteSize.of(memSize) + " (" + s.deviceModel().libxlName()
                + ")");
        if (s.targetMemkb() < s.maxMemkb()) {
            notes.add("memory: memory < maxmem, so the guest is built populate-on-demand with "
                    + ByteSize.of((s.targetMemkb() - s.videoMemkb()) << 10) + " populated (target - video RAM)");
        }
        long mmioSize = HVM_BELOW_4G_MMIO_LENGTH;
        Optional<XenstoreWrite> holeSize = Optional.empty();
        if (s.mmioHoleMemkb() != 0) {
            long hole = s.mmioHoleMemkb() << 10;
            // libxl (hvm_build_set_xs_values) writes the size whenever 4G - hole <= 0xF0000000
            XenstoreWrite w = XenstoreWrite.mmioHoleSize(hole);
            holeSize = Optional.of(w);
            if (GIB4 - hole < HVM_BELOW_4G_MMIO_START) {
                mmioSize = hole;
                notes.add("mmio_hole: " + ByteSize.of(hole) + " hole from " + Hex.plain(GIB4 - hole)
                        + "; libxl tells QEMU max-ram-below-4g and hvmloader " + w.path() + " = " + w.value());
            } else {
                notes.add("mmio_hole: " + ByteSize.of(hole) + " equals the default hole; libxl keeps "
                        + "the default size but still writes " + w.path() + " = " + w.value()
                        + " (4G - hole <= 0xF0000000), which stops hvmloader growing the hole");
            }
        }
        long mmioStart = GIB4 - mmioSize;
        RamSplit split = RamSplit.around(memSize, mmioStart);
        if (split.hasHighRam()) {
            notes.add("split: RAM above " + Hex.plain(mmioStart) + " (" + ByteSize.of(memSize - mmioStart)
                    + ") moves to [4 GiB, " + Hex.plain(split.highmemEnd()) + ")");
        } else {
            notes.add("split: all RAM fits below the MMIO hole at " + Hex.plain(mmioStart));
        }
        return new Ram(memSize, mmioStart, split, holeSize);
    }

    /**
     * vNVDIMMs below 4 GiB go just under the hole; the RAM they displace moves above 4 GiB, and
     * platform/mmio_hole_size keeps hvmloader from growing the hole into them.
     */
    private static Ram placeVnvdimmsBelow4g(GuestSettings s, Ram ram, HvmFixedRegions fixed, VnvdimmPlanner vnvdimms,
            List<String> notes) {
        if (!vnvdimms.anyBelow4g()) {
            return ram;
        }
        long mmioStart = ram.mmioStart();
        RamSplit split = ram.split();
        long lowest = vnvdimms.placeBelow4g(mmioStart, fixed.pinBlockers(mmioStart));
        if (lowest < split.lowmemEnd()) {
            long moved = split.lowmemEnd() - lowest;
            split = split.lowRamEndingAt(lowest);
            notes.add("vnvdimms: low RAM now ends at " + Hex.plain(lowest) + " and " + ByteSize.of(moved)
                    + " moves above 4 GiB (RAM to " + Hex.plain(split.highmemEnd()) + "); libxl must pass QEMU "
                    + "max-ram-below-4g=" + Hex.plain(lowest) + " so both agree on the split");
        }
        XenstoreWrite hole = ram.holeSize().orElse(XenstoreWrite.mmioHoleSize(GIB4 - mmioStart));
        notes.add("vnvdimms: " + (s.mmioHoleMemkb() != 0 ? "libxl" : "jxl") + " writes " + hole.path() + " = "
                + hole.value() + " so hvmloader keeps the hole at " + Hex.plain(mmioStart) + " and never grows it"
                + " (or moves it for an RMRR) into the vNVDIMMs below it");
        return new Ram(ram.memSize(), mmioStart, split, Optional.of(hole));
    }

    private static void requireHighRamWithinHost(RamSplit split, Host host) {
        if (Long.compareUnsigned(split.highmemEnd(), host.addressLimit()) > 0) {
            throw new PlanningException("memory", "guest RAM [4 GiB, " + Hex.plain(split.highmemEnd()) + ") ends above the "
                    + "host's " + host.paddrBits() + "-bit physical address limit " + Hex.plain(host.addressLimit()),
                    List.of("high RAM", "host address limit"));
        }
    }

    private static void requireLowRam(RamSplit split) {
        if (split.lowmemEnd() < MIN_LOW_RAM) {
            throw new LayoutException("memory", "hvmloader needs at least 2 MiB of low RAM (BUG_ON(low_mem_end < 2 MiB)); "
                    + "this guest has " + ByteSize.of(split.lowmemEnd()));
        }
    }

    /**
     * jxl's dm-acpi area: the vNVDIMMs' blobs in whole pages at the end of low RAM. Upstream Xen has
     * none (its hvmloader reads no blobs).
     */
    private static Optional<DmAcpiArea> dmAcpiArea(List<VnvdimmPlacement> placed, PlanOptions options, RamSplit split,
            List<String> notes) {
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        if (options.upstreamXen()) {
            notes.add("vnvdimms: upstream Xen: hvmloader knows nothing of them, so no E820 entry and no dm-acpi area;"
                    + " the NFIT and SSDT go in acpi_firmware= and the NFIT alone tells the guest where they are");
            return Optional.empty();
        }
        Bytes blobs = Bytes.of(DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(GuestLayout.nvdimmAcpiInput(placed))));
        long length = blobs.length();
        long pages = (length + PAGE_SIZE - 1) >> PAGE_SHIFT;
        long address = split.lowmemEnd() - (pages << PAGE_SHIFT);
        if (address < MIN_LOW_RAM) {
            throw new PlanningException("vnvdimms", "the dm-acpi area (" + pages + " pages) at the end of low RAM "
                    + "would leave " + ByteSize.of(Math.max(0, address)) + " of low RAM; hvmloader needs at least 2 MiB",
                    List.of("dm-acpi area", "low RAM"));
        }
        notes.add("dm-acpi: " + length + " bytes of blobs (NFIT table + NVDR namespace device) in " + pages
                + " page(s) at the end of low RAM, " + Hex.plain(address) + ", E820-reserved; published at "
                + "hvmloader/dm-acpi/{address,length}");
        notes.add("e820: each vNVDIMM range is type 7 (persistent memory, ACPI 6): never RAM to the guest; Linux "
                + "finds the devices through the NFIT and skips re-inserting a range already marked persistent; "
                + "adjacent vNVDIMMs share one entry"
                + (placed.stream().anyMatch(v -> v.nrLabelPages() > 0) ? "; each label window is reserved" : ""));
        return Optional.of(new DmAcpiArea(address, blobs, pages));
    }

    /**
     * The memmap libxl sets ({@code domain_construct_memmap}): low RAM from 1 MiB, RDMs, high RAM.
     * jxl adds the dm-acpi area after low RAM and the vNVDIMM ranges at the end.
     */
    private static List<E820Entry> memmap(RamSplit split, RdmPass rdm, Optional<DmAcpiArea> dmAcpi,
            List<VnvdimmPlacement> placed, PlanOptions options, List<String> notes) {
        List<E820Entry> memmap = new ArrayList<>();
        memmap.add(E820Entry.range(GUEST_LOW_MEM_START_DEFAULT, dmAcpi.map(DmAcpiArea::address).orElse(split.lowmemEnd()),
                E820Type.RAM));
        dmAcpi.ifPresent(a -> memmap.add(E820Entry.range(a.address(), a.end(), E820Type.RESERVED)));
        for (RdmPass.Rdm r : rdm.inGuestMap()) {
            memmap.add(new E820Entry(r.start(), r.size(), E820Type.RESERVED));
            if (r.overlaps(RESERVED_MEMORY_DYNAMIC_START, RESERVED_MEMORY_DYNAMIC_END - RESERVED_MEMORY_DYNAMIC_START)) {
                throw new PlanningException("rdm", "hvmloader stops (BUG) on " + r.label() + ": it overlaps its dynamic "
                        + "reserved range [0xfc100000, 0xfe000000)", List.of(r.label(), "hvmloader mem_alloc range"));
            }
        }
        if (!placed.isEmpty() && options.upstreamXen()) {
            // libxl gives every ACPI module an E820 entry at its guest address, but hvmloader, not libxl,
            // places acpi_firmware=, so that address is still 0: the tables' length at 0, over low RAM.
            // Seen on real Xen 4.17 (hvmloader and the guest show [0, 0x15c) ACPI for one vNVDIMM).
            long length = AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(GuestLayout.nvdimmAcpiInput(placed)))
                    .length;
            memmap.add(new E820Entry(0, length, E820Type.ACPI));
            notes.add("e820: quirk kept: libxl gives the acpi_firmware= module an ACPI entry [0, " + Hex.plain(length)
                    + ") before hvmloader has placed it; hvmloader copies the tables into its own ACPI area");
        }
        if (split.hasHighRam()) {
            memmap.add(E820Entry.range(GIB4, split.highmemEnd(), E820Type.RAM));
        }
        List<E820Entry> pmem = pmemEntries(placed);
        if (!options.upstreamXen()) {
            memmap.addAll(pmem);
        }
        if (memmap.size() >= E820MAX) {
            throw new PlanningException(pmem.isEmpty() ? "rdm" : "vnvdimms", "libxl's memmap would have " + memmap.size()
                    + " entries; E820MAX is " + E820MAX);
        }
        return memmap;
    }

    private static void noteAcpi(GuestSettings s, HvmFixedRegions fixed, List<VnvdimmPlacement> placed,
            List<String> notes) {
        if (s.acpi()) {
            notes.add("acpi: the info page and about " + fixed.acpiPages() + " pages of tables (estimated from the DSDT "
                    + "size) form one ACPI NVS entry at 0xfc000000 (type NVS since Xen 4.15)");
            return;
        }
        notes.add("acpi: off, so 0xfc000000-4 GiB is one reserved entry");
        if (!placed.isEmpty()) {
            throw new LayoutException("vnvdimms", "vNVDIMMs reach the guest only through ACPI (NFIT, NVDIMM SSDT); "
                    + "this guest has acpi=0");
        }
    }

    /** The named ranges of the plan: the fixed ones, and those this layout placed. */
    private static List<AddressRange> regions(HvmFixedRegions fixed, Optional<DmAcpiArea> dmAcpi,
            List<VnvdimmPlacement> placed, long mmioStart, HvmBars bars, Optional<AddressRange> window, Host host) {
        List<AddressRange> regions = new ArrayList<>();
        regions.add(fixed.hvmInfo());
        dmAcpi.ifPresent(a -> regions.add(new AddressRange("dm-acpi area", a.address(), a.end())));
        placed.stream().filter(v -> v.guestStart() < GIB4).mapToLong(VnvdimmPlacement::guestStart).min()
                .ifPresent(lo -> regions.add(new AddressRange("vNVDIMMs <4 GiB", lo, mmioStart)));
        regions.add(fixed.vgaHole());
        regions.add(bars.bar32());
        regions.addAll(fixed.inHole());
        window.ifPresent(regions::add);
        regions.add(bars.bar64(host));
        return regions;
    }

    /**
     * One type-7 entry per run of adjacent vNVDIMM data ranges (the NFIT, not the E820, tells devices
     * apart), and a reserved entry for each label window, so the guest OS neither uses it as RAM nor
     * places a BAR there.
     */
    static List<E820Entry> pmemEntries(List<VnvdimmPlacement> placed) {
        List<VnvdimmPlacement> byGfn = new ArrayList<>(placed);
        byGfn.sort((a, b) -> Long.compare(a.gfn(), b.gfn()));
        List<E820Entry> out = new ArrayList<>();
        long start = -1;
        long end = -1;
        for (VnvdimmPlacement v : byGfn) {
            if (v.guestStart() != end) {
                if (start >= 0) {
                    out.add(E820Entry.range(start, end, E820Type.PMEM));
                }
                start = v.guestStart();
            }
            end = v.guestEnd();
            if (v.nrLabelPages() > 0) {
                out.add(E820Entry.range(start, end, E820Type.PMEM));
                out.add(E820Entry.range(v.guestEnd(), v.footprintEnd(), E820Type.RESERVED));
                start = -1;
                end = -1;
            }
        }
        if (start >= 0) {
            out.add(E820Entry.range(start, end, E820Type.PMEM));
        }
        return out;
    }
}
