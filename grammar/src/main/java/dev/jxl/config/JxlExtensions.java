package dev.jxl.config;

import dev.jxl.grammar.xl.XlValue;
import java.util.List;
import java.util.OptionalLong;

/**
 * The keys jxl reads beyond xl's (xl ignores them): virtual NVDIMMs and PV's fixed PCI hole.
 *
 * @param vnvdimmSpecs the {@code vnvdimms} spec strings, with their positions, in order
 * @param pciHoleStart {@code pci_hole_start}: PV guest-physical address where a fixed hole up to 4 GiB starts
 */
public record JxlExtensions(List<XlValue.Text> vnvdimmSpecs, OptionalLong pciHoleStart) {
    public static final JxlExtensions NONE = new JxlExtensions(List.of(), OptionalLong.empty());

    public JxlExtensions {
        vnvdimmSpecs = List.copyOf(vnvdimmSpecs);
    }
}
