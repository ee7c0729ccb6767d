package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the label methods in ACPICA's {@code acpiexec}, which simulates SystemMemory regions: what
 * {@code _LSW} writes, {@code _LSR} reads back, also through the Intel {@code _DSM} functions 5 and 6;
 * requests outside the label area fail with the documented statuses and write nothing; a whole label
 * area written and read back in transfers of other sizes and offsets (a test-only SSDT loops over it);
 * and with a revision-1 DSDT (32-bit integers, as QEMU's) a window above 4 GiB exposes nothing.
 *
 * <p>acpiexec keeps one buffer per region it has seen and, when a new region overlaps several, grows
 * only the first: windows straddling two earlier ones would read stale bytes. So each session first
 * touches one region over the whole label area ({@code \TUCH}), inside which every window then falls.
 */
class AcpiexecLabelMethodsTest {
    private static final String DIMM = "\\_SB.NVDR.NV00";
    private static final String INTEL = "(30 AC 09 43 11 0D E4 11 91 91 08 00 20 0C 9A 66)";
    private static final String OTHER_UUID = "(A4 E7 10 2F 91 9E E4 11 89 D3 12 3B 93 F7 5C BA)";
    private static final Pattern BUFFER = Pattern.compile("\\[Buffer\\] Length ([0-9A-F]+) =([\\s\\S]*?)(?=\\n\\s*\\n|\\n\\s*\\[|$)");
    private static final Pattern HEX_LINE = Pattern.compile("[0-9A-F]{4}: ((?:[0-9A-F]{2} )+)");

    @TempDir
    Path dir;

    /** A DSDT of the given revision; hvmloader's is 2, QEMU's 1 (the interpreter's integer width). */
    private void dsdt(int revision) throws Exception {
        Files.write(dir.resolve("dsdt.aml"), IaslAccess.compile(dir, "DefinitionBlock (\"\", \"DSDT\", " + revision
                + ", \"Xen\", \"HVM\", 0) { Name (DUMY, Zero) }\n"));
    }

    private List<String> run(int dsdtRevision, NvdimmAcpiInput input, String... commands) throws Exception {
        return runWith(dsdtRevision, input, "", commands);
    }

    /**
     * Runs the commands in one acpiexec session (simulated memory lives as long as the session), with a
     * test table holding {@code testMethods} and {@code \TUCH}, which is run first where the window's
     * address fits the interpreter's integers.
     */
    private List<String> runWith(int dsdtRevision, NvdimmAcpiInput input, String testMethods, String... commands)
            throws Exception {
        dsdt(dsdtRevision);
        Files.write(dir.resolve("ssdt.aml"), NvdimmSsdt.forVnvdimms(input).toBytes());
        VnvdimmRange v = input.vnvdimms().get(0);
        long base = v.labelGuestBaseBytes().getAsLong();
        Files.write(dir.resolve("test.aml"), IaslAccess.compile(dir,
                "DefinitionBlock (\"\", \"SSDT\", 2, \"JXLTST\", \"LSATEST\", 1) {\n"
                        + " External (" + DIMM + "._LSR, MethodObj)\n External (" + DIMM + "._LSW, MethodObj)\n"
                        + " Method (TUCH, 0, Serialized) {\n"
                        + "  OperationRegion (LALL, SystemMemory, 0x" + Long.toHexString(base) + ", 0x"
                        + Long.toHexString(v.labelSizeBytes()) + ")\n"
                        + "  Field (LALL, ByteAcc, NoLock, Preserve) { LB00, 8 }\n  Return (LB00) }\n"
                        + testMethods + "}\n"));
        boolean touch = dsdtRevision >= 2 || v.labelGuestEndBytes() <= 1L << 32;
        List<String> all = new ArrayList<>();
        if (touch) {
            all.add("execute \\TUCH");
        }
        all.addAll(List.of(commands));
        List<String> cmd = new ArrayList<>(List.of("acpiexec", "-b", String.join(";", all)));
        cmd.addAll(List.of("dsdt.aml", "ssdt.aml", "test.aml"));
        IaslAccess.Run r = IaslAccess.run(dir, cmd.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.output());
        assertFalse(r.output().contains("Exception"), r.output());
        assertFalse(r.output().contains("ACPI Error"), r.output());
        String[] parts = r.output().split("\\nEvaluating ");
        List<String> results = new ArrayList<>();
        for (int i = touch ? 2 : 1; i < parts.length; i++) {
            results.add(parts[i]);
        }
        assertEquals(commands.length, results.size(), r.output());
        return results;
    }

    private static NvdimmAcpiInput labelsAt(long window) {
        return NvdimmAcpiInput.of(new VnvdimmRange(0, 5 * AcpiCases.GIB, AcpiCases.GIB, 128 * 1024)
                .withLabelWindow(window));
    }

    private static final NvdimmAcpiInput ABOVE_4G = labelsAt(6 * AcpiCases.GIB);

    /** The integers of an evaluation's result, in order (a package's elements, or the one integer). */
    private static List<Long> integers(String result) {
        List<Long> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\[Integer\\] = ([0-9A-F]{16})").matcher(result);
        while (m.find()) {
            out.add(Long.parseUnsignedLong(m.group(1), 16));
        }
        return out;
    }

    /** The bytes of the first Buffer in an evaluation's result, as lower-case hex. */
    private static String buffer(String result) {
        Matcher m = BUFFER.matcher(result);
        assertTrue(m.find(), result);
        StringBuilder hex = new StringBuilder();
        Matcher line = HEX_LINE.matcher(m.group(2));
        while (line.find()) {
            hex.append(line.group(1).replace(" ", ""));
        }
        assertEquals(Integer.parseInt(m.group(1), 16) * 2, hex.length(), result);
        return hex.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void lsiSaysSizeAndMaxTransfer() throws Exception {
        List<String> r = run(2, ABOVE_4G, "execute " + DIMM + "._LSI");
        assertEquals(List.of(0L, 128L * 1024, (long) NvdimmSsdt.LABEL_MAX_TRANSFER_BYTES), integers(r.get(0)));
    }

    @Test
    void lswThenLsrReadsBackWhatWasWritten() throws Exception {
        List<String> r = run(2, ABOVE_4G,
                "execute " + DIMM + "._LSW 0x100 4 (DE AD BE EF)",
                "execute " + DIMM + "._LSR 0xFE 8",
                // across a page boundary of the area, then the last bytes (the clamped last window)
                "execute " + DIMM + "._LSW 0xFFE 4 (11 22 33 44)",
                "execute " + DIMM + "._LSR 0xFFC 8",
                "execute " + DIMM + "._LSW 0x1FFFE 2 (55 66)",
                "execute " + DIMM + "._LSR 0x1FFF8 8",
                "execute " + DIMM + "._LSR 0x20000 0");
        assertEquals(List.of(0L), integers(r.get(0)));
        assertEquals(0L, integers(r.get(1)).get(0));
        assertEquals("0000deadbeef0000", buffer(r.get(1)));
        assertEquals("000011223344" + "0000", buffer(r.get(3)));
        assertEquals("0000000000005566", buffer(r.get(5)));
        assertEquals(List.of(0L), integers(r.get(6)), "zero bytes at the end: success");
        assertEquals("", buffer(r.get(6)));
    }

    @Test
    void outOfRangeRequestsFailAndWriteNothing() throws Exception {
        List<String> r = run(2, ABOVE_4G,
                "execute " + DIMM + "._LSR 0x20001 0",          // offset past the area
                "execute " + DIMM + "._LSR 0x1FFFC 8",          // runs past the end
                "execute " + DIMM + "._LSR 0 0x1001",           // more than the max transfer
                "execute " + DIMM + "._LSR 0xFFFFFFFFFFFFFFFF 2", // offset + length wraps 64 bits
                "execute " + DIMM + "._LSW 0x1FFFC 8 (01 02 03 04 05 06 07 08)",
                "execute " + DIMM + "._LSW 0x10 4 (01 02)",     // fewer bytes than the length
                "execute " + DIMM + "._LSR 0x10 4");
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_INVALID_INPUT), integers(r.get(i)), r.get(i));
            assertEquals("", buffer(r.get(i)), "a failed _LSR returns a zero-length buffer");
        }
        assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_INVALID_INPUT), integers(r.get(4)));
        assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_INVALID_INPUT), integers(r.get(5)));
        assertEquals("00000000", buffer(r.get(6)), "the refused write left nothing");
    }

    @Test
    void intelDsmLabelFunctionsGoThroughTheSameArea() throws Exception {
        List<String> r = run(2, ABOVE_4G,
                "execute " + DIMM + "._DSM " + INTEL + " 1 0 0",
                "execute " + DIMM + "._DSM " + INTEL + " 1 4 [()]",
                "execute " + DIMM + "._DSM " + INTEL + " 1 6 [(20 00 00 00 03 00 00 00 AA BB CC)]",
                "execute " + DIMM + "._LSR 0x20 3",
                "execute " + DIMM + "._DSM " + INTEL + " 1 5 [(1F 00 00 00 05 00 00 00)]",
                "execute " + DIMM + "._DSM " + INTEL + " 1 5 [(00 F0 01 00 00 20 00 00)]",
                "execute " + DIMM + "._DSM " + INTEL + " 1 6 [(20 00 00 00 09 00 00 00 AA)]",
                "execute " + DIMM + "._DSM " + INTEL + " 1 1 [()]",
                "execute " + DIMM + "._DSM " + OTHER_UUID + " 1 0 0");
        assertEquals("71", buffer(r.get(0)), "functions 4, 5, 6 (and bit 0)");
        assertEquals("00000000" + "00000200" + "00100000", buffer(r.get(1)), "status, 128 KiB, 4 KiB");
        assertEquals("00000000", buffer(r.get(2)));
        assertEquals("aabbcc", buffer(r.get(3)), "_DSM function 6 wrote where _LSR reads");
        assertEquals("00000000" + "00aabbcc00", buffer(r.get(4)));
        assertEquals("03000000", buffer(r.get(5)), "beyond the max transfer: invalid input");
        assertEquals("03000000", buffer(r.get(6)), "data shorter than the length: invalid input");
        assertEquals("01", buffer(r.get(7)), "other Intel functions: not supported");
        assertEquals("00", buffer(r.get(8)), "other UUIDs: nothing supported");
    }

    @Test
    void wholeAreaWrittenAndReadBackInOtherChunks() throws Exception {
        // FILL writes 4 KiB transfers, byte (k + j) & 0xFF at offset 4096 k + j; CHEK reads it back in
        // 0x7F8-byte transfers at unaligned offsets (the last one shorter) and counts wrong bytes.
        long size = 128 * 1024;
        String methods = " Method (FILL, 0, Serialized) {\n"
                + "  Local0 = Zero\n"
                + "  While (Local0 < " + size + ") {\n"
                + "   Local1 = Buffer (0x1000) {}\n   Local2 = Zero\n"
                + "   While (Local2 < 0x1000) { Local1 [Local2] = ((Local0 / 0x1000) + Local2) & 0xFF\n"
                + "    Local2++ }\n"
                + "   If (" + DIMM + "._LSW (Local0, 0x1000, Local1)) { Return (Ones) }\n"
                + "   Local0 += 0x1000 }\n"
                + "  Return (Zero) }\n"
                + " Method (CHEK, 0, Serialized) {\n"
                + "  Local0 = Zero\n  Local5 = Zero\n  Local6 = Zero\n"
                + "  While (Local0 < " + size + ") {\n"
                + "   Local3 = 0x7F8\n   If ((Local0 + Local3) > " + size + ") { Local3 = " + size + " - Local0 }\n"
                + "   Local4 = " + DIMM + "._LSR (Local0, Local3)\n"
                + "   If (DerefOf (Local4 [Zero])) { Return (Ones) }\n"
                + "   Local1 = DerefOf (Local4 [One])\n   Local2 = Zero\n"
                + "   While (Local2 < Local3) {\n"
                + "    Local7 = Local0 + Local2\n"
                + "    If (DerefOf (Local1 [Local2]) != (((Local7 / 0x1000) + (Local7 % 0x1000)) & 0xFF)) { Local5++ }\n"
                + "    Local2++\n    Local6++ }\n"
                + "   Local0 += Local3 }\n"
                + "  Local4 = Package () { Zero, Zero }\n  Local4 [Zero] = Local5\n  Local4 [One] = Local6\n"
                + "  Return (Local4) }\n";
        List<String> r = runWith(2, ABOVE_4G, methods, "execute \\FILL", "execute \\CHEK");
        assertEquals(List.of(0L), integers(r.get(0)), r.get(0));
        assertEquals(List.of(0L, size), integers(r.get(1)), "no wrong byte among all of them");
    }

    @Test
    void thirtyTwoBitIntegersHideAWindowAbove4GiB() throws Exception {
        List<String> r = run(1, ABOVE_4G,
                "execute " + DIMM + "._DSM " + INTEL + " 1 0 0",
                "execute " + DIMM + "._LSI",
                "execute " + DIMM + "._LSW 0x10 2 (AB CD)",
                "execute " + DIMM + "._LSR 0x10 2");
        assertEquals("00", buffer(r.get(0)), "the Intel family claims nothing: Linux stays label-less");
        assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_FAILURE, 0L, 0L), integers(r.get(1)));
        assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_FAILURE), integers(r.get(2)));
        assertEquals(List.of((long) NvdimmSsdt.LABEL_STATUS_FAILURE), integers(r.get(3)));
        assertEquals("", buffer(r.get(3)));
    }

    @Test
    void aWindowBelow4GiBWorksWithThirtyTwoBitIntegers() throws Exception {
        List<String> r = run(1, labelsAt(0x3000_0000L),
                "execute " + DIMM + "._DSM " + INTEL + " 1 0 0",
                "execute " + DIMM + "._LSW 0x10 2 (AB CD)",
                "execute " + DIMM + "._LSR 0x10 2");
        assertEquals("71", buffer(r.get(0)));
        assertEquals(List.of(0L), integers(r.get(1)));
        assertEquals("abcd", buffer(r.get(2)));
    }
}
