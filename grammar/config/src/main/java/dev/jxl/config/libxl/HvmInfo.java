package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.*;
import dev.jxl.gentypes.Idl;
import java.util.List;

/**
 * The HVM member of libxl_domain_build_info's type union ({@code "type.hvm"}), fields in IDL order;
 * HvmInfoIdl (generated) holds the JSON writer and the builder's fields. Made by its
 * {@link Builder}, whose {@code build()} copies the lists.
 */
@Idl.Struct(builder = true)
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
        @Idl.MemKB long mmioHoleMemkb,
        TimerMode timerMode,
        Defbool nestedHvm,
        Defbool altp2m,
        String systemFirmware,
        String smbiosFirmware,
        String acpiFirmware,
        HdType hdtype,
        Defbool nographic,
        @Idl.In("vga") @Idl.Name("kind") VgaKind vga,
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
        @Idl.Custom List<Integer> msVmGenid,
        List<String> serialList,
        RdmReserve rdm,
        @Idl.MemKB long rdmMemBoundaryMemkb,
        @Idl.Uint64 long mcaCaps) implements GuestTypeInfo {

    /** Mutable while the binder fills it; {@link #build()} freezes it. Fields start at libxl's init values. */
    public static final class Builder extends HvmInfoIdl.Builder {
    }

    @Override
    public DomainType type() {
        return DomainType.HVM;
    }

    @Override
    public void writeFields(LibxlJson j) {
        HvmInfoIdl.writeFields(this, j);
    }

    /** libxl_ms_vm_genid: 16 bytes, an array of numbers; absent while all zero (empty here). */
    void msVmGenidJson(LibxlJson j) {
        if (!msVmGenid.isEmpty()) {
            j.integers("ms_vm_genid", msVmGenid.stream().map(Integer::longValue).toList());
        }
    }
}
