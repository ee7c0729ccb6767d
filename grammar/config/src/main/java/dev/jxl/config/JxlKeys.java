package dev.jxl.config;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.spec.SpecException;
import dev.jxl.config.spec.VnvdimmSpec;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The keys jxl adds beyond xl (see README): read with xl's own value rules. */
final class JxlKeys {
    private JxlKeys() {
    }

    /** QEMU's ACPI_MAX_RAM_SLOTS, and what the NVxx names and u16 NFIT indices can number. */
    static final int MAX_VNVDIMMS = 256;

    static JxlExtensions bind(XlGetters get, DomainType type) {
        List<VnvdimmSpec> vnvdimms = new ArrayList<>();
        Optional<XlValue.Items> list = get.list("vnvdimms");
        if (list.isPresent()) {
            List<XlValue.Text> items = get.stringItems("vnvdimms", list.get());
            if (type != DomainType.HVM && !items.isEmpty()) {
                throw get.error("vnvdimms", "vnvdimms need an HVM guest (type=\"hvm\"): the NFIT and the"
                        + " namespace devices reach the guest through hvmloader's ACPI tables");
            }
            for (XlValue.Text item : items) {
                if (vnvdimms.size() == MAX_VNVDIMMS) {
                    throw new XlGetters.BindError(item.position(), "vnvdimms", "at most " + MAX_VNVDIMMS
                            + " vNVDIMMs (NV00..NVFF, QEMU's ACPI_MAX_RAM_SLOTS)");
                }
                try {
                    vnvdimms.add(VnvdimmSpec.parse(item.text(), item.position(), offset -> at(item, offset)));
                } catch (SpecException e) {
                    throw new XlGetters.BindError(at(item, e.offset()), "vnvdimms", "vnvdimms spec '" + item.text()
                            + "': " + e.getMessage());
                }
            }
        }
        OptionalLong holeStart = OptionalLong.empty();
        if (get.isSet("pci_hole_start")) {
            holeStart = get.number("pci_hole_start", true);
            if (holeStart.isEmpty()) {
                throw get.error("pci_hole_start", "`pci_hole_start' must be an address (a number; 0x... for hex)");
            }
            if (type != DomainType.PV) {
                throw get.error("pci_hole_start", "`pci_hole_start' is for PV guests; an HVM guest uses mmio_hole,"
                        + " a PVH guest has a fixed 64 MiB hole");
            }
        }
        return new JxlExtensions(vnvdimms, holeStart);
    }

    /** The position of a character in a quoted spec (past the opening quote), as Devices does. */
    private static SourcePosition at(XlValue.Text item, int offset) {
        SourcePosition p = item.position();
        if (offset < 0 || item.text().indexOf('\n') >= 0) {
            return p;
        }
        return new SourcePosition(p.source(), p.line(), p.column() + 1 + offset);
    }
}
