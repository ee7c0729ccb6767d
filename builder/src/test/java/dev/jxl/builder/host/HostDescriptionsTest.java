package dev.jxl.builder.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.Failure;
import dev.jxl.diag.Severity;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostDescriptionsTest {

    @Test
    void builtInHostIsATwoSocketServerWithAPciHoleAndTwoPmemRegions() {
        Host h = HostDescriptions.builtIn();
        assertEquals(2, h.pmem().size());
        assertEquals(0, h.pmem().get(0).node());
        assertEquals(1, h.pmem().get(1).node());
        // a gap below 4 GiB (the 32-bit PCI hole) between reserved entries
        assertTrue(h.e820().entries().stream().anyMatch(e -> e.is(E820Type.RESERVED) && e.addr() == 0x80000000L));
        assertEquals(HostDescriptions.builtIn(), HostDescriptions.parse("x", HostDescriptions.write(h)));
    }

    @Test
    void writeThenParseRoundTrips() {
        Host h = HostDescriptions.builtIn();
        String json = HostDescriptions.write(h);
        assertEquals(json, HostDescriptions.write(HostDescriptions.parse("x", json)));
    }

    @Test
    void syntaxErrorsArePositioned() {
        HostDescriptionException e = assertThrows(HostDescriptionException.class,
                () -> HostDescriptions.parse("h.json", "{\n  \"cpus\": 4,\n  \"e820\": [ }\n"));
        assertTrue(e.getMessage().startsWith("h.json:3:"), e.getMessage());
    }

    @Test
    void unknownKeysAndBadValuesAreNamed() {
        String base = "\"xen_version\": \"4.17\", \"cpus\": 4, \"memory_kib\": 1024, \"e820\": []";
        assertTrue(assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h", "{" + base
                + ", \"cpu\": 3}")).getMessage().contains("unknown key \"cpu\""));
        assertTrue(assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h",
                "{\"xen_version\": \"4.17\", \"cpus\": \"4\", \"memory_kib\": 1, \"e820\": []}")).getMessage()
                .contains("\"cpus\" must be an integer"));
        assertTrue(assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h", "{" + base
                + ", \"cpus\": 5}")).getMessage().contains("h:"));
    }

    @Test
    void badValuesArePositionedAtTheirKey() {
        String json = "{\n  \"xen_version\": \"4.17\",\n  \"cpus\": 4,\n  \"memory_kib\": 1024,\n"
                + "  \"e820\": [],\n  \"pmem\": [\n    {\"spa\": 4096, \"size\": 100, \"node\": 0}\n  ],\n"
                + "  \"paddr_bits\": 99\n}\n";
        assertEquals("h.json:9:3: error: \"paddr_bits\" = 99 is out of range 32..52",
                assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h.json", json)).getMessage());
        String unaligned = json.replace("  \"paddr_bits\": 99\n", "  \"paddr_bits\": 46\n");
        assertEquals("h.json:7:5: error: pmem region: pmem region spa 0x1000 size 0x64 is not page aligned",
                assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h.json", unaligned))
                        .getMessage());
        String unknown = json.replace("  \"cpus\": 4,", "  \"cpu\": 4,");
        assertTrue(assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h.json", unknown))
                .getMessage().startsWith("h.json:3:3: error: unknown key \"cpu\""));
    }

    // ---- what Xen would never report: refused by name, at the place, every problem at once ----

    /** A small host Xen could report; each test below breaks one thing in it (line numbers matter). */
    private static final String SMALL = """
            {
              "xen_version": "4.17",
              "cpus": 4,
              "memory_kib": 1048000,
              "e820": [
                {"addr": 0, "size": 655360, "type": 1},
                {"addr": 1048576, "size": 1072693248, "type": 1},
                {"addr": 4026531840, "size": 268435456, "type": 2}
              ],
              "pmem": [
                {"spa": 4294967296, "size": 1073741824, "node": 0}
              ]
            }
            """;

    private static List<String> refusals(String json) {
        HostDescriptionException e = assertThrows(HostDescriptionException.class, () -> HostDescriptions.parse("h.json", json));
        assertEquals(Failure.DOCUMENT, e.failure());
        Diagnostic last = e.diagnostics().get(e.diagnostics().size() - 1);
        assertEquals(Severity.NOTE, last.severity(), "the last line says what to do");
        assertTrue(last.message().contains("jxl host capture"), last.message());
        return e.errors().stream().map(Diagnostic::toString).toList();
    }

    private static String refusal(String json) {
        List<String> errors = refusals(json);
        assertEquals(1, errors.size(), String.join("\n", errors));
        return errors.get(0);
    }

    @Test
    void theSmallHostIsPossible() {
        Host h = HostDescriptions.parse("h.json", SMALL);
        assertEquals(3, h.e820().size());
    }

    @Test
    void overlappingOrRepeatedE820EntriesAreRefused() {
        assertEquals("h.json:8:5: error: e820[2]: 0x3ff00000-0x4fefffff Reserved overlaps e820[1] 0x100000-0x3fffffff"
                + " RAM (Xen's sanitize_e820_map leaves no two entries sharing a byte)",
                refusal(SMALL.replace("\"addr\": 4026531840", "\"addr\": 1072693248")));
        assertEquals("h.json:8:5: error: e820[2]: repeats e820[1] 0x100000-0x3fffffff RAM (Xen's sanitize_e820_map"
                + " leaves no two entries sharing a byte)",
                refusal(SMALL.replace("{\"addr\": 4026531840, \"size\": 268435456, \"type\": 2}",
                        "{\"addr\": 1048576, \"size\": 1072693248, \"type\": 1}").replace("1048000", "10")));
        // found whatever the order of the entries
        String reordered = refusals(SMALL.replace("{\"addr\": 0, \"size\": 655360, \"type\": 1}",
                "{\"addr\": 4026531840, \"size\": 4096, \"type\": 4}").replace("1048000", "1000")).get(0);
        assertTrue(reordered.startsWith("h.json:8:5: error: e820[2]: 0xf0000000-0xffffffff Reserved overlaps e820[0]"
                + " 0xf0000000-0xf0000fff ACPI NVS"), reordered);
    }

    @Test
    void anEmptyMapTypeZeroAndZeroLengthEntriesAreRefused() {
        List<String> empty = refusals(SMALL.replaceAll("(?s)\"e820\": \\[.*?\\],", "\"e820\": [],"));
        assertEquals("h.json:5:3: error: e820: empty; Xen's machine memory map holds at least the RAM it boots from",
                empty.get(0));
        assertEquals("h.json:7:43: error: e820[1].type: 0 is no E820 type (1 is RAM, 2 reserved, ...)",
                refusals(SMALL.replace("\"size\": 1072693248, \"type\": 1", "\"size\": 1072693248, \"type\": 0"))
                        .get(0));
        String zero = refusal(SMALL.replace("\"size\": 268435456", "\"size\": 0"));
        assertTrue(zero.startsWith("h.json:8:26: error: e820[2].size: 0: a zero-length entry"), zero);
    }

    @Test
    void overlappingPmemAndPmemOverRamAreRefused() {
        String two = SMALL.replace("{\"spa\": 4294967296, \"size\": 1073741824, \"node\": 0}",
                "{\"spa\": 4294967296, \"size\": 1073741824, \"node\": 0},\n    {\"spa\": 5368705024, \"size\": 8192,"
                        + " \"node\": 0}");
        assertEquals("h.json:12:5: error: pmem[1]: 0x13ffff000-0x140000fff overlaps pmem[0] 0x100000000-0x13fffffff"
                + " (NFIT SPA ranges of a host never share a byte)", refusal(two));
        String repeated = SMALL.replace("{\"spa\": 4294967296, \"size\": 1073741824, \"node\": 0}",
                "{\"spa\": 4294967296, \"size\": 1073741824, \"node\": 0},\n    {\"spa\": 4294967296, \"size\": 1073741824,"
                        + " \"node\": 0}");
        assertTrue(refusal(repeated).startsWith("h.json:12:5: error: pmem[1]: repeats pmem[0] 0x100000000-0x13fffffff"));
        assertEquals("h.json:11:5: error: pmem[0]: 0x200000-0x3fffffff overlaps E820 RAM e820[1] 0x100000-0x3fffffff"
                + " (pmem is never RAM: firmware reports it as type 7 or 12, or leaves it out)",
                refusal(SMALL.replace("{\"spa\": 4294967296, \"size\": 1073741824",
                        "{\"spa\": 2097152, \"size\": 1071644672")));
    }

    @Test
    void cpusNodesMemoryAndAddressesXenWouldNeverReport() {
        assertEquals("h.json:3:3: error: \"cpus\" = 0 is out of range 1..1048576",
                refusal(SMALL.replace("\"cpus\": 4", "\"cpus\": 0")));
        assertEquals("h.json:11:45: error: pmem[0].node: 1, but the host has 1 NUMA node(s) (nr_nodes), 0..0",
                refusal(SMALL.replace("\"node\": 0", "\"node\": 1").replace("\"cpus\": 4,", "\"cpus\": 4, \"nr_nodes\": 1,")));
        assertEquals("h.json:11:45: error: pmem[0].node: 4, but the host has 4 CPU(s), so at most nodes 0..3",
                refusal(SMALL.replace("\"node\": 0", "\"node\": 4")));
        assertEquals("h.json:4:3: error: memory_kib: 1048577 KiB is more than the 1048192 KiB of RAM in the E820 map"
                + " (Xen's total_pages counts E820 RAM only)", refusal(SMALL.replace("1048000", "1048577")));
        assertEquals("h.json:4:3: error: \"memory_kib\" = 0 is out of range 1..9007199254740991",
                refusal(SMALL.replace("1048000", "0")));
        String high = SMALL.replace("\"cpus\": 4,", "\"cpus\": 4, \"paddr_bits\": 32,");
        assertEquals(List.of("h.json:11:5: error: pmem[0]: 0x100000000-0x13fffffff reaches beyond 0x100000000, the top"
                + " of the host's 32-bit physical address space (paddr_bits)"), refusals(high));
        assertTrue(refusal(SMALL.replace("\"xen_version\": \"4.17\"", "\"xen_version\": \"\"")).contains("is empty"));
        String rdm = SMALL.replace("\"cpus\": 4,", "\"cpus\": 4, \"rdm\": [{\"addr\": 4026531840, \"size\": 8192},"
                + " {\"addr\": 4026535936, \"size\": 4096}],");
        assertEquals("h.json:3:58: error: rdm[1]: 0xf0001000-0xf0001fff overlaps rdm[0] 0xf0000000-0xf0001fff (Xen"
                + " refuses overlapping RMRRs, -EEXIST)", refusal(rdm));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String broken = SMALL.replace("\"addr\": 4026531840", "\"addr\": 1072693248").replace("1048000", "2000000")
                .replace("{\"spa\": 4294967296", "{\"spa\": 0");
        assertEquals(List.of("h.json:8:5: error: e820[2]", "h.json:4:3: error: memory_kib", "h.json:11:5: error: pmem[0]"),
                refusals(broken).stream().map(m -> m.substring(0, m.indexOf(':', m.indexOf("error: ") + 7))).toList());
    }

    /** The fuzz campaign's reproducers: each an internal error before, a positioned refusal now. */
    @Test
    void deepNestingHugeNumbersAndInvalidUtf8AreRefusedAtTheirPlace(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"e820\": " + "[".repeat(1001) + "]".repeat(1001) + "}");
        assertRefusedAt(deep, ":1:73: error: nested more than 64 levels deep");
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, SMALL.replace("\"cpus\": 4", "\"cpus\": " + "4".repeat(100_000)));
        assertRefusedAt(huge, ":3:11: error: a number of 100000 characters");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, SMALL.replace("\"4.17\"", "\"4.17 caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedAt(latin1, ":2:27: error: invalid UTF-8 (byte 0xE9 at offset 28); JSON documents are UTF-8");
    }

    private static void assertRefusedAt(Path file, String expected) {
        HostDescriptionException e = assertThrows(HostDescriptionException.class, () -> HostDescriptions.read(file));
        assertEquals(Failure.DOCUMENT, e.failure());
        assertTrue(e.errors().get(0).toString().startsWith(file + expected), e.errors().get(0).toString());
        assertEquals(Severity.NOTE, e.diagnostics().get(e.diagnostics().size() - 1).severity());
    }

    @Test
    void aFileThatCannotBeReadSaysSoInOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": cannot read host description: no such file",
                assertThrows(HostDescriptionException.class, () -> HostDescriptions.read(missing)).getMessage());
        assertEquals(dir + ": cannot read host description: it is a directory",
                assertThrows(HostDescriptionException.class, () -> HostDescriptions.read(dir)).getMessage());
    }

    /** Every host description the project ships or tests with is one Xen could report. */
    @Test
    void everyExampleAndTestHostIsPossible() throws IOException {
        Path root = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
        List<Path> hosts;
        try (var files = Files.list(root.resolve("examples/hosts"))) {
            hosts = new java.util.ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
        hosts.add(root.resolve("builder/src/test/resources/xenhost/dom0-capture.json"));
        assertTrue(hosts.size() > 10, hosts.toString());
        for (Path f : hosts) {
            HostDescriptions.read(f);
        }
        HostDescriptions.builtIn();
    }

    @Test
    void captureReadsAMadeUpSysfsTree(@TempDir Path root) throws IOException {
        write(root, "sys/firmware/memmap/0/start", "0x0");
        write(root, "sys/firmware/memmap/0/end", "0x9fbff");
        write(root, "sys/firmware/memmap/0/type", "System RAM");
        write(root, "sys/firmware/memmap/1/start", "0x100000");
        write(root, "sys/firmware/memmap/1/end", "0xbfffffff");
        write(root, "sys/firmware/memmap/1/type", "System RAM");
        write(root, "sys/firmware/memmap/10/start", "0x100000000");
        write(root, "sys/firmware/memmap/10/end", "0x1ffffffff");
        write(root, "sys/firmware/memmap/10/type", "Persistent Memory");
        write(root, "sys/firmware/memmap/2/start", "0xc0000000");
        write(root, "sys/firmware/memmap/2/end", "0xcfffffff");
        write(root, "sys/firmware/memmap/2/type", "Reserved");
        write(root, "proc/meminfo", "MemTotal:        8000000 kB\nMemFree:         7000000 kB\n");
        write(root, "proc/cpuinfo", "processor\t: 0\naddress sizes\t: 39 bits physical, 48 bits virtual\n"
                + "processor\t: 1\n");
        write(root, "sys/bus/nd/devices/region0/resource", "0x100000000");
        write(root, "sys/bus/nd/devices/region0/size", "4294967296");
        write(root, "sys/bus/nd/devices/region0/numa_node", "1");
        write(root, "sys/bus/nd/devices/region0/devtype", "nd_pmem");
        write(root, "sys/hypervisor/version/major", "4");
        write(root, "sys/hypervisor/version/minor", "17");
        Host h = new HostCapture(root).capture();
        assertEquals(4, h.e820().size());
        assertEquals(0x9fc00, h.e820().get(0).size());
        assertEquals(E820Type.PMEM, h.e820().get(3).type()); // numeric order: 0, 1, 2, 10
        assertEquals(2, h.cpus());
        assertEquals(39, h.paddrBits());
        assertEquals(8000000, h.memoryKib());
        assertEquals(1, h.pmem().size());
        assertEquals(1, h.pmem().get(0).node());
        assertEquals("4.17", h.xenVersion());
    }

    @Test
    void captureWithoutNvdimmsIsAnEmptyPmemList(@TempDir Path root) throws IOException {
        write(root, "sys/firmware/memmap/0/start", "0x0");
        write(root, "sys/firmware/memmap/0/end", "0x9fbff");
        write(root, "sys/firmware/memmap/0/type", "System RAM");
        write(root, "proc/meminfo", "MemTotal: 100 kB\nMemFree: 50 kB\n");
        write(root, "proc/cpuinfo", "processor : 0\n");
        Host h = new HostCapture(root).capture();
        assertTrue(h.pmem().isEmpty());
        assertEquals("none", h.xenVersion());
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
