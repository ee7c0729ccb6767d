package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The iasl oracle for every golden case: the NFIT and the SSDT disassemble with no error or warning,
 * the NFIT fields iasl decodes equal the input, the SSDT's {@code _ADR}s equal the NFIT handles, and
 * recompiling iasl's own disassembly gives back the same table body. Golden hex + iasl text under
 * {@code golden/acpi/}.
 */
class NvdimmTablesIaslTest {
    private static final Pattern FIELD = Pattern.compile("^\\[[0-9A-F]+h \\d+ +\\d+\\] +(.+?) : (.*)$");

    @TempDir
    Path dir;

    static List<AcpiCases.Case> cases() {
        return AcpiCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nfitDisassemblesCleanlyAndSaysWhatWasPlanned(AcpiCases.Case c) throws Exception {
        byte[] nfit = Nfit.forVnvdimms(c.input()).toTable().toBytes();
        IaslAccess.Disassembly d = IaslAccess.disassemble(dir, "nfit", nfit);
        assertEquals(0, d.run().exitCode(), d.run().output());
        assertEquals(List.of(), d.complaints(), "iasl -d complaints");
        assertTrue(d.run().output().contains("Acpi Data Table [NFIT] decoded"), d.run().output());

        List<Map<String, String>> subtables = subtables(d.dsl());
        assertEquals(3 * c.input().vnvdimms().size(), subtables.size());
        for (int k = 0; k < c.input().vnvdimms().size(); k++) {
            VnvdimmRange v = c.input().vnvdimms().get(k);
            int i = v.index();
            Map<String, String> spa = subtables.get(3 * k);
            Map<String, String> map = subtables.get(3 * k + 1);
            Map<String, String> dcr = subtables.get(3 * k + 2);
            assertEquals("0000 [System Physical Address Range]", spa.get("Subtable Type"));
            assertEquals(hex(56, 4), spa.get("Length"));
            assertEquals(hex(NvdimmIds.spaRangeIndex(i), 4), spa.get("Range Index"));
            assertEquals(Guid.PERSISTENT_MEMORY.text(), spa.get("Region Type GUID"));
            assertEquals(hex(v.guestBaseBytes(), 16), spa.get("Address Range Base"));
            assertEquals(hex(v.dataSizeBytes(), 16), spa.get("Address Range Length"));
            assertEquals("0001 [Memory Range Map]", map.get("Subtable Type"));
            assertEquals(hex(48, 4), map.get("Length"));
            assertEquals(hex(NvdimmIds.deviceHandle(i), 8), map.get("Device Handle"));
            assertEquals(hex(NvdimmIds.spaRangeIndex(i), 4), map.get("Range Index"));
            assertEquals(hex(NvdimmIds.controlRegionIndex(i), 4), map.get("Control Region Index"));
            assertEquals(hex(v.dataSizeBytes(), 16), map.get("Region Size"));
            assertEquals("0004 [NVDIMM Control Region]", dcr.get("Subtable Type"));
            assertEquals(hex(80, 4), dcr.get("Length"));
            assertEquals(hex(NvdimmIds.controlRegionIndex(i), 4), dcr.get("Region Index"));
            assertEquals(hex(NvdimmIds.serialNumber(i), 8), dcr.get("Serial Number"));
        }
        assertSameBodyWhenRecompiled(d.dsl(), nfit);
    }

    @Test
    void flushHintDisassemblesToo() throws Exception {
        NvdimmAcpiInput in = NvdimmAcpiInput.of(new VnvdimmRange(3, 5 * AcpiCases.GIB, AcpiCases.GIB, 0)
                .withFlushHintAddress(0xFEFFF000L));
        IaslAccess.Disassembly d = IaslAccess.disassemble(dir, "nfit", Nfit.forVnvdimms(in).toTable().toBytes());
        assertEquals(List.of(), d.complaints());
        Map<String, String> flush = subtables(d.dsl()).get(3);
        assertEquals("0006 [Flush Hint Address]", flush.get("Subtable Type"));
        assertEquals("0018", flush.get("Length"));
        assertEquals("00000004", flush.get("Device Handle"));
        assertEquals("00000000FEFFF000", flush.get("Hint Address"));
    }

    /** The complaint filter itself can fail: a wrong checksum and an overlong Length are both reported. */
    @Test
    void oracleNoticesBadChecksumAndLength() throws Exception {
        byte[] nfit = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        nfit[9]++;
        assertTrue(IaslAccess.disassemble(dir, "badsum", nfit).complaints().stream()
                .anyMatch(l -> l.contains("Incorrect checksum")));
        nfit[9]--;
        nfit[4] += 8;
        assertTrue(!IaslAccess.disassemble(dir, "badlen", nfit).complaints().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ssdtDisassemblesCleanlyWithAdrEqualToHandles(AcpiCases.Case c) throws Exception {
        byte[] ssdt = NvdimmSsdt.forVnvdimms(c.input()).toBytes();
        IaslAccess.Disassembly d = IaslAccess.disassemble(dir, "ssdt", ssdt);
        assertEquals(0, d.run().exitCode(), d.run().output());
        assertEquals(List.of(), d.complaints(), "iasl -d complaints");
        assertTrue(d.dsl().contains("Name (_HID, \"ACPI0012\""), d.dsl());
        assertTrue(!d.dsl().contains("_FIT"), "never a _FIT");

        Matcher m = Pattern.compile("Device \\((NV[0-9A-F]{2})\\)\\s*\\{\\s*Name \\(_ADR, (\\w+)\\)").matcher(d.dsl());
        Map<String, Long> adr = new LinkedHashMap<>();
        while (m.find()) {
            adr.put(m.group(1), aslInteger(m.group(2)));
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        c.input().vnvdimms().forEach(v -> expected.put(NvdimmIds.deviceName(v.index()), NvdimmIds.deviceHandle(v.index())));
        assertEquals(expected, adr);
        assertSameBodyWhenRecompiled(d.dsl(), ssdt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void golden(AcpiCases.Case c) throws Exception {
        byte[] nfit = Nfit.forVnvdimms(c.input()).toTable().toBytes();
        byte[] ssdt = NvdimmSsdt.forVnvdimms(c.input()).toBytes();
        byte[] dmAcpi = DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(c.input()));
        Approvals.verify(hexDump(nfit), AcpiGolden.options(c.name() + ".nfit", ".hex"));
        Approvals.verify(hexDump(ssdt), AcpiGolden.options(c.name() + ".ssdt", ".hex"));
        Approvals.verify(hexDump(dmAcpi), AcpiGolden.options(c.name() + ".dm-acpi", ".hex"));
        Approvals.verify(IaslAccess.disassemble(dir, "nfit", nfit).dsl(), AcpiGolden.iaslText(c.name() + ".nfit"));
        Approvals.verify(IaslAccess.disassemble(dir, "ssdt", ssdt).dsl(), AcpiGolden.iaslText(c.name() + ".ssdt"));
    }

    /** iasl recompiles its own disassembly; only the compiler id/revision in the header may differ. */
    private void assertSameBodyWhenRecompiled(String dsl, byte[] original) throws Exception {
        Files.writeString(dir.resolve("again.dsl"), dsl);
        IaslAccess.Run r = IaslAccess.run(dir, "iasl", "-p", "again", "again.dsl");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("0 Errors, 0 Warnings"), r.output());
        byte[] again = Files.readAllBytes(dir.resolve("again.aml"));
        assertEquals(HexFormat.of().formatHex(Arrays.copyOfRange(original, 36, original.length)),
                HexFormat.of().formatHex(Arrays.copyOfRange(again, 36, again.length)));
        assertEquals(HexFormat.of().formatHex(original, 0, 9), HexFormat.of().formatHex(again, 0, 9),
                "signature, length, revision");
    }

    static List<Map<String, String>> subtables(String dsl) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : dsl.split("\n")) {
            Matcher m = FIELD.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String field = m.group(1).strip();
            if (field.equals("Subtable Type")) {
                current = new LinkedHashMap<>();
                out.add(current);
            }
            if (current != null) {
                current.putIfAbsent(field, m.group(2).strip());
            }
        }
        return out;
    }

    private static String hex(long value, int digits) {
        return String.format("%0" + digits + "X", value);
    }

    private static long aslInteger(String text) {
        return switch (text) {
            case "Zero" -> 0;
            case "One" -> 1;
            default -> Long.decode(text);
        };
    }

    static String hexDump(byte[] data) {
        StringBuilder out = new StringBuilder();
        for (int off = 0; off < data.length; off += 16) {
            out.append(String.format("%04x:", off));
            for (int i = off; i < Math.min(off + 16, data.length); i++) {
                out.append(' ').append(String.format("%02x", data[i] & 0xFF));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
