package dev.jxl.builder.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.BuildFailedException;
import dev.jxl.builder.DomainBuilder;
import dev.jxl.builder.TestPlans;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.builder.sim.SimDomain.P2mEntry;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.Failure;
import dev.jxl.diag.Severity;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.config.libxl.DomainType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state document is checked for what it means, not only its syntax: every impossible state the fuzz
 * campaign found is refused on open by name at its place, with what to do; the safe repairs restore
 * the document the sim wrote.
 */
class SimStateCheckTest {
    @TempDir
    Path dir;
    Path file;
    /** The document of a sim with Domain-0, hvm-pmem (1), pvh-acpi (2), pv-basic (3) and hvm-mmio (4). */
    String good;

    @BeforeEach
    void fourGuests() throws Exception {
        try (SimBackend b = open()) {
            for (String plan : TestPlans.names()) {
                new DomainBuilder(b).build(TestPlans.get(plan));
            }
        }
        file = dir.resolve("state.json");
        good = Files.readString(file);
    }

    SimBackend open() {
        return SimBackend.open(dir, BuiltinHost::get, SimOptions.NONE.withoutFsync(), line -> { });
    }

    /** The document changed in memory, then written as the sim writes it. */
    String edited(Consumer<SimState> change) throws Exception {
        SimState s = SimStateJson.read(good);
        change.accept(s);
        return SimStateJson.write(s) + "\n";
    }

    /** Opening the sim on {@code text} is refused; the errors, each {@code state.json:L:C: error: …}. */
    List<String> refused(String text) throws Exception {
        Files.writeString(file, text);
        StateDocumentException e = assertThrows(StateDocumentException.class, this::open);
        assertEquals(Failure.DOCUMENT, e.failure());
        List<Diagnostic> notes = e.diagnostics().stream().filter(d -> d.severity() == Severity.NOTE).toList();
        assertFalse(notes.isEmpty(), "a refusal says what to do");
        assertEquals(Files.readString(file), text, "a refused document is left as it was");
        return e.errors().stream().map(d -> d.toString().replace(file.toString(), "state.json")).toList();
    }

