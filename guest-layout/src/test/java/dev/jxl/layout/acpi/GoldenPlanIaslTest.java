package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.VnvdimmPlacement;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The iasl oracle over every golden layout case with vNVDIMMs: the NFIT and SSDT built from the
 * planned layout disassemble with no complaint, and what iasl decodes equals the plan (each SPA's
 * base and length are the vNVDIMM's guest data range, memdev sizes and handles match, each
 * {@code NVxx._ADR} is its handle). The dm-acpi area the plan reserved holds exactly the blobs.
 */
class GoldenPlanIaslTest {
    @TempDir
    Path dir;

    static List<GoldenPlanCases.Case> cases() {
        return GoldenPlanCases.all();
    }

    @Test
    void everyKindOfPlacementIsCovered() {
        List<GoldenPlanCases.Case> all = cases();
        assertTrue(all.size() >= 10, "golden vNVDIMM cases: " + all);
        assertTrue(all.stream().anyMatch(c -> c.layout().vnvdimms().size() == 64), "the 64 x 96 GiB case");
        assertTrue(all.stream().anyMatch(c -> c.layout().vnvdimms().stream().anyMatch(v -> v.guestStart() < 1L << 32)));
        assertTrue(all.stream().anyMatch(c -> c.layout().vnvdimms().stream().anyMatch(v -> v.nrLabelPages() > 0)));
        assertTrue(all.stream().anyMatch(c -> c.layout().vnvdimms().stream().anyMatch(VnvdimmPlacement::pinned)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nfitSaysWhatWasPlanned(GoldenPlanCases.Case c) throws Exception {
        NvdimmAcpiInput in = c.layout().nvdimmAcpiInput();
        byte[] nfit = Nfit.forVnvdimms(in).toTable().toBytes();
        IaslAccess.Disassembly d = IaslAccess.disassemble(dir, "nfit", nfit);
        assertEquals(0, d.run().exitCode(), d.run().output());
        assertEquals(List.of(), d.complaints(), "iasl -d complaints");
        List<Map<String, String>> sub = NvdimmTablesIaslTest.subtables(d.dsl());
        List<VnvdimmPlacement> planned = c.layout().vnvdimms();
        assertEquals(3 * planned.size(), sub.size());
        for (int k = 0; k < planned.size(); k++) {
            VnvdimmPlacement v = planned.get(k);
            Map<String, String> spa = sub.get(3 * k);
            Map<String, String> map = sub.get(3 * k + 1);
            Map<String, String> dcr = sub.get(3 * k + 2);
            assertEquals(hex(v.gfn() << 12, 16), spa.get("Address Range Base"), v.name());
            assertEquals(hex(v.dataPages() << 12, 16), spa.get("Address Range Length"), v.name());
            assertEquals(Guid.PERSISTENT_MEMORY.text(), spa.get("Region Type GUID"));
            assertEquals(hex(NvdimmIds.spaRangeIndex(v.index()), 4), spa.get("Range Index"));
            assertEquals(hex(NvdimmIds.deviceHandle(v.index()), 8), map.get("Device Handle"));
            assertEquals(hex(v.dataPages() << 12, 16), map.get("Region Size"));
            assertEquals(spa.get("Range Index"), map.get("Range Index"));
            assertEquals(dcr.get("Region Index"), map.get("Control Region Index"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ssdtAdrsAreThePlannedHandles(GoldenPlanCases.Case c) throws Exception {
        byte[] ssdt = NvdimmSsdt.forVnvdimms(c.layout().nvdimmAcpiInput()).toBytes();
        IaslAccess.Disassembly d = IaslAccess.disassemble(dir, "ssdt", ssdt);
        assertEquals(0, d.run().exitCode(), d.run().output());
        assertEquals(List.of(), d.complaints(), "iasl -d complaints");
        Matcher m = Pattern.compile("Device \\((NV[0-9A-F]{2})\\)\\s*\\{\\s*Name \\(_ADR, (\\w+)\\)").matcher(d.dsl());
        Map<String, Long> adr = new LinkedHashMap<>();
        while (m.find()) {
            adr.put(m.group(1), switch (m.group(2)) {
                case "Zero" -> 0L;
                case "One" -> 1L;
                default -> Long.decode(m.group(2));
            });
        }
        Map<String, Long> want = new LinkedHashMap<>();
        c.layout().vnvdimms().forEach(v -> want.put(String.format("NV%02X", v.index()), (long) v.index() + 1));
        assertEquals(want, adr);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dmAcpiAreaHoldsTheBlobsAndHvmloaderTakesThem(GoldenPlanCases.Case c) {
        NvdimmAcpiInput in = c.layout().nvdimmAcpiInput();
        byte[] area = DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(in));
        var planned = c.layout().dmAcpi().orElseThrow();
        assertEquals(planned.length(), area.length);
        assertTrue(planned.pages() << 12 >= area.length && (planned.pages() - 1) << 12 < area.length);
        assertEquals(List.of(), HvmloaderAcpiPolicy.checkDmAcpi(area,
                HvmloaderAcpiPolicy.DomainFacts.of(in, HvmloaderSecondaryTables.xlDefaults())));
        assertEquals(List.of(), HvmloaderAcpiPolicy.checkAcpiFirmware(
                AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(in)), HvmloaderSecondaryTables.xlDefaults()));
    }

    private static String hex(long value, int digits) {
        return String.format("%0" + digits + "X", value);
    }
}
