package dev.jxl.builder.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.sim.SimDomain.JournalEntry;
import dev.jxl.builder.sim.SimDomain.P2mEntry;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state document's JSON: every field written, read back to the same document; damage refused by key. */
class SimStateJsonTest {

    private static SimState sample() {
        SimState s = SimState.boot(BuiltinHost.get());
        SimDomain d = new SimDomain();
        d.domid = 3;
        d.name = "g\u00e9 \"quoted\"";
        d.type = "hvm";
        d.state = SimDomain.BUILDING;
        d.maxVcpus = 2;
        d.maxMemKib = 2098176;
        d.totPages = 522208;
        d.memoryMap.add(new E820Entry(0x100000, 0x7f700000L, E820Type.of(1)));
        d.p2m.add(new P2mEntry("ram", 0L, null, 0xa0, null));
        d.p2m.add(new P2mEntry("pmem", 0x100000L, 0x4188000L, 0x40000, null));
        d.p2m.add(new P2mEntry("pmem_label", null, 0x41c8000L, 0x20, null));
        d.p2m.add(new P2mEntry("acpi", 0xfc000L, null, 2, "ab".repeat(32)));
        d.xenstore.put("name", d.name);
        d.xenstore.put("memory/target", "2088960");
        d.journal.add(JournalEntry.of("createdomain name=g type=hvm max_vcpus=2"));
        d.journal.add(new JournalEntry("max_mem max_memkb=2098176", "0", null));
        d.journal.add(new JournalEntry("set_memory_map nr_entries=1", null, List.of()));
        d.journal.add(new JournalEntry("set_memory_map nr_entries=1", null, List.of(new E820Entry(0, 4096, E820Type.of(2)))));
        s.addSorted(d);
        return s;
    }

    @Test
    void readingWhatWasWrittenGivesTheSameDocument() throws Exception {
        String text = SimStateJson.write(sample());
        assertEquals(text, SimStateJson.write(SimStateJson.read(text)));
        assertTrue(text.contains("\"previous_map\" : [ ]"), "an empty previous map is kept: it is restored on undo");
        assertTrue(text.contains("{\n      \"kind\" : \"pmem_label\",\n      \"mfn\" : 68976640,"), text);
    }

    @Test
    void damageIsRefusedNamingTheKey() {
        String text = SimStateJson.write(sample());
        assertRefused(text.replace("\"tot_pages\"", "\"total_pages\""), "domain: unknown key \"total_pages\"");
        assertRefused(text.replace("\"max_vcpus\" : 2,", ""), "domain: \"max_vcpus\" is missing");
        assertRefused(text.replace("\"max_vcpus\" : 2,", "\"max_vcpus\" : \"2\","), "\"max_vcpus\" must be a 64-bit integer, not \"2\"");
        assertRefused(text.replace("\"max_vcpus\" : 2,", "\"max_vcpus\" : 4294967296,"), "does not fit 32 bits");
        assertRefused(text.replace("\"cpus\" : 64", "\"cpus\" : null"), "\"cpus\" must be an integer (missing)");
        assertEquals("7:7", assertThrows(SimStateJson.BadDocument.class,
                () -> SimStateJson.read(text.replace("\"cpus\" : 64", "\"cpus\" : null"))).at().toString());
        assertRefused(text.replace("\"size\" : 2138046464", "\"size\" : -1"), "memory map entry:");
        assertRefused(text + "x", "trailing content after the JSON value");
    }

    /** A domain's libxl config is kept as JSON values and reads back to the same bytes libxl would print. */
    @Test
    @SuppressWarnings("unchecked")
    void theLibxlConfigIsKeptAndADocumentWithoutItStillReads() throws Exception {
        String libxl = "{\n    \"c_info\": {\n        \"type\": \"hvm\",\n        \"name\": \"g\u00e9\",\n"
                + "        \"domid\": 18446744073709551615\n    },\n    \"b_info\": {\n        \"avail_vcpus\": [\n"
                + "            0,\n            1\n        ],\n        \"sched_params\": {\n\n        },\n"
                + "        \"shadow\": -1,\n        \"x\": null,\n        \"b\": true\n    }\n}\n";
        SimState s = sample();
        s.domains.get(1).libxlConfig = (java.util.Map<String, Object>) dev.jxl.builder.json.JsonTree.parse(libxl).root();
        String text = SimStateJson.write(s);
        SimState back = SimStateJson.read(text);
        assertEquals(text, SimStateJson.write(back));
        dev.jxl.config.libxl.YajlWriter w = new dev.jxl.config.libxl.YajlWriter();
        dev.jxl.builder.json.JsonTree.writeValue(w, back.domains.get(1).libxlConfig);
        assertEquals(libxl, w.toString(), "libxl's own bytes, unsigned 64-bit numbers and empty maps included");
        assertEquals(null, SimStateJson.read(SimStateJson.write(sample())).domains.get(1).libxlConfig,
                "a document from before the config was kept reads, with none");
        SimStateJson.BadDocument e = assertThrows(SimStateJson.BadDocument.class,
                () -> SimStateJson.read(text.replace("\"shadow\" : -1", "\"shadow\" : -1.5")));
        assertTrue(e.getMessage().contains("-1.5 is no value libxl's JSON holds"), e.getMessage());
        assertTrue(text.split("\n", -1)[e.at().line() - 1].contains("\"shadow\" : -1,"), e.at().toString());
        assertRefused(text.replace("\"domid\" : 18446744073709551615", "\"domid\" : 18446744073709551616"),
                "18446744073709551616 is no value libxl's JSON holds");
    }

