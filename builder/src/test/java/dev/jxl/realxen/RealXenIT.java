package dev.jxl.realxen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.VnvdimmPlacement;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * jxl on real Xen 4.17 (booted under QEMU by builder/src/test/realxen/harness.sh): every scenario
 * must have reached its marker in dom0 — a scenario that did not report fails — and every guest's
 * memory map, as hvmloader or the guest kernel printed it, must be the one jxl plans for it on the
 * host that {@code jxl host capture} described in that same dom0.
 */
class RealXenIT {

    @TestFactory
    Stream<DynamicNode> realXen() {
        RealXenRun run;
        try {
            run = RealXenRun.obtain();
        } catch (org.opentest4j.TestAbortedException notBooted) {
            // one skipped test that says why, rather than a factory that silently yields nothing
            return Stream.of(dynamicTest("real Xen 4.17 under QEMU", () -> {
                throw notBooted;
            }));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("boot: dom0 ran every scenario and powered off", () -> {
            String status = run.out.resolve("boot-status").toFile().exists()
                    ? java.nio.file.Files.readString(run.out.resolve("boot-status")).strip() : "none";
            assertEquals("qemu-exit-0", status, "QEMU ended with " + status + "; console: "
                    + run.out.resolve("console.log"));
        }));
        nodes.add(dynamicContainer("host", Stream.of(
                dynamicTest("xl info and jxl host capture ran in dom0", () -> assertOk(run, "host")),
                dynamicTest("jxl --backend xl info and pmem list", () -> {
                    assertEquals("0", run.read("host", "jxl-info.rc").strip(), run.read("host", "jxl-info.txt"));
                    assertEquals("0", run.read("host", "jxl-pmem-list.rc").strip(), run.read("host", "jxl-pmem-list.txt"));
                }))));
        for (RealXenRun.Scenario s : run.scenarios) {
            if (s.kind().equals("refused")) {
                nodes.add(dynamicContainer(s.name(), Stream.of(dynamicTest("refused by jxl --backend xl, naming the key;"
                        + " no domain, no file left", () -> assertRefused(run, s.name())))));
                continue;
            }
            List<DynamicNode> checks = new ArrayList<>();
            if (s.kind().equals("pmem")) {
                checks.add(dynamicTest("the guest's /dev/pmem0 has the planned size at the planned address",
                        () -> assertPmemWherePlanned(run, s)));
                checks.add(dynamicTest("what the guest wrote is in the host pmem at the planned frame",
                        () -> assertPmemReadBack(run, s)));
            }
            if (s.kind().equals("pmem-labels")) {
                checks.add(dynamicTest("ndctl init-labels, enable-region and create-namespace succeeded in the guest",
                        () -> assertLabelSteps(run, s)));
                checks.add(dynamicTest("the guest's region has the planned data size; its namespace is fsdax",
                        () -> assertLabelledNamespace(run, s)));
                checks.add(dynamicTest("the labels are in the host pmem's label pages, after the data",
                        () -> assertHostLabels(run, s)));
                checks.add(dynamicTest("a second guest on the same host pmem finds the same namespace",
                        () -> assertLabelsPersist(run, s)));
            }
            nodes.add(dynamicContainer(s.name(), Stream.concat(Stream.of(
                    dynamicTest("reached its marker (" + s.kind() + ")", () -> assertOk(run, s.name())),
                    dynamicTest("created, listed and destroyed by jxl --backend xl; nothing left behind",
                            () -> assertLifecycle(run, s.name())),
                    dynamicTest("the memory map Xen built is the one jxl planned", () -> assertE820(run, s))),
                    checks.stream())));
        }
        return nodes.stream();
    }

    private static void assertOk(RealXenRun run, String scenario) {
        String jvmRetries = run.read(scenario, "jvm-retries.txt").strip();
        if (!jvmRetries.isEmpty()) { // no jxl code ran in those; shown so a pattern would be seen
            System.out.println("note: " + scenario + ": dom0's JVM died in its start-up and jxl was started again:\n"
                    + jvmRetries);
        }
        String status = run.read(scenario, "status").strip();
        assertEquals("ok", status, scenario + ": " + (status.isEmpty() ? "never reported (the boot ended first?)"
                : status) + "\n" + run.read(scenario, "create.out") + tail(run.read(scenario, "guest.log"), 15));
    }

