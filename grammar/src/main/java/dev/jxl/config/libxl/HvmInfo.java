package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.*;
import java.util.List;

/** The HVM member of libxl_domain_build_info's type union ({@code "type.hvm"}), fields in IDL order. */
public record HvmInfo(
        String firmware,
        BiosType bios,
        Defbool pae,
        Defbool apic,
        Defbool acpi,
        Defbool acpiS3,
        Defbool acpiS4,
        Defbool acpiLaptopSlate,
        Defbool nx,
        Defbool viridian,
        List<Integer> viridianEnable,
        List<Integer> viridianDisable,
        String timeoffset,
        Defbool hpet,
        Defbool vptAlign,
        long mmioHoleMemkb,
        TimerMode timerMode,
        Defbool nestedHvm,
        Defbool altp2m,
        String systemFirmware,
        String smbiosFirmware,
        String acpiFirmware,
        HdType hdtype,
        Defbool nographic,
        VgaKind vga,
        VncInfo vnc,
        String keymap,
        SdlInfo sdl,
        SpiceInfo spice,
        Defbool gfxPassthru,
        GfxPassthruKind gfxPassthruKind,
        String serial,
        String boot,
        Defbool usb,
        long usbversion,
        String usbdevice,
        Defbool vkbDevice,
        String soundhw,
        Defbool xenPlatformPci,
        List<String> usbdeviceList,
        VendorDevice vendorDevice,
        List<Integer> msVmGenid,
        List<String> serialList,
        RdmReserve rdm,
        long rdmMemBoundaryMemkb,
        long mcaCaps) implements GuestTypeInfo {

    public HvmInfo {
        viridianEnable = List.copyOf(viridianEnable);
        viridianDisable = List.copyOf(viridianDisable);
        usbdeviceList = List.copyOf(usbdeviceList);
        msVmGenid = List.copyOf(msVmGenid);
        serialList = List.copyOf(serialList);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.string("firmware", firmware);
        j.enumeration("bios", bios, BiosType.UNKNOWN);
        j.defbool("pae", pae);
        j.defbool("apic", apic);
        j.defbool("acpi", acpi);
        j.defbool("acpi_s3", acpiS3);
        j.defbool("acpi_s4", acpiS4);
        j.defbool("acpi_laptop_slate", acpiLaptopSlate);
        j.defbool("nx", nx);
        j.defbool("viridian", viridian);
        j.bitmap("viridian_enable", viridianEnable);
        j.bitmap("viridian_disable", viridianDisable);
        j.string("timeoffset", timeoffset);
        j.defbool("hpet", hpet);
        j.defbool("vpt_align", vptAlign);
        j.memkb("mmio_hole_memkb", mmioHoleMemkb);
        j.enumeration("timer_mode", timerMode, TimerMode.UNKNOWN);
        j.defbool("nested_hvm", nestedHvm);
        j.defbool("altp2m", altp2m);
        j.string("system_firmware", systemFirmware);
        j.string("smbios_firmware", smbiosFirmware);
        j.string("acpi_firmware", acpiFirmware);
        j.enumeration("hdtype", hdtype, HdType.IDE);
        j.defbool("nographic", nographic);
        j.struct("vga", v -> v.enumeration("kind", vga, VgaKind.UNKNOWN));
        j.struct("vnc", vnc);
        j.string("keymap", keymap);
        j.struct("sdl", sdl);
        j.struct("spice", spice);
        j.defbool("gfx_passthru", gfxPassthru);
        j.enumeration("gfx_passthru_kind", gfxPassthruKind, GfxPassthruKind.DEFAULT);
        j.string("serial", serial);
        j.string("boot", boot);
        j.defbool("usb", usb);
        j.integer("usbversion", usbversion, 0);
        j.string("usbdevice", usbdevice);
        j.defbool("vkb_device", vkbDevice);
        j.string("soundhw", soundhw);
        j.defbool("xen_platform_pci", xenPlatformPci);
        j.stringList("usbdevice_list", usbdeviceList);
        j.enumeration("vendor_device", vendorDevice, VendorDevice.NONE);
        if (!msVmGenid.isEmpty()) { j.integers("ms_vm_genid", msVmGenid.stream().map(Integer::longValue).toList()); }
        j.stringList("serial_list", serialList);
        j.struct("rdm", rdm);
        j.memkb("rdm_mem_boundary_memkb", rdmMemBoundaryMemkb);
        j.uint64("mca_caps", mcaCaps);
    }

    @Override
    public DomainType type() {
        return DomainType.HVM;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.firmware = firmware;
            b.bios = bios;
            b.pae = pae;
            b.apic = apic;
            b.acpi = acpi;
            b.acpiS3 = acpiS3;
            b.acpiS4 = acpiS4;
            b.acpiLaptopSlate = acpiLaptopSlate;
            b.nx = nx;
            b.viridian = viridian;
            b.viridianEnable = viridianEnable;
            b.viridianDisable = viridianDisable;
            b.timeoffset = timeoffset;
            b.hpet = hpet;
            b.vptAlign = vptAlign;
            b.mmioHoleMemkb = mmioHoleMemkb;
            b.timerMode = timerMode;
            b.nestedHvm = nestedHvm;
            b.altp2m = altp2m;
            b.systemFirmware = systemFirmware;
            b.smbiosFirmware = smbiosFirmware;
            b.acpiFirmware = acpiFirmware;
            b.hdtype = hdtype;
            b.nographic = nographic;
            b.vga = vga;
            b.vnc = vnc;
            b.keymap = keymap;
            b.sdl = sdl;
            b.spice = spice;
            b.gfxPassthru = gfxPassthru;
            b.gfxPassthruKind = gfxPassthruKind;
            b.serial = serial;
            b.boot = boot;
            b.usb = usb;
            b.usbversion = usbversion;
            b.usbdevice = usbdevice;
            b.vkbDevice = vkbDevice;
            b.soundhw = soundhw;
            b.xenPlatformPci = xenPlatformPci;
            b.usbdeviceList = usbdeviceList;
            b.vendorDevice = vendorDevice;
            b.msVmGenid = msVmGenid;
            b.serialList = serialList;
            b.rdm = rdm;
            b.rdmMemBoundaryMemkb = rdmMemBoundaryMemkb;
            b.mcaCaps = mcaCaps;
        return b;
    }

    /** Mutable while the binder fills it; {@link #build()} freezes it. Fields start at libxl's init values. */
    public static final class Builder {
        public String firmware = null;
        public BiosType bios = BiosType.UNKNOWN;
        public Defbool pae = Defbool.DEFAULT;
        public Defbool apic = Defbool.DEFAULT;
        public Defbool acpi = Defbool.DEFAULT;
        public Defbool acpiS3 = Defbool.DEFAULT;
        public Defbool acpiS4 = Defbool.DEFAULT;
        public Defbool acpiLaptopSlate = Defbool.DEFAULT;
        public Defbool nx = Defbool.DEFAULT;
        public Defbool viridian = Defbool.DEFAULT;
        public List<Integer> viridianEnable = List.of();
        public List<Integer> viridianDisable = List.of();
        public String timeoffset = null;
        public Defbool hpet = Defbool.DEFAULT;
        public Defbool vptAlign = Defbool.DEFAULT;
        public long mmioHoleMemkb = LibxlJson.MEMKB_DEFAULT;
        public TimerMode timerMode = TimerMode.UNKNOWN;
        public Defbool nestedHvm = Defbool.DEFAULT;
        public Defbool altp2m = Defbool.DEFAULT;
        public String systemFirmware = null;
        public String smbiosFirmware = null;
        public String acpiFirmware = null;
        public HdType hdtype = HdType.IDE;
        public Defbool nographic = Defbool.DEFAULT;
        public VgaKind vga = VgaKind.UNKNOWN;
        public VncInfo vnc = VncInfo.UNSET;
        public String keymap = null;
        public SdlInfo sdl = SdlInfo.UNSET;
        public SpiceInfo spice = SpiceInfo.UNSET;
        public Defbool gfxPassthru = Defbool.DEFAULT;
        public GfxPassthruKind gfxPassthruKind = GfxPassthruKind.DEFAULT;
        public String serial = null;
        public String boot = null;
        public Defbool usb = Defbool.DEFAULT;
        public long usbversion = 0;
        public String usbdevice = null;
        public Defbool vkbDevice = Defbool.DEFAULT;
        public String soundhw = null;
        public Defbool xenPlatformPci = Defbool.DEFAULT;
        public List<String> usbdeviceList = List.of();
        public VendorDevice vendorDevice = VendorDevice.NONE;
        public List<Integer> msVmGenid = List.of();
        public List<String> serialList = List.of();
        public RdmReserve rdm = RdmReserve.UNSET;
        public long rdmMemBoundaryMemkb = LibxlJson.MEMKB_DEFAULT;
        public long mcaCaps = 0;

        public HvmInfo build() {
            return new HvmInfo(firmware, bios, pae, apic, acpi, acpiS3, acpiS4, acpiLaptopSlate, nx, viridian, viridianEnable, viridianDisable, timeoffset, hpet, vptAlign, mmioHoleMemkb, timerMode, nestedHvm, altp2m, systemFirmware, smbiosFirmware, acpiFirmware, hdtype, nographic, vga, vnc, keymap, sdl, spice, gfxPassthru, gfxPassthruKind, serial, boot, usb, usbversion, usbdevice, vkbDevice, soundhw, xenPlatformPci, usbdeviceList, vendorDevice, msVmGenid, serialList, rdm, rdmMemBoundaryMemkb, mcaCaps);
        }
    }
}
