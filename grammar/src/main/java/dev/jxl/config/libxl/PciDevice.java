package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;

/**
 * libxl_device_pci, from one {@code pci} spec; fields in IDL order. {@code vdevfn} is the guest
 * slot shifted left by 3; {@code vfuncMask} is 1, or 0xffffffff for "all functions" ({@code .*}).
 * A null {@code rdmPolicy} is a value libxl has no name for (xl 4.17 copies its uninitialised rdm
 * policy there after {@code rdm="strategy=host"}); it prints as JSON null.
 */
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
        j.integer("func", func)
                .integer("dev", dev)
                .integer("bus", bus)
                .integer("domain", domain)
                .integer("vdevfn", vdevfn)
                .integer("vfunc_mask", vfuncMask)
                .bool("msitranslate", msitranslate)
                .bool("power_mgmt", powerMgmt)
                .bool("permissive", permissive)
                .bool("seize", seize);
        if (rdmPolicy == null) {
            j.rawEnum("rdm_policy", null);
        } else {
            j.enumeration("rdm_policy", rdmPolicy, RdmPolicy.INVALID);
        }
        j.string("name", name);
    }
}
