package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.*;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.LibxlEnums.BiosType;
import dev.jxl.config.libxl.LibxlEnums.DeviceModelVersion;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.e820.Hex;
import dev.jxl.layout.e820.HvmloaderE820;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.ReservedDeviceMemory;
import dev.jxl.layout.acpi.DmAcpiBlobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HVM: libxl's split ({@code libxl__build_hvm}), its RDM pass
 * ({@code libxl__domain_device_construct_rdm}), its memmap ({@code domain_construct_memmap}),
 * libxenguest's special pages, and hvmloader's BAR windows and E820.
 */
final class HvmLayout {
    /** libacpi ACPI_HPET_ADDRESS (1 KiB of registers). */
    static final long HPET_ADDRESS = 0xFED00000L;
    /** hvmloader: BUG_ON(low_mem_end < 2 MiB). */
    static final long MIN_LOW_RAM = MIB2;

    private HvmLayout() {
    }

    /** One RDM as libxl tracks it: the policy becomes INVALID when a relaxed conflict hides it. */
    private record Rdm(long start, long size, RdmPolicy policy) {
    }

    static GuestLayout plan(GuestSettings s, Host host, PlanOptions options, List<String> notes) {
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

        long mmioSize = 0;
        List<XenstoreWrite> xenstore = new ArrayList<>();
        if (s.mmioHoleMemkb() != 0) {
            long maxRamBelow4g = GIB4 - (s.mmioHoleMemkb() << 10);
            // libxl (hvm_build_set_xs_values) writes the size whenever 4G - hole <= 0xF0000000
            XenstoreWrite hole = XenstoreWrite.mmioHoleSize(s.mmioHoleMemkb() << 10);
            xenstore.add(hole);
            if (maxRamBelow4g < HVM_BELOW_4G_MMIO_START) {
                mmioSize = s.mmioHoleMemkb() << 10;
                notes.add("mmio_hole: " + ByteSize.of(mmioSize) + " hole from " + Hex.plain(maxRamBelow4g)
                        + "; libxl tells QEMU max-ram-below-4g and hvmloader " + hole.path() + " = " + hole.value());
            } else {
                notes.add("mmio_hole: " + ByteSize.of(s.mmioHoleMemkb() << 10) + " equals the default hole; libxl keeps "
                        + "the default size but still writes " + hole.path() + " = " + hole.value()
                        + " (4G - hole <= 0xF0000000), which stops hvmloader growing the hole");
            }
        }
        if (mmioSize == 0) {
            mmioSize = HVM_BELOW_4G_MMIO_LENGTH;
        }
        long mmioStart = GIB4 - mmioSize;
        long lowmemEnd = memSize;
        long highmemEnd = 0;
        if (lowmemEnd > mmioStart) {
            highmemEnd = GIB4 + (lowmemEnd - mmioStart);
            lowmemEnd = mmioStart;
            notes.add("split: RAM above " + Hex.plain(mmioStart) + " (" + ByteSize.of(memSize - mmioStart)
                    + ") moves to [4 GiB, " + Hex.plain(highmemEnd) + ")");
        } else {
            notes.add("split: all RAM fits below the MMIO hole at " + Hex.plain(mmioStart));
        }

        // ACPI tables (hvmloader's allocator from 0xFC001000); noted below, needed now for vNVDIMM pins.
        long acpiMemEnd = RESERVED_MEMBASE;
        int acpiPages = 0;
        if (s.acpi()) {
            int dsdt = s.deviceModel() == DeviceModelVersion.QEMU_XEN ? AcpiTableEstimate.DSDT_QEMU_XEN
                    : s.maxVcpus() <= 15 ? AcpiTableEstimate.DSDT_TRADITIONAL_15CPU
                    : AcpiTableEstimate.DSDT_TRADITIONAL_ANYCPU;
            acpiPages = AcpiTableEstimate.pages(dsdt, s.maxVcpus());
            acpiMemEnd = HvmloaderE820.ACPI_MEMORY_DYNAMIC_START + ((long) acpiPages << PAGE_SHIFT);
        }
        long specialStart = (X86_HVM_END_SPECIAL_REGION - X86_HVM_NR_SPECIAL_PAGES) << PAGE_SHIFT;
        long ioreqStart = specialStart - (NR_IOREQ_SERVER_PAGES << PAGE_SHIFT);

        // vNVDIMMs below 4 GiB go just under the hole; the RAM they displace moves above 4 GiB.
        VnvdimmPlanner vnvdimms = VnvdimmPlanner.resolve(s.vnvdimms(), host, notes);
        if (vnvdimms.anyBelow4g()) {
            List<AddressRange> fixed = new ArrayList<>();
            fixed.add(new AddressRange("low 1 MiB (hvm_info, VGA hole, BIOS)", 0, GUEST_LOW_MEM_START_DEFAULT));
            fixed.add(new AddressRange("MMIO hole", mmioStart, GIB4));
            fixed.add(new AddressRange("32-bit BARs", mmioStart, RESERVED_MEMBASE));
            if (s.acpi()) {
                fixed.add(new AddressRange("ACPI tables", RESERVED_MEMBASE, acpiMemEnd));
            }
            fixed.add(new AddressRange("shared_info", RESERVED_MEMORY_DYNAMIC_END - PAGE_SIZE, RESERVED_MEMORY_DYNAMIC_END));
            fixed.add(new AddressRange("GUEST_RESERVED", 0xFE700000L, 0xFE800000L));
            fixed.add(new AddressRange("IOAPIC", 0xFEC00000L, 0xFEC01000L));
            fixed.add(new AddressRange("HPET", HPET_ADDRESS, HPET_ADDRESS + 0x400));
            fixed.add(new AddressRange("LAPIC/MSI", LAPIC_BASE_ADDRESS, 0xFEF00000L));
            fixed.add(new AddressRange("ioreq-server pages", ioreqStart, specialStart));
            fixed.add(new AddressRange("special pages", specialStart, X86_HVM_END_SPECIAL_REGION << PAGE_SHIFT));
            long lowest = vnvdimms.placeBelow4g(mmioStart, fixed);
            if (lowest < lowmemEnd) {
                highmemEnd = (highmemEnd == 0 ? GIB4 : highmemEnd) + (lowmemEnd - lowest);
                notes.add("vnvdimms: low RAM now ends at " + Hex.plain(lowest) + " and " + ByteSize.of(lowmemEnd - lowest)
                        + " moves above 4 GiB (RAM to " + Hex.plain(highmemEnd) + "); libxl must pass QEMU "
                        + "max-ram-below-4g=" + Hex.plain(lowest) + " so both agree on the split");
                lowmemEnd = lowest;
            }
            if (xenstore.isEmpty()) {
                xenstore.add(XenstoreWrite.mmioHoleSize(GIB4 - mmioStart));
            }
            XenstoreWrite hole = xenstore.get(0);
            notes.add("vnvdimms: " + (s.mmioHoleMemkb() != 0 ? "libxl" : "jxl") + " writes " + hole.path() + " = "
                    + hole.value() + " so hvmloader keeps the hole at " + Hex.plain(mmioStart) + " and never grows it"
                    + " (or moves it for an RMRR) into the vNVDIMMs below it");
        }

        // Reserved device memory (RMRRs), libxl_dm.c.
        List<Rdm> rdms = new ArrayList<>();
        if (s.rdmStrategy() == RdmStrategy.HOST) {
            for (ReservedDeviceMemory r : host.rdm()) {
                rdms.add(new Rdm(r.start(), r.size(), s.rdmPolicy()));
            }
            notes.add("rdm: strategy=host, policy=" + s.rdmPolicy().libxlName() + ": " + rdms.size()
                    + " host RDM region(s)");
        }
        if (s.hasPci()) {
            notes.add("rdm: the RDMs of each passed-through device are not known when planning (per-device "
                    + "XENMEM_reserved_device_memory_map); only strategy=host RDMs are laid out");
        }
        long boundary = s.rdmMemBoundaryMemkb() << 10;
        long high = highmemEnd;
        for (Rdm r : rdms) {
            if (!(overlaps(0, lowmemEnd, r.start, r.size))) {
                continue;
            }
            long rdmStart = r.start;
            if (rdmStart > boundary) {
                // HAP guests keep 2 MiB pages: round the new end of low RAM down to 2 MiB
                if (s.hap() && rdmStart > MIB2) {
                    rdmStart &= ~(MIB2 - 1);
                }
                if (high == 0) {
                    high = GIB4;
                }
                high += lowmemEnd - rdmStart;
                notes.add("rdm: " + rdmLabel(r) + " lies above the boundary " + Hex.plain(boundary)
                        + ", so low RAM now ends at " + Hex.plain(rdmStart) + " and " + ByteSize.of(lowmemEnd - rdmStart)
                        + " moves above 4 GiB");
                lowmemEnd = rdmStart;
            }
        }
        highmemEnd = high;
        if (Long.compareUnsigned(highmemEnd, host.addressLimit()) > 0) {
            throw new PlanningException("memory", "guest RAM [4 GiB, " + Hex.plain(highmemEnd) + ") ends above the host's "
                    + host.paddrBits() + "-bit physical address limit " + Hex.plain(host.addressLimit()),
                    List.of("high RAM", "host address limit"));
        }
        for (int i = 0; i < rdms.size(); i++) {
            Rdm r = rdms.get(i);
            boolean conflict = overlaps(0, lowmemEnd, r.start, r.size)
                    || (highmemEnd != 0 && overlaps(GIB4, highmemEnd - GIB4, r.start, r.size));
            if (!conflict) {
                continue;
            }
            if (r.policy == RdmPolicy.STRICT) {
                throw new PlanningException("rdm", "RDM conflict at " + Hex.plain(r.start) + ": " + rdmLabel(r)
                        + " overlaps guest RAM [0, " + Hex.plain(lowmemEnd) + ")"
                        + (highmemEnd != 0 ? " or [4 GiB, " + Hex.plain(highmemEnd) + ")" : "")
                        + " and policy is strict", List.of(rdmLabel(r), "guest RAM"));
            }
            notes.add("rdm: ignoring the conflict of " + rdmLabel(r) + " with guest RAM (policy relaxed); it is "
                    + "left out of the guest's map");
            rdms.set(i, new Rdm(r.start, r.size, RdmPolicy.INVALID));
        }

        // vNVDIMMs above 4 GiB: first fit after high RAM; then RDMs must miss every vNVDIMM.
        AddressRange window = vnvdimms.placeAbove4g(highmemEnd, host);
        List<AddressRange> rdmRanges = new ArrayList<>();
        for (Rdm r : rdms) {
            if (r.policy != RdmPolicy.INVALID) {
                rdmRanges.add(new AddressRange(rdmLabel(r), r.start, r.start + r.size));
            }
        }
        vnvdimms.checkRdms(rdmRanges);
        List<VnvdimmPlacement> placed = vnvdimms.placements();
        List<PmemExtent> extents = VnvdimmPlanner.extents(placed);
        Optional<DmAcpiArea> dmAcpi = Optional.empty();
        long ramEnd = lowmemEnd;
        if (!placed.isEmpty() && options.upstreamXen()) {
            notes.add("vnvdimms: upstream Xen: hvmloader knows nothing of them, so no E820 entry and no dm-acpi area;"
                    + " the NFIT and SSDT go in acpi_firmware= and the NFIT alone tells the guest where they are");
        } else if (!placed.isEmpty()) {
            byte[] blobs = DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(GuestLayout.nvdimmAcpiInput(placed)));
            long length = blobs.length;
            long pages = (length + PAGE_SIZE - 1) >> PAGE_SHIFT;
            long address = lowmemEnd - (pages << PAGE_SHIFT);
            if (address < MIN_LOW_RAM) {
                throw new PlanningException("vnvdimms", "the dm-acpi area (" + pages + " pages) at the end of low RAM would leave "
                        + ByteSize.of(Math.max(0, address)) + " of low RAM; hvmloader needs at least 2 MiB",
                        List.of("dm-acpi area", "low RAM"));
            }
            dmAcpi = Optional.of(new DmAcpiArea(address, blobs, pages));
            xenstore.addAll(dmAcpi.get().xenstoreWrites());
            ramEnd = address;
            notes.add("dm-acpi: " + length + " bytes of blobs (NFIT table + NVDR namespace device) in " + pages
                    + " page(s) at the end of low RAM, " + Hex.plain(address) + ", E820-reserved; published at "
                    + "hvmloader/dm-acpi/{address,length}");
            notes.add("e820: each vNVDIMM range is type 7 (persistent memory, ACPI 6): never RAM to the guest; Linux "
                    + "finds the devices through the NFIT and skips re-inserting a range already marked persistent; "
                    + "adjacent vNVDIMMs share one entry"
                    + (placed.stream().anyMatch(v -> v.nrLabelPages() > 0) ? "; each label window is reserved" : ""));
        }

