package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;

/**
 * libxl_device_pci, from one {@code pci} spec; fields in IDL order. {@code vdevfn} is the guest
 * slot shifted left by 3; {@code vfuncMask} is 1, or 0xffffffff for "all functions" ({@code .*}).
 * A null {@code rdmPolicy} is a value libxl has no name for (xl 4.17 copies its uninitialised rdm
 * policy there after {@code rdm="strategy=host"}); it prints as JSON null.
 */
@Idl.Struct
public record PciDevice(
        int func,
        int dev,
        int bus,
        long domain,
        long vdevfn,
        long vfuncMask,
        boolean msitranslate,
        boolean powerMgmt,
        boolean permissive,
        boolean seize,
        RdmPolicy rdmPolicy,
        String name) implements LibxlJson.Struct {

    /** LIBXL_PCI_FUNC_ALL as the uint32 vfunc_mask. */
    public static final long FUNC_ALL = 0xFFFFFFFFL;

    @Override
    public void writeFields(LibxlJson j) {
        PciDeviceIdl.writeFields(this, j);
    }
}
