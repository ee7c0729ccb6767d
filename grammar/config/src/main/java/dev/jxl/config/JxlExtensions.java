package dev.jxl.config;

import dev.jxl.config.spec.VnvdimmSpec;
import java.util.List;
import java.util.OptionalLong;

/**
 * The keys jxl reads beyond xl's (xl ignores them): virtual NVDIMMs and PV's fixed PCI hole.
 *
 * @param vnvdimmSpecs the parsed {@code vnvdimms} items, in config order (each keeps its position)
 * @param pciHoleStart {@code pci_hole_start}: PV guest-physical address where a fixed hole up to 4 GiB starts
 */
public record JxlExtensions(List<VnvdimmSpec> vnvdimmSpecs, OptionalLong pciHoleStart) {
    public static final JxlExtensions NONE = new JxlExtensions(List.of(), OptionalLong.empty());

    public JxlExtensions {
        vnvdimmSpecs = List.copyOf(vnvdimmSpecs);
    }
}