        // The memmap libxl sets (domain_construct_memmap): low RAM from 1 MiB, RDMs, high RAM.
        // jxl adds the dm-acpi area after low RAM and the vNVDIMM ranges at the end.
        List<E820Entry> memmap = new ArrayList<>();
        memmap.add(E820Entry.range(GUEST_LOW_MEM_START_DEFAULT, ramEnd, E820Type.RAM));
        if (dmAcpi.isPresent()) {
            memmap.add(E820Entry.range(dmAcpi.get().address(), dmAcpi.get().end(), E820Type.RESERVED));
        }
        for (Rdm r : rdms) {
            if (r.policy != RdmPolicy.INVALID) {
                memmap.add(new E820Entry(r.start, r.size, E820Type.RESERVED));
                if (overlaps(RESERVED_MEMORY_DYNAMIC_START, RESERVED_MEMORY_DYNAMIC_END - RESERVED_MEMORY_DYNAMIC_START,
                        r.start, r.size)) {
                    throw new PlanningException("rdm", "hvmloader stops (BUG) on " + rdmLabel(r) + ": it overlaps its dynamic "
                            + "reserved range [0xfc100000, 0xfe000000)", List.of(rdmLabel(r), "hvmloader mem_alloc range"));
                }
            }
        }
        if (!placed.isEmpty() && options.upstreamXen()) {
            // libxl gives every ACPI module an E820 entry at its guest address, but hvmloader, not libxl,
            // places acpi_firmware=, so that address is still 0: the tables' length at 0, over low RAM.
            // Seen on real Xen 4.17 (hvmloader and the guest show [0, 0x15c) ACPI for one vNVDIMM).
            long length = dev.jxl.layout.acpi.AcpiFirmwareImage.of(dev.jxl.layout.acpi.AcpiFirmwareImage
                    .tablesForVnvdimms(GuestLayout.nvdimmAcpiInput(placed))).length;
            memmap.add(new E820Entry(0, length, E820Type.ACPI));
            notes.add("e820: quirk kept: libxl gives the acpi_firmware= module an ACPI entry [0, " + Hex.plain(length)
                    + ") before hvmloader has placed it; hvmloader copies the tables into its own ACPI area");
        }
        if (highmemEnd != 0) {
            memmap.add(E820Entry.range(GIB4, highmemEnd, E820Type.RAM));
        }
        if (!options.upstreamXen()) {
            memmap.addAll(pmemEntries(placed));
        }
        if (memmap.size() >= E820MAX) {
            throw new PlanningException(pmemEntries(placed).isEmpty() ? "rdm" : "vnvdimms", "libxl's memmap would have " + memmap.size() + " entries; E820MAX is " + E820MAX);
        }
        if (lowmemEnd < MIB2) {
            throw new LayoutException("memory", "hvmloader needs at least 2 MiB of low RAM (BUG_ON(low_mem_end < 2 MiB)); "
                    + "this guest has " + ByteSize.of(lowmemEnd));
        }

