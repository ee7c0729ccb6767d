package dev.jxl.config.spec;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;

/**
 * What every {@code pci} device starts from: the top-level {@code pci_permissive},
 * {@code pci_msitranslate}, {@code pci_seize}, {@code pci_power_mgmt} (non-zero is true) and the
 * rdm policy xl reads from {@code b_info->u.hvm.rdm.policy} at that point: null stands for the
 * uninitialised value xl 4.17 leaves there after {@code rdm="strategy=host"} (printed as null); on
 * PV guests xl reads that union member through the PV layout, which gives strict.
 */
public record PciDefaults(boolean permissive, boolean msitranslate, boolean seize, boolean powerMgmt,
                          RdmPolicy rdmPolicy) {
    /** No top-level pci_* keys and no rdm. */
    public static final PciDefaults NONE = new PciDefaults(false, false, false, false, RdmPolicy.INVALID);
}