    private static void assertLifecycle(RealXenRun run, String name) {
        assertEquals("0", run.read(name, "create.rc").strip(), "jxl create: " + run.read(name, "create.out"));
        String restarts = run.read(name, "xen-restarts.txt").strip();
        assertTrue(run.read(name, "jxl-list.txt").lines().anyMatch(l -> l.startsWith(name + " ")),
                "jxl list did not show " + name + " in " + run.read(name, "jxl-list-attempts").strip()
                        + " attempts over 120 s:\n" + run.read(name, "jxl-list.txt")
                        + (restarts.isEmpty() ? "" : "\nwhat Xen said of the guest:\n" + restarts)
                        + tail(run.read(name, "xl-dmesg.txt"), 15, "Xen's console (xl dmesg)"));
        String attempts = run.read(name, "jxl-list-attempts").strip();
        // a list retried for nothing would hide a jxl list that misses a running guest: each miss must
        // be a restart by Xen, or a dom0 JVM that never started (seen once under the emulation: a
        // ClassFormatError on a java.base class); neither is jxl's doing, both are shown
        for (String miss : misses(run.read(name, "jxl-list-missed.txt"))) {
            boolean jvmNotStarted = miss.contains("Error occurred during initialization of VM");
            assertTrue(jvmNotStarted || !restarts.isEmpty(), "jxl list missed " + name + " with no restart by Xen:\n" + miss);
            System.out.println("note: " + name + ": jxl list retried, " + (jvmNotStarted ? "dom0's JVM did not start"
                    : "Xen restarted the guest (xl's on_reboot=restart)") + ":\n" + miss);
        }
        if (!restarts.isEmpty()) {
            System.out.println("note: " + name + ": listed after " + attempts + " attempt(s); what Xen said:\n" + restarts);
        }
        String firstDestroy = run.read(name, "destroy-during-restart.txt").strip();
        if (!firstDestroy.isEmpty()) {
            assertTrue(firstDestroy.startsWith("no domain while xl restarted it\n")
                    || firstDestroy.startsWith("back as domain "), firstDestroy);
            System.out.println("note: " + name + ": jxl destroy met xl's restart of the guest (" + firstDestroy.replace('\n', ' ')
                    + "); the instance xl brought back was destroyed too");
        }
        assertEquals("0", run.read(name, "destroy.rc").strip(), "jxl destroy: " + run.read(name, "destroy.out"));
        assertTrue(run.read(name, "xl-list-after.txt").lines().noneMatch(l -> l.startsWith(name + " ")),
                "still running after jxl destroy:\n" + run.read(name, "xl-list-after.txt"));
        assertEquals("", run.read(name, "left-behind.txt").strip(), "files jxl destroy left in its xl dir");
    }

    /** lib.sh's missed listings, one per "--- attempt N: exit RC" block. */
    static List<String> misses(String missed) {
        List<String> out = new ArrayList<>();
        for (String block : missed.split("(?m)^(?=--- attempt )")) {
            if (!block.isBlank()) {
                out.add(block.strip());
            }
        }
        return out;
    }

    private static void assertRefused(RealXenRun run, String name) {
        assertOk(run, name);
        String said = run.read(name, "create.out");
        assertTrue(said.matches("(?s).*" + java.util.regex.Pattern.quote(name) + "\\.cfg:\\d+:\\d+: error: .*"), said);
        assertTrue(run.read(name, "xl-list-after.txt").lines().noneMatch(l -> l.startsWith(name + " ")));
        assertEquals("", run.read(name, "left-behind.txt").strip(), "files left in jxl's xl dir");
    }

    private static void assertE820(RealXenRun run, RealXenRun.Scenario s) {
        GuestLayout plan = plan(run, s);
        DomainConfig config = config(run, s);
        E820Map expected;
        Optional<E820Map> observed;
        String where;
        if (config.type() == DomainType.HVM) {
            expected = plan.e820();
            observed = ObservedE820.hvmloader(run.read(s.name(), "xl-dmesg.txt"));
            where = "hvmloader's E820 table (xl dmesg)";
        } else if (config.type() == DomainType.PVH) {
            expected = LinuxGuestView.of(plan.e820());
            observed = ObservedE820.linux(run.read(s.name(), "xl-dmesg.txt"), "BIOS-e820");
            where = "the PVH guest's BIOS-e820 lines (early console, xl dmesg)";
        } else {
            expected = LinuxGuestView.of(plan.e820());
            observed = ObservedE820.linux(run.read(s.name(), "guest.log"), "Xen");
            where = "the PV guest's Xen: [mem] lines (its console)";
        }
        assertTrue(observed.isPresent(), s.name() + ": no memory map in " + where);
        assertEquals(expected.toText(), observed.get().toText(), s.name() + ": " + where + " vs jxl plan"
                + (config.type() == DomainType.HVM ? "" : " as the guest kernel shows it"));
    }