        // hvmloader: the 32-bit BAR window and whether it can grow.
        List<AddressRange> regions = new ArrayList<>();
        boolean relocate = s.deviceModel() == DeviceModelVersion.QEMU_XEN_TRADITIONAL;
        long pciMemStart = HVM_BELOW_4G_MMIO_START;
        boolean holeFixed = false;
        if (s.mmioHoleMemkb() != 0 && GIB4 - (s.mmioHoleMemkb() << 10) <= HVM_BELOW_4G_MMIO_START) {
            pciMemStart = GIB4 - (s.mmioHoleMemkb() << 10);
            holeFixed = true;
        }
        String growth;
        if (!holeFixed && vnvdimms.anyBelow4g()) {
            holeFixed = true;
        }
        if (holeFixed) {
            growth = s.mmioHoleMemkb() != 0 ? "fixed by mmio_hole" : "is fixed by platform/mmio_hole_size (for the vNVDIMMs below it)";
        } else {
            long lowest = pciMemStart;
            // hvmloader doubles the hole (a 32-bit shift) while the new start stays at or above low RAM,
            // or anywhere when RAM relocation is allowed (qemu-traditional only).
            while ((int) (lowest << 1) != 0 && (relocate || (((lowest << 1) & 0xFFFFFFFFL) >> PAGE_SHIFT)
                    >= (lowmemEnd >> PAGE_SHIFT))) {
                lowest = (lowest << 1) & 0xFFFFFFFFL;
            }
            growth = lowest == pciMemStart ? "cannot grow (low RAM reaches it"
                    + (relocate ? ")" : " and qemu-xen forbids RAM relocation)")
                    : "can grow down to " + Hex.plain(lowest) + (relocate && lowest < lowmemEnd
                    ? " by relocating RAM above 4 GiB (qemu-traditional allows it; QEMU is not told)" : "");
        }
        boolean rmrrInWindow = false;
        for (Rdm r : rdms) {
            if (r.policy != RdmPolicy.INVALID && overlaps(pciMemStart, RESERVED_MEMBASE - pciMemStart, r.start, r.size)) {
                rmrrInWindow = true;
            }
        }
        if (!holeFixed && rmrrInWindow && pciMemStart > lowmemEnd) {
            pciMemStart = lowmemEnd;
            growth = "starts at the end of low RAM because an RDM lies in it";
        }
        notes.add("bars: 32-bit BARs go in [" + Hex.plain(pciMemStart) + ", 0xfc000000) ("
                + ByteSize.of(RESERVED_MEMBASE - pciMemStart) + "), which " + growth);
        long bar64Base = Math.max(highmemEnd, GIB4);
        if (window != null) {
            bar64Base = VnvdimmPlanner.alignUp(window.end(), 1L << 30);
            notes.add("bars: 64-bit BARs that do not fit (and any larger than 1 GiB) go from " + Hex.plain(bar64Base)
                    + " up (ROUND_UP(end of the vNVDIMM window, 1 GiB), as QEMU's reserved-memory-end), each aligned to "
                    + "its size, below 2^" + host.paddrBits() + "; hvmloader 4.17 itself starts them at high_mem_end, so "
                    + "the vNVDIMM window needs a hvmloader that honours it");
        } else {
            notes.add("bars: 64-bit BARs that do not fit (and any larger than 1 GiB) go from " + Hex.plain(bar64Base)
                    + " up, each aligned to its size, below 2^" + host.paddrBits() + "; nothing above high RAM is reserved");
        }

