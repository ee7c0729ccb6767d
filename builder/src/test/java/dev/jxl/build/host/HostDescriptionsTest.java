package dev.jxl.build.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
