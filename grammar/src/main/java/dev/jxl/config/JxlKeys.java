package dev.jxl.config;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.grammar.xl.XlValue;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The keys jxl adds beyond xl (see README): read with xl's own value rules. */
final class JxlKeys {
    private JxlKeys() {
    }

    static JxlExtensions bind(XlGetters get, DomainType type) {
        List<XlValue.Text> vnvdimms = List.of();
        Optional<XlValue.Items> list = get.list("vnvdimms");
        if (list.isPresent()) {
            vnvdimms = get.stringItems("vnvdimms", list.get());
            if (type != DomainType.HVM && !vnvdimms.isEmpty()) {
                throw get.error("vnvdimms", "vnvdimms need an HVM guest (type=\"hvm\"): the NFIT and the"
                        + " namespace devices reach the guest through hvmloader's ACPI tables");
            }
        }
        OptionalLong holeStart = OptionalLong.empty();
        if (get.isSet("pci_hole_start")) {
            holeStart = get.number("pci_hole_start", true);
            if (holeStart.isEmpty()) {
                throw get.error("pci_hole_start", "`pci_hole_start' must be an address (a number; 0x… for hex)");
            }
            if (type != DomainType.PV) {
                throw get.error("pci_hole_start", "`pci_hole_start' is for PV guests; an HVM guest uses mmio_hole");
            }
        }
        return new JxlExtensions(vnvdimms, holeStart);
    }
}
