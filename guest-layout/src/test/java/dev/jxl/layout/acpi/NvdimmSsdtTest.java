package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jxl.layout.acpi.aml.Aml;

/** The SSDT's revision and device contents with and without label windows (the bytes: goldens). */
class NvdimmSsdtTest {
    @Test
    void revisionOneWithoutLabelsTwoWithThem() {
        assertEquals(1, NvdimmSsdt.forVnvdimms(AcpiCases.two().input()).header().revision());
        assertEquals(2, NvdimmSsdt.forVnvdimms(AcpiCases.labels().input()).header().revision());
        assertEquals(2, NvdimmSsdt.forVnvdimms(AcpiCases.labelsBelow4gAndNone().input()).header().revision());
    }

    @Test
    void aRevisionOneHeaderIsRefusedOnlyForAWindowAbove4GiB() {
        AcpiTableHeader rev1 = AcpiTableHeader.jxl("SSDT", 1, "NVDIMM");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NvdimmSsdt.forVnvdimms(AcpiCases.labels().input(), rev1));
        assertEquals("vnvdimm[0]: a label window above 4 GiB needs 64-bit AML integers, an SSDT of revision 2"
                + " or more, not 1", e.getMessage());
        assertEquals(1, NvdimmSsdt.forVnvdimms(AcpiCases.labelsBelow4gAndNone().input(), rev1).header().revision());
    }

    @Test
    void onlyAVnvdimmWithAWindowGetsLabelMethods() {
        List<VnvdimmRange> v = AcpiCases.labelsBelow4gAndNone().input().vnvdimms();
        assertEquals(List.of("_ADR", "_DSM", "_LSI", "_LSR", "_LSW"), names(NvdimmSsdt.nvdimmDeviceTerms(v.get(0))));
        assertEquals(List.of("_ADR", "_DSM"), names(NvdimmSsdt.nvdimmDeviceTerms(v.get(1))));
        assertEquals(NvdimmSsdt.dsm(), NvdimmSsdt.nvdimmDeviceTerms(v.get(1)).get(1), "the label-less _DSM as before");
    }

    @Test
    void theThirtyTwoBitGuardOnlyWhereTheWindowNeedsSixtyFourBits() {
        String guard = "ff67a0";  // Store (Ones, Local7) If (...
        String above = NvdimmSsdt.forVnvdimms(AcpiCases.labels().input()).body().hex();
        String below = NvdimmSsdt.forVnvdimms(AcpiCases.labelsBelow4gAndNone().input()).body().hex();
        assertEquals(4, above.split("70" + guard, -1).length - 1, "_DSM, _LSI, _LSR and _LSW each check");
        assertTrue(!below.contains("70" + guard));
    }

    private static List<String> names(List<Aml> terms) {
        return terms.stream().map(t -> t instanceof Aml.Name n ? n.name().toString()
                : t instanceof Aml.Method m ? m.name().toString() : t.toString()).toList();
    }
}
