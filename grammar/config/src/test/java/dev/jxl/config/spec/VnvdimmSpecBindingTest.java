package dev.jxl.config.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.config.ConfigLoader;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code vnvdimms} through the binder: parsed values with positions, errors at the bad character. */
class VnvdimmSpecBindingTest {
    private static String errors(String text) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.fromText("t.cfg", text, List.of()));
        return e.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void itemsAreParsedInOrderAndKeepTheirPositions() {
        var specs = ConfigLoader.fromText("t.cfg", "name='x'\ntype='hvm'\nvnvdimms=[ 'type=mfn,backend=0x100000,nr_pages=0x40000',\n"
                + "  'type=file,backend=/dev/pmem1' ]\n", List.of()).config().jxl().vnvdimmSpecs();
        assertEquals(2, specs.size());
        assertEquals(new VnvdimmSpec.Backend.Mfn(0x100000), specs.get(0).backend());
        assertEquals(new SourcePosition("t.cfg", 3, 12), specs.get(0).position());
        assertEquals(new SourcePosition("t.cfg", 3, 48), specs.get(0).valuePosition("nr_pages"), "inside the quotes");
        assertEquals(new VnvdimmSpec.Backend.PmemDevice("/dev/pmem1", 1), specs.get(1).backend());
        assertEquals(new SourcePosition("t.cfg", 4, 3), specs.get(1).position());
    }

    @Test
    void specErrorPointsIntoTheQuotedItem() {
        assertEquals("t.cfg:3:48: error: vnvdimms spec 'type=mfn,backend=1,nr_pages=0x40000,size=1': unknown key `size'"
                + " (known: type, backend, nr_pages, nr_label_pages, placement, gfn, align)",
                errors("name='x'\ntype='hvm'\nvnvdimms=['type=mfn,backend=1,nr_pages=0x40000,size=1']\n"));
    }

    @Test
    void pvAndPvhAreRefused() {
        assertEquals("t.cfg:3:10: error: vnvdimms need an HVM guest (type=\"hvm\"): the NFIT and the namespace devices"
                + " reach the guest through hvmloader's ACPI tables",
                errors("name='x'\ntype='pvh'\nvnvdimms=['type=mfn,backend=1,nr_pages=0x40000']\nkernel='/k'\n"));
    }

    @Test
    void atMost256() {
        StringBuilder b = new StringBuilder("name='x'\ntype='hvm'\nvnvdimms=[");
        for (int i = 0; i < 257; i++) {
            b.append(i == 0 ? "" : ",").append("'type=mfn,backend=").append(i * 0x40000L).append(",nr_pages=0x40000'");
        }
        String e = errors(b.append("]\n").toString());
        assertEquals(true, e.endsWith("at most 256 vNVDIMMs (NV00..NVFF, QEMU's ACPI_MAX_RAM_SLOTS)"), e);
    }
}