    /** Where the {@code n}th (0-based) occurrence of {@code needle} starts in {@code text}, as L:C. */
    static String at(String text, String needle, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = text.indexOf(needle, i + 1);
            assertTrue(i >= 0, needle + " #" + n);
        }
        int line = 1 + (int) text.substring(0, i).chars().filter(c -> c == '\n').count();
        return line + ":" + (i - text.lastIndexOf('\n', i - 1));
    }

    String notes(String text) throws Exception {
        Files.writeString(file, text);
        StateDocumentException e = assertThrows(StateDocumentException.class, this::open);
        return String.join("\n", e.diagnostics().stream().filter(d -> d.severity() == Severity.NOTE)
                .map(Diagnostic::message).toList());
    }

    SimStateCheck.Repaired repair() {
        return SimStateCheck.repair(dir, false);
    }

    @Test
    void whatTheSimWritesIsPossibleThroughBuildsFailuresHalfBuildsAndDestroys() throws Exception {
        assertTrue(SimStateCheck.check(dir).ok(), SimStateCheck.check(dir).diagnostics().toString());
        try (SimBackend b = open()) {
            b.destroy(2);
            assertThrows(BuildFailedException.class, () -> new DomainBuilder(b).build(new dev.jxl.layout.plan.BuildPlan(
                    List.of(new BuildStep.CreateDomain("big", DomainType.HVM, 1), new BuildStep.SetMaxMem(1L << 40),
                            new BuildStep.PopulateRam(0, 1L << 36)))));
            int half = b.execute(HypervisorBackend.NO_DOMAIN, new BuildStep.CreateDomain("half", DomainType.PVH, 2));
            b.execute(half, new BuildStep.SetMaxMem(8192));
            b.execute(half, new BuildStep.PopulateRam(0, 0x100));
        }
        SimStateCheck.Report report = SimStateCheck.check(dir);
        assertTrue(report.ok(), report.diagnostics().toString());
        assertEquals(1, report.diagnostics().size());
        assertTrue(report.diagnostics().get(0).message().contains("(domid 5, \"half\") is half-built"),
                report.diagnostics().toString());
        try (SimBackend b = open()) {
            b.destroy(1);
        }
        assertTrue(SimStateCheck.check(dir).ok());
    }

    @Test
    void aDomidTwiceIsRefusedAtTheSecond() throws Exception {
        String text = good.replace("\"domid\" : 3,", "\"domid\" : 1,");
        assertEquals(List.of("state.json:" + at(text, "\"domid\" : 1,", 1) + ": error: domains[3].domid: 1 is also"
                + " domains[1]'s domid (Xen gives an id to one domain at a time)"), refused(text));
        assertTrue(notes(text).contains("none with a safe repair"), notes(text));
        assertTrue(notes(text).contains("delete " + file + ": the sim boots again"), notes(text));
    }

    @Test
    void aNameTwiceIsRefused() throws Exception {
        String text = edited(s -> s.domains.get(3).name = "pvh-acpi");
        assertEquals(List.of(
                "state.json:" + at(text, "\"name\" : \"pvh-acpi\"", 2) + ": error: domains[3].name: \"pvh-acpi\" is also"
                        + " domains[2] (domid 2, \"pvh-acpi\")'s name (libxl refuses a second domain of a name)",
                "state.json:" + at(text, "\"name\" : \"pv-basic\"", 0) + ": error: domains[3].xenstore.name:"
                        + " \"pv-basic\", but the domain is named \"pvh-acpi\""), refused(text));
    }

    @Test
    void aRecordWrittenTwiceIsDroppedByRepair() throws Exception {
        SimState twice = SimStateJson.read(good);
        twice.domains.add(4, SimStateJson.read(good).domains.get(3));
        String text = SimStateJson.write(twice) + "\n";
        assertEquals(List.of("state.json:" + at(text, "{\n    \"domid\" : 3,", 1)
                + ": error: domains[4]: the same record as domains[3] (domid 3, \"pv-basic\"): one domain written twice"),
                refused(text));
        assertTrue(notes(text).contains("1 problem, with a safe repair: `jxl --state-dir " + dir + " state repair` makes it"), notes(text));
        SimStateCheck.Repaired r = repair();
        assertTrue(r.repaired(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().endsWith("drop domains[4], a second copy of domains[3]"),
                r.diagnostics().toString());
        assertEquals(good, Files.readString(file));
    }

    @Test
    void pmemMappedTwiceIsRefused() throws Exception {
        String text = edited(s -> {
            P2mEntry data = s.domains.get(1).p2m.stream().filter(p -> p.kind().equals("pmem")).findFirst().orElseThrow();
            s.domains.get(2).p2m.add(new P2mEntry("pmem", 0x10000000L, data.mfn() + 0x10, 0x20, null));
        });
        List<String> errors = refused(text);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).matches("state\\.json:\\d+:\\d+: error: domains\\[2\\]\\.p2m\\[\\d+\\]\\.mfn: host mfn 0x"
                + Long.toHexString(TestPlans.PMEM_DATA_MFN + 0x10) + " is also mapped by domains\\[1\\] \\(domid 1,"
                + " \"hvm-pmem\"\\) p2m\\[\\d+\\] \\(pmem\\): a host page belongs to one guest mapping"), errors.get(0));
        assertFalse(repair().repaired(), "which guest owns the page, the document cannot say");
        assertEquals(text, Files.readString(file));
    }

    @Test
    void pmemOutsideTheDataAreaIsRefused() throws Exception {
        long mgmt = BuiltinHost.get().pmemMgmt().get(0).smfn();
        List<String> inMgmt = refused(edited(s -> retarget(s, mgmt)));
        assertTrue(inMgmt.get(0).contains("overlap management region host.pmem_mgmt[0] 0x" + Long.toHexString(mgmt)), inMgmt.toString());
        List<String> nowhere = refused(edited(s -> retarget(s, 0x100)));
        assertTrue(nowhere.get(0).contains("host mfn 0x100 of 0x100-0x400ff is in no pmem data region (host.pmem_data):"
                + " populate_pmem_map maps only data pages"), nowhere.toString());
    }

    private static void retarget(SimState s, long mfn) {
        List<P2mEntry> p2m = s.domains.get(1).p2m;
        for (int i = 0; i < p2m.size(); i++) {
            P2mEntry p = p2m.get(i);
            if (p.kind().equals("pmem")) {
                p2m.set(i, new P2mEntry(p.kind(), p.gfn(), mfn, p.nr(), null));
            }
        }
    }

    @Test
    void negativeOrOversizedPageCountsAreRefused() throws Exception {
        String negative = edited(s -> s.domains.get(3).totPages = -1);
        assertTrue(refused(negative).contains("state.json:" + at(negative, "\"tot_pages\" : -1", 0)
                + ": error: domains[3].tot_pages: -1 is below zero"), refused(negative).toString());
        String over = edited(s -> s.domains.get(3).totPages = s.domains.get(3).maxMemKib / 4 + 1);
        long max = SimStateJson.read(good).domains.get(3).maxMemKib;
        assertTrue(refused(over).get(0).contains("domains[3].tot_pages: " + (max / 4 + 1) + " pages (" + (max + 4)
                + " KiB) is more than its max_mem_kib " + max + " allows"), refused(over).toString());
        List<String> nr = refused(edited(s -> s.domains.get(3).p2m.set(0, new P2mEntry("ram", 0L, null, -5, null))));
        assertTrue(nr.get(0).contains("domains[3].p2m[0].nr: -5 (a mapping has at least one page)"), nr.toString());
        List<String> huge = refused(edited(s -> s.domains.get(4).p2m.add(new P2mEntry("mmio", 1L << 40, 0xc0100L, 1, null))));
        assertTrue(huge.get(0).contains("domains[4].p2m[" + (SimStateJson.read(good).domains.get(4).p2m.size())
                + "].gfn: gfns 0x10000000000+0x1 reach beyond frame 0x400000000, the top of the 46-bit physical address"
                + " space"), huge.toString());
    }

    @Test
    void mappingsHoldXensOtherRules() throws Exception {
        long ramMfn = 0x100; // 1 MiB: in the built-in host's RAM above the ISA hole
        List<String> mmio = refused(edited(s -> s.domains.get(4).p2m.add(new P2mEntry("mmio", 0x20000000L, ramMfn, 1, null))));
        assertTrue(mmio.get(0).contains("host mfns 0x100-0x100 overlap host RAM host.description.e820[3] (memory_mapping"
                + " never maps RAM, -EPERM)"), mmio.toString());
        List<String> pv = refused(edited(s -> s.domains.get(3).p2m.add(new P2mEntry("pmem", 0x20000000L,
                TestPlans.PMEM_DATA_MFN + 0x100000, 1, null))));
        assertTrue(pv.get(0).contains("domains[3].p2m[1]: pmem in a PV domain"), pv.toString());
        List<String> twice = refused(edited(s -> s.domains.get(3).p2m.add(new P2mEntry("acpi", 0x10L, null, 1,
                "ab".repeat(32)))));
        assertTrue(twice.get(0).contains("domains[3].p2m[1].gfn: gfn 0x10 is also backed by p2m[0] (ram): a guest frame is"
                + " mapped once"), twice.toString());
        List<String> kind = refused(edited(s -> s.domains.get(3).p2m.set(0, new P2mEntry("rom", 0L, null, 1, null))));
        assertTrue(kind.get(0).contains("domains[3].p2m[0].kind: \"rom\" is no mapping kind"), kind.toString());
        List<String> journal = refused(edited(s -> s.domains.get(3).journal.remove(s.domains.get(3).journal.size() - 1)));
        assertTrue(journal.get(0).contains("domains[3].state: running, but its journal ends with neither unpausedomain"
                + " nor userdata_store libxl-json: its build never finished"), journal.toString());
    }

    @Test
    void thePmemSetupHoldsXensRules() throws Exception {
        var mgmt = BuiltinHost.get().pmemMgmt().get(0);
        List<String> overlap = refused(edited(s -> s.host = s.host.withPmem(List.of(mgmt, mgmt), s.host.pmemData())));
        assertTrue(overlap.get(0).contains("host.pmem_mgmt[1]: 0x" + Long.toHexString(mgmt.smfn()) + "-"), overlap.toString());
        assertTrue(overlap.get(0).endsWith("overlaps host.pmem_mgmt[0] (Xen sets a frame up once, -EEXIST)"), overlap.toString());
        var data = BuiltinHost.get().pmemData().get(0);
        List<String> unaligned = refused(edited(s -> s.host = s.host.withPmem(s.host.pmemMgmt(), List.of(
                new dev.jxl.builder.backend.HostInfo.PmemDataRegion(data.smfn() + 1, data.emfn(), data.mgmtSmfn(),
                        data.mgmtEmfn()), BuiltinHost.get().pmemData().get(1)))));
        assertTrue(unaligned.stream().anyMatch(m -> m.contains("host.pmem_data[0]: 0x" + Long.toHexString(data.smfn() + 1)
                + "-") && m.contains("is not 2 MiB aligned")), unaligned.toString());
        List<String> outside = refused(edited(s -> s.host = s.host.withPmem(s.host.pmemMgmt(), List.of(
                new dev.jxl.builder.backend.HostInfo.PmemDataRegion(0x200, 0x400, data.mgmtSmfn(), data.mgmtEmfn()),
                BuiltinHost.get().pmemData().get(1)))));
        assertTrue(outside.stream().anyMatch(m -> m.contains("host.pmem_data[0]: 0x200-0x3ff is not all host pmem")),
                outside.toString());
    }

    /** A region's node is read over the host's pmem in address order, however the description lists it. */
    @Test
    void aRegionOverAdjacentPmemOfOneNodeListedOutOfOrderIsPossible() throws Exception {
        List<PmemRegion> pmem = BuiltinHost.get().host().pmem();
        assertEquals(pmem.get(0).end(), pmem.get(1).spa(), "the built-in host's two pmem regions are adjacent");
        String oneNode = edited(s -> spanBoth(s, 0));
        assertTrue(oneNode.indexOf("\"spa\" : " + pmem.get(1).spa()) < oneNode.indexOf("\"spa\" : " + pmem.get(0).spa()),
                "listed out of address order");
        Files.writeString(file, oneNode);
        SimStateCheck.Report report = SimStateCheck.check(dir);
        assertTrue(report.ok(), report.diagnostics().toString());
        open().close();
    }

    @Test
    void aRegionOverAdjacentPmemOfTwoNodesListedOutOfOrderSpansNodes() throws Exception {
        var data = BuiltinHost.get().pmemData();
        String twoNodes = edited(s -> spanBoth(s, 1));
        assertEquals(List.of("state.json:" + at(twoNodes, "{\n      \"smfn\" : " + data.get(0).smfn(), 0)
                + ": error: host.pmem_data[0]: 0x" + Long.toHexString(data.get(0).smfn()) + "-0x"
                + Long.toHexString(data.get(1).emfn() - 1) + " spans pmem of two NUMA nodes (Xen sets up a region on one)"),
                refused(twoNodes));
    }

    /**
     * The built-in host's pmem listed high region first, the high one on {@code highNode}, set up as
     * the low region's management area and one data region from there to the top of the high region.
     */
    private static void spanBoth(SimState s, int highNode) {
        Host h = s.host.host();
        PmemRegion low = h.pmem().get(0);
        PmemRegion high = h.pmem().get(1);
        Host reordered = new Host(h.xenVersion(), h.cpus(), h.memoryKib(), h.freeMemoryKib(), h.paddrBits(),
                h.seabiosImageSize(), h.e820(), List.of(new PmemRegion(high.spa(), high.size(), highNode), low), h.rdm(),
                h.numaNodes());
        HostInfo.PmemDataRegion data = s.host.pmemData().get(0);
        HostInfo.PmemDataRegion both = new HostInfo.PmemDataRegion(data.smfn(), s.host.pmemData().get(1).emfn(),
                data.mgmtSmfn(), data.mgmtEmfn());
        s.host = new HostInfo(reordered, s.host.freeMemoryKib(), List.of(s.host.pmemMgmt().get(0)), List.of(both));
    }

    /** A negative frame in a data region's tables is reported, not thrown on: the setup it is in is not read. */
    @Test
    void aNegativeTablesFrameIsReportedNotThrownOn() throws Exception {
        var data = BuiltinHost.get().pmemData();
        String text = edited(s -> s.host = s.host.withPmem(s.host.pmemMgmt(), List.of(new HostInfo.PmemDataRegion(
                data.get(0).smfn(), data.get(0).emfn(), -1, data.get(0).mgmtEmfn()), data.get(1))));
        assertEquals(List.of("state.json:" + at(text, "\"mgmt_smfn\" : -1", 0) + ": error: host.pmem_data[0].mgmt_smfn:"
                + " its tables' frames 0xffffffffffffffff-0x" + Long.toHexString(data.get(0).mgmtEmfn() - 1) + " are in no"
                + " management region (host.pmem_mgmt; pmem_setup type data needs one, -ENXIO)"), refused(text));
    }

    /** An acpi mapping's hash is 64 lowercase hex digits, as the sim writes it; anything else is refused there. */
    @Test
    void anAcpiHashThatIsNoSha256IsRefused() throws Exception {
        SimState was = SimStateJson.read(good);
        int domain = 1;
        while (was.domains.get(domain).p2m.stream().noneMatch(p -> p.kind().equals("acpi"))) {
            domain++;
        }
        List<P2mEntry> p2m = was.domains.get(domain).p2m;
        int acpi = p2m.indexOf(p2m.stream().filter(p -> p.kind().equals("acpi")).findFirst().orElseThrow());
        String hash = p2m.get(acpi).sha256();
        assertTrue(SimStateCheck.check(dir).ok(), "the sim's own hash " + hash + " is one");
        String upper = hash.toUpperCase(java.util.Locale.ROOT);
        assertFalse(upper.equals(hash), "the hash has a letter to upper-case: " + hash);
        // 63 and 65 digits, upper case, a letter past f
        for (String bad : List.of(hash.substring(1), hash + "0", upper, hash.substring(0, 63) + "g")) {
            String text = good.replace("\"sha256\" : \"" + hash + "\"", "\"sha256\" : \"" + bad + "\"");
            assertEquals(List.of("state.json:" + at(text, "\"sha256\" : \"" + bad + "\"", 0) + ": error: domains["
                    + domain + "].p2m[" + acpi + "].sha256: \"" + bad + "\" is not a SHA-256 (64 lowercase hex digits)"),
                    refused(text), bad);
        }
    }

    @Test
    void freeMemoryBelowZeroOrNotAddingUpIsRebuiltFromTheRecords() throws Exception {
        SimState was = SimStateJson.read(good);
        long free = was.host.freeMemoryKib();
        long memory = was.host.memoryKib();
        long dom0 = was.domains.get(0).maxMemKib;
        String negative = good.replace("\"free_memory_kib\" : " + free, "\"free_memory_kib\" : -5");
        List<String> errors = refused(negative);
        assertEquals(List.of("state.json:" + at(negative, "\"free_memory_kib\" : -5", 0) + ": error: host.free_memory_kib:"
                + " -5 KiB is below zero; and the records leave " + free + " KiB free: memory_kib " + memory + " - Domain-0's"
                + " max_mem_kib " + dom0 + " - the guests' tot_pages * 4 (" + (memory - dom0 - free) + " KiB)"), errors);
        assertTrue(repair().repaired());
        assertEquals(good, Files.readString(file), "the repair gives back what the sim wrote");

        Files.writeString(file, good.replace("\"free_memory_kib\" : " + free, "\"free_memory_kib\" : " + (free + 4)));
        assertTrue(SimStateCheck.check(dir).diagnostics().get(0).message().startsWith("host.free_memory_kib: "
                + (free + 4) + " KiB, but the records leave " + free + " KiB free"));
        SimStateCheck.Repaired r = repair();
        assertEquals("repaired: set host.free_memory_kib to " + free + ", what the domains' records leave free",
                r.diagnostics().get(0).message());
        assertEquals(good, Files.readString(file));
    }

    @Test
    void totPagesAstrayIsRebuiltWhenFreeMemoryAgreesWithTheMappings() throws Exception {
        refused(edited(s -> s.domains.get(3).totPages += 10));
        assertTrue(repair().repaired());
        assertEquals(good, Files.readString(file));
        // a mapping lost instead: free memory agrees with tot_pages, so which is right cannot be told
        String lost = edited(s -> s.domains.get(3).p2m.remove(0));
        assertTrue(refused(lost).get(0).contains("domains[3].tot_pages: 262144, but its ram and acpi mappings hold"),
                refused(lost).toString());
        SimStateCheck.Repaired r = repair();
        assertFalse(r.repaired());
        assertTrue(r.diagnostics().get(1).message().startsWith("no safe repair"), r.diagnostics().toString());
        assertEquals(lost, Files.readString(file), "a refused repair changes nothing");
    }

    @Test
    void domainsOutOfOrderAreSortedAndAWildRoverReset() throws Exception {
        String swapped = edited(s -> s.domains.add(1, s.domains.remove(3)));
        assertTrue(refused(swapped).get(0).endsWith("domains[2].domid: domain 1 is listed after domain 3 (Xen keeps its"
                + " domain list in id order)"), refused(swapped).toString());
        assertTrue(repair().repaired());
        assertEquals(good, Files.readString(file));
        String rover = good.replace("\"domid_rover\" : 4", "\"domid_rover\" : 40000");
        assertEquals(List.of("state.json:" + at(rover, "\"domid_rover\"", 0) + ": error: domid_rover: 40000 is not a"
                + " domain id (0..32751)"), refused(rover));
        assertTrue(repair().repaired());
        assertEquals(good, Files.readString(file));
    }

    @Test
    void anImpossibleHostInsideTheStateIsRefusedWithNoRepair() throws Exception {
        // the built-in host's RAM at 4 GiB, moved to overlap the RAM below the hole
        String text = good.replaceFirst("\"addr\" : 4294967296,", "\"addr\" : 1073741824,");
        List<String> errors = refused(text);
        assertTrue(errors.get(0).startsWith("state.json:" + at(text, "{\n        \"addr\" : 1073741824", 0)
                + ": error: host.description.e820[14]: 0x40000000-0x3fbfffffff RAM"
                + " overlaps e820[3] 0x100000-"), errors.toString());
        assertEquals(1, errors.size(), "one entry, reported once: " + errors);
        assertTrue(notes(text).startsWith("the host this sim was booted with is not one Xen could report, and a sim keeps"
                + " its host, so nothing can repair it; to start afresh, delete " + file), notes(text));
        assertFalse(repair().repaired());
    }

    @Test
    void noDomain0IsRefused() throws Exception {
        assertTrue(refused(edited(s -> s.domains.remove(0))).contains("state.json:" + at(good, "\"domains\"", 0)
                + ": error: domains: no Domain-0 (domid 0): a Xen host always has it"));
    }

    @Test
    void documentsThatCannotBeReadAreRefusedAtTheirPlace() throws Exception {
        assertEquals(List.of("state.json:1:65: error: not a jxl sim state document: nested more than 64 levels deep"
                + " (jxl's documents nest a few)"), refused("[".repeat(100_000) + "]".repeat(100_000)));
        assertEquals(List.of("state.json:2:13: error: not a jxl sim state document: a number of 100000 characters: jxl"
                + " reads numbers of at most 1000 (every number in its documents fits 64 bits)"),
                refused("{\"format\": \"jxl-sim-host\",\n \"version\": " + "2".repeat(100_000) + "}"));
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        int at = good.indexOf("pv-basic");
        bytes[at] = (byte) 0xc0;
        Files.write(file, bytes);
        StateDocumentException e = assertThrows(StateDocumentException.class, this::open);
        assertEquals(file + ":" + at(good, "pv-basic", 0) + ": error: not a jxl sim state document: invalid UTF-8 (byte"
                + " 0xC0 at offset " + at + "); JSON documents are UTF-8", e.errors().get(0).toString());
        assertTrue(e.diagnostics().get(1).message().startsWith("jxl cannot read this document, so nothing can repair it;"
                + " to start afresh, delete " + file), e.diagnostics().get(1).message());
        assertEquals(List.of("state.json:2:1: error: not a jxl sim state document: the document ends"
                + " where a key should be"), refused("{\"a\": 1,\n"));
    }

    /** The kept libxl config is there exactly when its step was done, and is the config that step stored. */
    @Test
    void theLibxlConfigAgreesWithItsStep() throws Exception {
        String libxl = "{\n    \"c_info\": {\n        \"type\": \"pvh\",\n        \"name\": \"kept\"\n    }\n}\n";
        try (SimBackend b = open()) {
            b.destroy(1); // its pmem, for the next
            new DomainBuilder(b).build(TestPlans.get("hvm-pmem-kept").keepingConfig(libxl));
            assertEquals(java.util.Optional.of(libxl), b.storedConfig(5));
            assertEquals(java.util.Optional.empty(), b.storedConfig(2), "built without the step, no config");
            assertEquals(java.util.Optional.empty(), b.storedConfig(0));
        }
        assertTrue(SimStateCheck.check(dir).ok(), SimStateCheck.check(dir).diagnostics().toString());
        good = Files.readString(file);
        String step = new BuildStep.StoreConfig(libxl).line();
        List<String> lost = refused(edited(s -> s.domains.get(4).libxlConfig = null));
        assertTrue(lost.get(0).endsWith("error: domains[4].journal: \"" + step + "\" was done, but the domain has no"
                + " libxl_config"), lost.toString());
        List<String> unjournalled = refused(edited(s -> s.domains.get(4).journal.removeIf(j -> j.line().equals(step))));
        assertTrue(unjournalled.get(0).endsWith("error: domains[4].libxl_config: a libxl config, but the journal has no"
                + " userdata_store libxl-json step that stored it"), unjournalled.toString());
        List<String> changed = refused(good.replace("\"name\" : \"kept\"", "\"name\" : \"kepT\""));
        assertTrue(changed.get(0).contains("error: domains[4].libxl_config: not the config its step stored: it is "
                + new BuildStep.StoreConfig(libxl.replace("kept", "kepT")).line().substring("userdata_store libxl-json ".length())),
                changed.toString());
        assertTrue(changed.get(0).endsWith(", the journal says " + step.substring("userdata_store libxl-json ".length())),
                changed.toString());
        List<String> domain0 = refused(edited(s -> s.domains.get(0).libxlConfig = new java.util.LinkedHashMap<>()));
        assertTrue(domain0.get(0).endsWith("error: domains[0].libxl_config: the sim stores no libxl config for Domain-0"
                + " (it is booted, never created by a toolstack)"), domain0.toString());
        Files.writeString(file, good);
        try (SimBackend b = open()) {
            b.destroy(5);
        }
        String without = Files.readString(file);
        dev.jxl.layout.plan.BuildPlan again = TestPlans.get("hvm-pmem-kept2").keepingConfig(libxl);
        try (SimBackend b = SimBackend.open(dir, BuiltinHost::get, SimOptions.failAt(again.size() - 1).withoutFsync(),
                line -> { })) {
            // the last step (unpausedomain) fails: the kept config is undone with the rest
            assertThrows(BuildFailedException.class, () -> new DomainBuilder(b).build(again));
        }
        assertEquals(without, Files.readString(file));
    }

    /** The toolstack pause count agrees with the state; a domain created paused ends its journal with its config. */
    @Test
    void thePauseCountAgreesWithTheState() throws Exception {
        String libxl = "{\n    \"c_info\": {\n        \"type\": \"pvh\",\n        \"name\": \"held\"\n    }\n}\n";
        try (SimBackend b = open()) {
            b.destroy(1);
            new DomainBuilder(b).build(TestPlans.get("hvm-pmem-held").keepingConfig(libxl).leftPaused());
            b.pause(3);
        }
        assertTrue(SimStateCheck.check(dir).ok(), SimStateCheck.check(dir).diagnostics().toString());
        good = Files.readString(file);
        SimState s0 = SimStateJson.read(good);
        assertEquals(List.of("running 0", "running 0", "paused 1", "running 0", "paused 1"),
                s0.domains.stream().map(d -> d.state + " " + d.pauseCount).toList());
        List<String> running = refused(edited(s -> s.domains.get(1).pauseCount = 2));
        assertTrue(running.get(0).endsWith("error: domains[1].pause_count: 2, but the domain runs (it runs only when no"
                + " toolstack pause is left)"), running.toString());
        List<String> paused = refused(edited(s -> s.domains.get(4).pauseCount = 0));
        assertTrue(paused.get(0).endsWith("error: domains[4].pause_count: 0, but the domain is paused (one pausedomain"
                + " at least is owed its unpausedomain)"), paused.toString());
        List<String> over = refused(edited(s -> s.domains.get(2).pauseCount = 256));
        assertTrue(over.get(0).endsWith("error: domains[2].pause_count: 256 (Xen's toolstack pause count is 0..255)"),
                over.toString());
        List<String> state = refused(edited(s -> s.domains.get(2).state = "stopped"));
        assertTrue(state.get(0).endsWith("error: domains[2].state: \"stopped\" is no domain state (building, paused or"
                + " running)"), state.toString());
        List<String> unfinished = refused(edited(s -> s.domains.get(4).journal.remove(s.domains.get(4).journal.size() - 1)));
        assertTrue(unfinished.stream().anyMatch(e -> e.endsWith("error: domains[4].state: paused, but its journal ends"
                + " with neither unpausedomain nor userdata_store libxl-json: its build never finished")), unfinished.toString());
        // a document from before the count was kept: 0 for a running domain, else 1
        String older = good.replaceAll(",\n    \"pause_count\" : \\d+", "");
        assertTrue(!older.contains("pause_count"), "every count removed");
        SimState read = SimStateJson.read(older);
        assertEquals(List.of(0, 0, 1, 0, 1), read.domains.stream().map(d -> d.pauseCount).toList());
        assertEquals(List.of(1), SimStateJson.read(edited(s -> s.domains.get(4).state = SimDomain.BUILDING)
                .replaceAll(",\n    \"pause_count\" : \\d+", "")).domains.stream()
                .filter(SimDomain::building).map(d -> d.pauseCount).toList());
    }

    @Test
    void aStateDirThatIsAFileIsRefusedByName() throws Exception {
        Path notDir = dir.resolve("plain");
        Files.writeString(notDir, "x");
        StateDocumentException e = assertThrows(StateDocumentException.class,
                () -> SimBackend.open(notDir, BuiltinHost::get, SimOptions.NONE, line -> { }));
        assertEquals(notDir + ":1:1: error: the sim state directory is a regular file, so it holds no state.json",
                e.errors().get(0).toString());
        assertTrue(e.diagnostics().get(1).message().contains("name another, or move " + notDir + " away"));
        assertThrows(StateDocumentException.class, () -> SimBackend.bootedHost(notDir));
    }
}