    /** The config as dom0 created it: a pmem scenario adds the vNVDIMM on the command line. */
    private static DomainConfig config(RealXenRun run, RealXenRun.Scenario s) {
        List<String> overrides = s.kind().startsWith("pmem") ? List.of(vnvdimmOverride(run, s)) : List.of();
        return ConfigLoader.load(run.guests.resolve(s.name() + ".cfg"), overrides).config();
    }

    /** Must match scenarios.sh: 1 GiB backed by the start of the host's first pmem region. */
    private static String vnvdimmOverride(RealXenRun run, RealXenRun.Scenario s) {
        String mfn = run.read(s.name(), "backend-mfn").strip();
        if (s.kind().equals("pmem-labels")) { // 512 MiB of data, 128 MiB aligned, and 32 label pages
            return "vnvdimms=['type=mfn, backend=" + mfn + ", nr_pages=0x20020, nr_label_pages=32, align=0x8000000']";
        }
        return "vnvdimms=['type=mfn, backend=" + mfn + ", nr_pages=0x40000']";
    }

    /** Must match scenarios.sh: the data pages of the labelled vNVDIMM; its label pages come right after. */
    private static final long LABELLED_DATA_PAGES = 0x20000;

    /** One step of guest-init.sh's jxl.labels mode: its exit status and output. */
    record GuestStep(int rc, String output) {
    }

    /** The JXL-GUEST-STEP-BEGIN/END blocks of a guest's console, by step name (the last one wins). */
    static java.util.Map<String, GuestStep> guestSteps(String log) {
        java.util.Map<String, GuestStep> steps = new java.util.LinkedHashMap<>();
        String open = null;
        StringBuilder body = new StringBuilder();
        for (String raw : log.lines().toList()) {
            String l = raw.replace("\r", "");
            if (l.startsWith("JXL-GUEST-STEP-BEGIN ")) {
                open = l.substring("JXL-GUEST-STEP-BEGIN ".length()).strip();
                body.setLength(0);
            } else if (open != null && l.startsWith("JXL-GUEST-STEP-END " + open + " rc=")) {
                String rc = l.substring(("JXL-GUEST-STEP-END " + open + " rc=").length()).split(" ")[0];
                steps.put(open, new GuestStep(Integer.parseInt(rc), body.toString()));
                open = null;
            } else if (open != null) {
                body.append(l).append('\n');
            }
        }
        return steps;
    }

    private static GuestStep step(RealXenRun run, String scenario, String log, String name) {
        GuestStep st = guestSteps(run.read(scenario, log)).get(name);
        if (st == null) {
            throw new AssertionError(scenario + ": no step " + name + " in " + log + tail(run.read(scenario, log), 30));
        }
        return st;
    }

    private static void assertLabelSteps(RealXenRun run, RealXenRun.Scenario s) {
        for (String name : List.of("disable-region", "init-labels", "enable-region", "create-namespace")) {
            GuestStep st = step(run, s.name(), "guest.log", name);
            assertEquals(0, st.rc(), s.name() + ": ndctl step " + name + ":\n" + st.output());
        }
    }

