package dev.jxl.layout;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.HvmInfo;
import dev.jxl.config.libxl.LibxlEnums.BiosType;
import dev.jxl.config.libxl.LibxlEnums.DeviceModelVersion;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.config.libxl.LibxlEnums.VgaKind;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.config.libxl.PvInfo;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import java.util.List;
import java.util.OptionalLong;

/**
 * The config values the layout needs, with libxl's defaults applied as
 * {@code libxl__domain_build_info_setdefault} (libxl_create.c, 4.17) applies them. Config errors
 * that libxl or xl would report are thrown as {@link LayoutException}s naming the xl key.
 */
record GuestSettings(DomainType type, long maxMemkb, long targetMemkb, long videoMemkb, long slackMemkb,
        int maxVcpus, boolean hap, DeviceModelVersion deviceModel, BiosType bios, boolean acpi, long mmioHoleMemkb,
        RdmStrategy rdmStrategy, RdmPolicy rdmPolicy, long rdmMemBoundaryMemkb, boolean e820Host,
        boolean hasPci, OptionalLong pciHoleStart, long vmtraceBufKb, List<VnvdimmRequest> vnvdimms) {

    static GuestSettings resolve(DomainConfig config, List<String> notes) {
        // first, as when these were the binder's: the vNVDIMMs' config errors come before any other
        List<VnvdimmRequest> vnvdimms = config.jxl().vnvdimmSpecs().stream().map(VnvdimmRequest::of).toList();
        BuildInfo b = config.libxl().bInfo();
        DomainType type = config.type();
        long max = b.maxMemkb() == LibxlJson.MEMKB_DEFAULT ? XenConstants.DEFAULT_MAX_MEMKB : b.maxMemkb();
        long target = b.targetMemkb() == LibxlJson.MEMKB_DEFAULT ? max : b.targetMemkb();
        if (b.maxMemkb() == LibxlJson.MEMKB_DEFAULT && b.targetMemkb() == LibxlJson.MEMKB_DEFAULT) {
            notes.add("memory: neither memory nor maxmem is set, so libxl's default of 32 MiB applies");
        }
        if (Long.compareUnsigned(target, max) > 0) { // uint64_t in libxl: 2^63 - 1 MiB wraps
            throw new LayoutException("maxmem", "maxmem (" + ByteSize.of(max << 10) + ") is less than memory ("
                    + ByteSize.of(target << 10) + ")");
        }
        int maxVcpus = b.maxVcpus() == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, b.maxVcpus());
        boolean hap = config.libxl().cInfo().hap().or(true);
        boolean hasPci = !config.libxl().pcidevs().isEmpty();
        OptionalLong pciHoleStart = config.jxl().pciHoleStart();

        DeviceModelVersion dm = b.deviceModelVersion();
        if (dm == DeviceModelVersion.UNKNOWN) {
            // libxl: qemu-traditional only for an HVM stub domain, qemu-xen otherwise
            dm = type == DomainType.HVM && b.deviceModelStubdomain().or(false)
                    ? DeviceModelVersion.QEMU_XEN_TRADITIONAL : DeviceModelVersion.QEMU_XEN;
        }
        ByType t = switch (type) {
            case HVM -> ByType.hvm(b, dm);
            case PV -> ByType.pv(b, hasPci, pciHoleStart, notes);
            case PVH -> ByType.common(b).withoutVideo();
            default -> throw new LayoutException("type", "cannot lay out a guest of type " + type.libxlName());
        };
        // vnvdimms (HVM only), pci_hole_start (PV only) and the mmio_hole range are the binder's rules (JxlKeys,
        // DomainConfigBinder), checked once where xl checks them, when the config is read
        return new GuestSettings(type, max, target, t.video(), t.slack(), maxVcpus, hap, dm, t.bios(), t.acpi(),
                t.mmioHole(), t.rdmStrategy(), t.rdmPolicy(), t.rdmBoundary(), t.e820Host(), hasPci, pciHoleStart,
                b.vmtraceBufKb(), vnvdimms);
    }

    /** The settings whose defaults depend on the guest type (libxl's per-type setdefault). */
    private record ByType(long video, long slack, BiosType bios, boolean acpi, long mmioHole, RdmStrategy rdmStrategy,
            RdmPolicy rdmPolicy, long rdmBoundary, boolean e820Host) {
        /** What every type starts from. */
        static ByType common(BuildInfo b) {
            return new ByType(b.videoMemkb(), 0, BiosType.UNKNOWN, b.acpi().or(true), 0, RdmStrategy.IGNORE,
                    RdmPolicy.RELAXED, XenConstants.LIBXL_RDM_MEM_BOUNDARY_MEMKB_DEFAULT, false);
        }

        /** PV and PVH have no device model, so no video RAM. */
        ByType withoutVideo() {
            return new ByType(0, slack, bios, acpi, mmioHole, rdmStrategy, rdmPolicy, rdmBoundary, e820Host);
        }

        static ByType hvm(BuildInfo b, DeviceModelVersion dm) {
            HvmInfo h = (HvmInfo) b.typeInfo();
            long video = videoMemkb(dm, h.vga(), b.videoMemkb());
            long mmioHole = h.mmioHoleMemkb() == LibxlJson.MEMKB_DEFAULT ? 0 : h.mmioHoleMemkb();
            BiosType bios = h.bios() != BiosType.UNKNOWN ? h.bios()
                    : dm == DeviceModelVersion.QEMU_XEN_TRADITIONAL ? BiosType.ROMBIOS : BiosType.SEABIOS;
            if (bios == BiosType.ROMBIOS && dm == DeviceModelVersion.QEMU_XEN) {
                throw new LayoutException("bios", "qemu-xen does not support bios=rombios");
            }
            // the deprecated u.hvm.acpi is copied over when b_info.acpi is unset
            boolean acpi = b.acpi().isDefault() ? h.acpi().or(true) : b.acpi().or(true);
            RdmStrategy rdmStrategy = RdmStrategy.IGNORE;
            RdmPolicy rdmPolicy = RdmPolicy.RELAXED;
            if (h.rdm() != null) {
                rdmStrategy = h.rdm().strategy();
                // unset, and xl 4.17's uninitialised policy, are relaxed to libxl
                rdmPolicy = h.rdm().policy() == RdmPolicy.STRICT ? RdmPolicy.STRICT : RdmPolicy.RELAXED;
            }
            long rdmBoundary = h.rdmMemBoundaryMemkb() != LibxlJson.MEMKB_DEFAULT ? h.rdmMemBoundaryMemkb()
                    : XenConstants.LIBXL_RDM_MEM_BOUNDARY_MEMKB_DEFAULT;
            return new ByType(video, 0, bios, acpi, mmioHole, rdmStrategy, rdmPolicy,
                    rdmBoundary, false);
        }

        static ByType pv(BuildInfo b, boolean hasPci, OptionalLong pciHoleStart, List<String> notes) {
            PvInfo p = (PvInfo) b.typeInfo();
            long slack = p.slackMemkb() == LibxlJson.MEMKB_DEFAULT ? 0 : p.slackMemkb();
            boolean e820Host = p.e820Host().or(false);
            if (hasPci && !e820Host) {
                e820Host = true;
                notes.add("e820_host: forced on because the PV guest has pci devices (xl does this, "
                        + "whatever e820_host says)");
            }
            if (pciHoleStart.isPresent()) {
                checkPciHoleStart(pciHoleStart.getAsLong(), e820Host, hasPci);
            }
            ByType c = common(b);
            return new ByType(0, slack, c.bios(), c.acpi(), 0, c.rdmStrategy(), c.rdmPolicy(), c.rdmBoundary(), e820Host);
        }
    }

    private static void checkPciHoleStart(long start, boolean e820Host, boolean hasPci) {
        if (e820Host) {
            throw new LayoutException("pci_hole_start", "pci_hole_start and e820_host both place the PCI hole; "
                    + (hasPci ? "a PV guest with pci devices always has e820_host (xl forces it), " : "")
                    + "use one of them");
        }
        if ((start & 0xFFF) != 0) {
            throw new LayoutException("pci_hole_start", "pci_hole_start " + Hex.plain(start)
                    + " is not page-aligned (4 KiB)");
        }
        if (start < 0 || start >= XenConstants.GIB4) {
            throw new LayoutException("pci_hole_start", "pci_hole_start " + Hex.plain(start)
                    + " is not below 4 GiB");
        }
        if (start < XenConstants.MIB1) {
            throw new LayoutException("pci_hole_start", "pci_hole_start " + Hex.plain(start)
                    + " is below 1 MiB, where the PC's fixed regions are");
        }
    }

    /** libxl's video RAM defaults and minimums, by device model and VGA kind. */
    private static long videoMemkb(DeviceModelVersion dm, VgaKind kind, long given) {
        boolean unset = given == LibxlJson.MEMKB_DEFAULT;
        VgaKind k = kind == VgaKind.UNKNOWN ? VgaKind.CIRRUS : kind;
        if (dm == DeviceModelVersion.QEMU_XEN_TRADITIONAL) {
            return switch (k) {
                case NONE -> unset ? 0 : given;
                case QXL -> throw new LayoutException("vga", "qemu upstream required for qxl vga");
                case STD -> atLeast(unset ? 8 << 10 : given, 8 << 10, "videoram must be at least 8 MB for STDVGA on QEMU_XEN_TRADITIONAL");
                // libxl warns "ignoring videoram other than 4 MB" but keeps the value, so it still shrinks RAM
                default -> unset ? 4 << 10 : given;
            };
        }
        return switch (k) {
            case NONE -> unset ? 0 : given;
            case QXL -> atLeast(unset ? 128 << 10 : given, 128 << 10, "128 Mib videoram is the minimum for qxl default");
            case STD -> atLeast(unset ? 16 << 10 : given, 16 << 10, "videoram must be at least 16 MB for STDVGA on QEMU_XEN");
            default -> atLeast(unset ? 8 << 10 : given, 8 << 10, "videoram must be at least 8 MB for CIRRUS on QEMU_XEN");
        };
    }

    private static long atLeast(long v, long min, String message) {
        if (v < min) {
            throw new LayoutException("videoram", message);
        }
        return v;
    }
}