    /** Version 1 kept the host flat; it is still read (as a host without RDMs) and written back as 2. */
    @Test
    void aVersionOneDocumentIsReadAndUpgraded() throws Exception {
        String v1 = """
                {"format": "jxl-sim-host", "version": 1,
                 "host": {"xen_version": "4.17", "cpus": 8, "paddr_bits": 46, "memory_kib": 16777216,
                          "free_memory_kib": 8388608, "e820": [{"addr": 0, "size": 655360, "type": 1},
                                   {"addr": 4294967296, "size": 17179869184, "type": 1}],
                          "pmem": [], "pmem_mgmt": [], "pmem_data": []},
                 "domid_rover": 0,
                 "domains": []}
                """;
        SimState s = SimStateJson.read(v1);
        assertEquals(8, s.host.cpus());
        assertEquals(8388608, s.host.freeMemoryKib());
        String v2 = SimStateJson.write(s);
        assertTrue(v2.contains("\"version\" : 2") && v2.contains("\"description\" : {"), v2);
        assertEquals(v2, SimStateJson.write(SimStateJson.read(v2)));
    }

    /**
     * E820 values are uint64_t: a host entry from 2^63 up, and the e820_host quirk entry that runs to
     * the top of the 64-bit space in a guest's map, are written unsigned and read back the same (they were written as
     * negative longs, and the reader of the host description then refused its own sim's state).
     */
    @Test
    void e820ValuesFrom2To63UpRoundTripUnsigned() throws Exception {
        SimState s = sample();
        Host h = s.host.host();
        List<E820Entry> e820 = new ArrayList<>(h.e820().entries());
        e820.add(new E820Entry(1L << 63, 1L << 62, E820Type.RESERVED));
        Host high = new Host(h.xenVersion(), h.cpus(), h.memoryKib(), h.freeMemoryKib(), h.paddrBits(),
                h.seabiosImageSize(), new E820Map(e820), h.pmem(), h.rdm(), h.numaNodes());
        s.host = new HostInfo(high, s.host.freeMemoryKib(), s.host.pmemMgmt(), s.host.pmemData());
        s.domains.get(s.domains.size() - 1).memoryMap.add(new E820Entry(0x100000000L, -0x100000001L, E820Type.UNUSABLE));
        String text = SimStateJson.write(s);
        assertTrue(text.contains("\"addr\" : 9223372036854775808,"), text);
        assertTrue(text.contains("\"size\" : 18446744069414584319,"), text);
        assertFalse(text.contains(": -"), "no negative number is written");
        assertEquals(text, SimStateJson.write(SimStateJson.read(text)));
        // what older jxl wrote still reads as the same 64 bits
        assertEquals(text, SimStateJson.write(SimStateJson.read(text.replace("18446744069414584319", "-4294967297"))));
        assertRefused(text.replace("18446744069414584319", "18446744073709551616"), "must be a 64-bit unsigned integer");
    }

    /** A document from before the rover was kept reads with it at the highest domid in use, not the last listed. */
    @Test
    void aDocumentWithoutTheRoverReadsItAsTheHighestDomid() throws Exception {
        SimState s = sample();
        SimDomain seven = SimStateJson.read(SimStateJson.write(s)).domains.get(1);
        seven.domid = 7;
        seven.name = "seven";
        s.addSorted(seven);
        s.domidRover = 3;
        String text = SimStateJson.write(s);
        String older = text.replaceFirst("\n  \"domid_rover\" : 3,", "");
        assertFalse(older.contains("domid_rover"), older);
        SimState read = SimStateJson.read(older);
        assertEquals(List.of(0, 3, 7), read.domains.stream().map(d -> d.domid).toList());
        assertEquals(7, read.domidRover);
        read.domains.add(1, read.domains.remove(2));
        assertEquals(7, SimStateJson.read(SimStateJson.write(read).replaceFirst("\n  \"domid_rover\" : 7,", ""))
                .domidRover, "listed 0, 7, 3");
    }

    @Test
    void refusalsPointAtTheKey() {
        String text = SimStateJson.write(sample()).replace("\"tot_pages\" : 522208", "\"tot_pages\" : \"many\"");
        SimStateJson.BadDocument e = assertThrows(SimStateJson.BadDocument.class, () -> SimStateJson.read(text));
        String[] lines = text.split("\n", -1);
        int line = e.at().line();
        assertTrue(lines[line - 1].contains("\"tot_pages\" : \"many\""), e.at() + ": " + lines[line - 1]);
        assertEquals(lines[line - 1].indexOf('"') + 1, e.at().column());
    }

    private static void assertRefused(String text, String expected) {
        SimStateJson.BadDocument e = assertThrows(SimStateJson.BadDocument.class, () -> SimStateJson.read(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