        if (s.acpi()) {
            int pages = acpiPages;
            notes.add("acpi: the info page and about " + pages + " pages of tables (estimated from the DSDT size) "
                    + "form one ACPI NVS entry at 0xfc000000 (type NVS since Xen 4.15)");
        } else {
            notes.add("acpi: off, so 0xfc000000-4 GiB is one reserved entry");
            if (!placed.isEmpty()) {
                throw new LayoutException("vnvdimms", "vNVDIMMs reach the guest only through ACPI (NFIT, NVDIMM SSDT); "
                        + "this guest has acpi=0");
            }
        }

        long lowmemReservedBase;
        long biosBase;
        switch (s.bios()) {
            case ROMBIOS -> {
                lowmemReservedBase = 0x9E000;
                biosBase = 0xE0000;
            }
            case OVMF -> {
                lowmemReservedBase = 0;
                biosBase = 0xF0000;
            }
            default -> {
                lowmemReservedBase = 0;
                biosBase = 0x100000 - host.seabiosImageSize();
            }
        }
        notes.add("firmware: " + s.bios().libxlName() + ", BIOS region from " + Hex.plain(biosBase)
                + (s.bios() == BiosType.SEABIOS ? " (1 MiB - the " + ByteSize.of(host.seabiosImageSize()) + " image)" : ""));
        E820Map e820 = HvmloaderE820.build(lowmemReservedBase, biosBase, acpiMemEnd, s.acpi(), 0, memmap);
        if (s.bios() != BiosType.ROMBIOS && e820.size() > FIRMWARE_E820_SLOTS) {
            long rdmEntries = rdms.stream().filter(r -> r.policy != RdmPolicy.INVALID).count();
            long pmemEntries = options.upstreamXen() ? 0 : pmemEntries(placed).size();
            throw new PlanningException(pmemEntries > 0 ? "vnvdimms" : "rdm", "hvmloader would write " + e820.size() + " E820 entries into "
                    + s.bios().libxlName() + "'s buffer of " + FIRMWARE_E820_SLOTS + " (no bound check): " + rdmEntries
                    + " for RDMs, " + pmemEntries + " for vNVDIMM ranges and label windows",
                    List.of("firmware E820 buffer"));
        }
        notes.add("e820: " + e820.size() + " entries (of " + FIRMWARE_E820_SLOTS + " slots in the firmware's buffer)");