    /** The namespaces' uuids in `ndctl list -N` output (not raw_uuid). */
    static List<String> namespaceUuids(String ndctlJson) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"uuid\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(ndctlJson);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertLabelledNamespace(RealXenRun run, RealXenRun.Scenario s) {
        VnvdimmPlacement v = plan(run, s).vnvdimms().get(0);
        assertEquals(LABELLED_DATA_PAGES << 12, v.guestEnd() - v.guestStart(), "the planned data range");
        String region = step(run, s.name(), "guest.log", "wait-region").output();
        assertTrue(region.matches("(?s).*\"size\"\\s*:\\s*" + (v.guestEnd() - v.guestStart()) + "\\b.*"),
                "ndctl list -R in the guest vs the planned " + (v.guestEnd() - v.guestStart()) + " bytes:\n" + region);
        String created = step(run, s.name(), "guest.log", "create-namespace").output();
        assertTrue(created.contains("\"fsdax\""), "create-namespace:\n" + created);
        GuestStep listed = step(run, s.name(), "guest.log", "list-namespaces");
        assertEquals(0, listed.rc(), listed.output());
        assertEquals(1, namespaceUuids(listed.output()).size(), "one namespace with a uuid:\n" + listed.output());
        assertEquals(namespaceUuids(created), namespaceUuids(listed.output()), "the namespace listed is the one created");
    }

    private static void assertHostLabels(RealXenRun run, RealXenRun.Scenario s) {
        String labels = run.read(s.name(), "host-labels.txt");
        assertTrue(labels.contains("NAMESPACE_INDEX"), "dom0 read no namespace index block in the host pmem"
                + " at backend frame " + run.read(s.name(), "backend-mfn").strip() + " + 0x20000: " + labels);
    }

    private static void assertLabelsPersist(RealXenRun run, RealXenRun.Scenario s) {
        assertEquals("0", run.read(s.name(), "again-create.rc").strip(), "jxl create (again): "
                + run.read(s.name(), "again-create.out"));
        String first = step(run, s.name(), "guest.log", "list-namespaces").output();
        GuestStep again = step(run, s.name(), "again-guest.log", "list-namespaces");
        assertEquals(0, again.rc(), again.output());
        assertEquals(namespaceUuids(first), namespaceUuids(again.output()), "the namespace uuid the second guest lists:\n"
                + again.output());
        assertEquals("0", run.read(s.name(), "again-destroy.rc").strip(), "jxl destroy (again): "
                + run.read(s.name(), "again-destroy.out"));
        String again2 = run.read(s.name(), "again-name").strip();
        assertTrue(run.read(s.name(), "again-xl-list-after.txt").lines().noneMatch(l -> l.startsWith(again2 + " ")),
                "still running after jxl destroy:\n" + run.read(s.name(), "again-xl-list-after.txt"));
        assertEquals("", run.read(s.name(), "again-left-behind.txt").strip(), "files jxl destroy left in its xl dir");
    }

    /** jxl's plan on the host that jxl host capture described in the same dom0, as upstream Xen builds it. */
    private static GuestLayout plan(RealXenRun run, RealXenRun.Scenario s) {
        Host host = HostDescriptions.read(run.results("host").resolve("host.json"));
        return LayoutPlanner.plan(config(run, s), host, PlanOptions.DEFAULT.withUpstreamXen(true));
    }

    private static String guestLine(RealXenRun run, String name, String marker) {
        return run.read(name, "guest.log").lines().filter(l -> l.startsWith(marker + " ")).findFirst()
                .map(l -> l.substring(marker.length() + 1).strip())
                .orElseThrow(() -> new AssertionError(name + ": the guest printed no " + marker + tail(run.read(name,
                        "guest.log"), 30)));
    }

    private static void assertPmemWherePlanned(RealXenRun run, RealXenRun.Scenario s) {
        VnvdimmPlacement v = plan(run, s).vnvdimms().get(0);
        // size=<512-byte sectors> resource=0x<SPA> region_size=<bytes>
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (String w : guestLine(run, s.name(), "JXL-GUEST-PMEM").split(" ")) {
            seen.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
        }
        assertEquals(Long.toHexString(v.guestStart()), Long.toHexString(Long.decode(seen.get("resource"))),
                "the NVDIMM region's guest-physical address");
        assertEquals(v.guestEnd() - v.guestStart(), Long.parseLong(seen.get("size")) * 512, "/dev/pmem0's size");
    }

    private static void assertPmemReadBack(RealXenRun run, RealXenRun.Scenario s) {
        String written = guestLine(run, s.name(), "JXL-GUEST-PMEM-WRITTEN");
        assertTrue(written.startsWith("JXL-PMEM-PATTERN-"), written);
        assertEquals(written, run.read(s.name(), "host-readback.txt").strip(),
                "dom0 read the host pmem at backend frame " + run.read(s.name(), "backend-mfn").strip());
    }

    private static String tail(String text, int lines) {
        return tail(text, lines, "guest console");
    }

    private static String tail(String text, int lines, String what) {
        List<String> all = text.lines().toList();
        return all.isEmpty() ? "" : "\n..." + what + ":\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