        regions.add(new AddressRange("hvm_info", HVM_INFO_PADDR, 0xA0000));
        if (dmAcpi.isPresent()) {
            regions.add(new AddressRange("dm-acpi area", dmAcpi.get().address(), dmAcpi.get().end()));
        }
        if (vnvdimms.anyBelow4g()) {
            long lo = GIB4;
            for (VnvdimmPlacement v : placed) {
                if (v.guestStart() < GIB4) {
                    lo = Math.min(lo, v.guestStart());
                }
            }
            regions.add(new AddressRange("vNVDIMMs <4 GiB", lo, mmioStart));
        }
        regions.add(new AddressRange("VGA hole", 0xA0000, 0xC0000));
        regions.add(new AddressRange("32-bit BARs", pciMemStart, RESERVED_MEMBASE));
        if (s.acpi()) {
            regions.add(new AddressRange("ACPI tables", RESERVED_MEMBASE, acpiMemEnd));
        }
        regions.add(new AddressRange("shared_info", RESERVED_MEMORY_DYNAMIC_END - PAGE_SIZE, RESERVED_MEMORY_DYNAMIC_END));
        regions.add(new AddressRange("GUEST_RESERVED", 0xFE700000L, 0xFE800000L));
        regions.add(new AddressRange("ioreq-server pages", ioreqStart, specialStart));
        regions.add(new AddressRange("special pages", specialStart, X86_HVM_END_SPECIAL_REGION << PAGE_SHIFT));
        regions.add(new AddressRange("IOAPIC", 0xFEC00000L, 0xFEC01000L));
        regions.add(new AddressRange("LAPIC/MSI", LAPIC_BASE_ADDRESS, 0xFEF00000L));
        if (window != null) {
            regions.add(window);
        }
        regions.add(new AddressRange("64-bit BARs", bar64Base, host.addressLimit()));
        notes.add("pages: special pages (paging, monitor, sharing, bufioreq, xenstore, ioreq, identity PT, console) at "
                + "pfn 0xfeff8-0xfefff; 8 ioreq-server pages at 0xfeff0-0xfeff7; hvm_info at 0x9f800; the VGA hole "
                + "pfns 0xa0-0xbf is never populated");
        return new GuestLayout(DomainType.HVM, memSize >> 10, e820, Optional.of(new E820Map(memmap)), lowmemEnd,
                highmemEnd, MmioHole.below4g(mmioStart), regions, notes, placed, extents, dmAcpi, xenstore);
    }

    /**
     * One type-7 entry per run of adjacent vNVDIMM data ranges (the NFIT, not the E820, tells devices
     * apart), and a reserved entry for each label window, so the guest OS neither uses it as RAM nor
     * places a BAR there.
     */
    static List<E820Entry> pmemEntries(List<VnvdimmPlacement> placed) {
        List<VnvdimmPlacement> byGfn = new ArrayList<>(placed);
        byGfn.sort(java.util.Comparator.comparingLong(VnvdimmPlacement::gfn));
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

    private static boolean overlaps(long start, long size, long rdmStart, long rdmSize) {
        return start + size > rdmStart && start < rdmStart + rdmSize;
    }

    private static String rdmLabel(Rdm r) {
        return "RDM " + Hex.of(r.start) + "-" + Hex.of(r.start + r.size - 1);
    }
}
