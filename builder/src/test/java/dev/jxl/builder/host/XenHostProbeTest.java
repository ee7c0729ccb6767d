package dev.jxl.builder.host;

import static dev.jxl.builder.host.XenHostFixtures.PMEM_SIZE;
import static dev.jxl.builder.host.XenHostFixtures.PMEM_SPA;
import static dev.jxl.builder.host.XenHostFixtures.dom0Root;
import static dev.jxl.builder.host.XenHostFixtures.text;
import static dev.jxl.builder.host.XenHostFixtures.wrappedDmesg;
import static dev.jxl.builder.host.XenHostFixtures.xl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.xl.XlTool;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live host of real Xen from what dom0 saw (the recorded xl info and xl dmesg of Xen 4.17). */
class XenHostProbeTest {
    static final E820Type RAM = E820Type.RAM;
    static final E820Type RES = E820Type.RESERVED;

    /** The sample's "Xen-e820 RAM map:" block, ends made exclusive. */
    static final E820Map SAMPLE_BOOT_MAP = E820Map.of(
            E820Entry.range(0x0L, 0x9fc00L, RAM),
            E820Entry.range(0x9fc00L, 0xa0000L, RES),
            E820Entry.range(0xf0000L, 0x100000L, RES),
            E820Entry.range(0x100000L, 0x7ffdc000L, RAM),
            E820Entry.range(0x7ffdc000L, 0x80000000L, RES),
            E820Entry.range(0xb0000000L, 0xc0000000L, RES),
            E820Entry.range(0xfed1c000L, 0xfed20000L, RES),
            E820Entry.range(0xfffc0000L, 0x100000000L, RES),
            E820Entry.range(0x100000000L, 0x200000000L, RAM),
            E820Entry.range(0xfd00000000L, 0x10000000000L, RES));

    /**
     * XENMEM_machine_memory_map on that host: the boot map plus the IOAPIC page and the MSI range that
     * dom0 may not map, which dom0's memmap (memmap.txt) shows and Xen's boot print does not.
     */
    static final E820Map SAMPLE_MACHINE_MAP = new E820Map(List.of(
            SAMPLE_BOOT_MAP.get(0), SAMPLE_BOOT_MAP.get(1), SAMPLE_BOOT_MAP.get(2), SAMPLE_BOOT_MAP.get(3),
            SAMPLE_BOOT_MAP.get(4), SAMPLE_BOOT_MAP.get(5),
            E820Entry.range(0xfec00000L, 0xfec01000L, RES),
            SAMPLE_BOOT_MAP.get(6),
            E820Entry.range(0xfee00000L, 0xfef00000L, RES),
            SAMPLE_BOOT_MAP.get(7), SAMPLE_BOOT_MAP.get(8), SAMPLE_BOOT_MAP.get(9)));

    /** The host the sample describes, with the faked dom0's pmem region. */
    static final Host SAMPLE_HOST = new Host("4.17", 2, 6143L << 10, 5052L << 10, 40, Host.DEFAULT_SEABIOS_IMAGE_SIZE,
            SAMPLE_MACHINE_MAP, List.of(new PmemRegion(PMEM_SPA, PMEM_SIZE, 0)), List.of());

    @TempDir
    Path dir;

    @Test
    void xlInfoGivesTheHostsCpusMemoryAndVersionNotDom0s() {
        XlInfo info = XlInfo.parse(text("xl-info.txt"));
        assertEquals(new XlInfo(2, 1, 6143, 5052, 4, 17, ".7"), info);
        assertEquals("4.17", info.xenVersion());
        // -n adds the topology and NUMA tables ("   0:      8192       5052      10" is no key of jxl's)
        assertEquals(info, XlInfo.parse(text("xl-info-n.txt")));
    }

    @Test
    void xlInfoWithoutAKeyOrWithAWrongValueIsNamed() {
        String noCpus = text("xl-info.txt").replace("nr_cpus                : 2\n", "");
        assertEquals("xl info printed no nr_cpus (is this xl's output?)",
                assertThrows(BackendException.class, () -> XlInfo.parse(noCpus)).getMessage());
        String bad = text("xl-info.txt").replace("total_memory           : 6143", "total_memory           : lots");
        assertEquals("xl info: total_memory is \"lots\", not a count",
                assertThrows(BackendException.class, () -> XlInfo.parse(bad)).getMessage());
    }

    @Test
    void theBootMapIsXensTenEntriesExactly() {
        assertEquals(Optional.of(SAMPLE_BOOT_MAP), XenBootE820.parse(text("xl-dmesg.txt")));
    }

    @Test
    void theBootMapHasTheRamDom0sMemmapLacks(@TempDir Path root) throws IOException {
        E820Map boot = XenBootE820.parse(text("xl-dmesg.txt")).orElseThrow();
        // 6143 MiB + 636 KiB ("System RAM: 6143MB (6290924kB)" counts whole pages: the 639 KiB entry is 636)
        assertEquals(0x9fc00L + 0x7fedc000L + (4L << 30), boot.total(RAM));
        E820Map memmap = new HostCapture(dom0Root(root, false)).memmap();
        assertEquals(10, memmap.size()); // as many entries, other ones: a count alone would not tell
        assertNotEquals(boot, memmap);
        assertTrue(memmap.total(RAM) < (1L << 30) + (1L << 20), "dom0's memmap: RAM only up to its allocation");
    }

    @Test
    void theMachineMapLearntOnceThisBootOutlivesTheRing(@TempDir Path root) throws IOException {
        Path cache = dir.resolve("xen-host");
        dom0Root(root, true);
        XenHostFixtures.write(root, "proc/sys/kernel/random/boot_id", "6f1d2c3e-0000-4000-8000-000000000001\n");
        assertEquals(SAMPLE_HOST, new XenHostProbe(root, xl(text("xl-dmesg.txt"), new ArrayList<>()), cache).probe().host());
        XenHostProbe later = new XenHostProbe(root, xl(wrappedDmesg(), new ArrayList<>()), cache);
        assertEquals(SAMPLE_HOST.e820(), later.probe().host().e820(), "the ring wrapped, the kept map is this boot's");
        XenHostFixtures.write(root, "proc/sys/kernel/random/boot_id", "6f1d2c3e-0000-4000-8000-000000000002\n");
        assertThrows(BackendException.class, () -> later.probe().host(), "another boot: the kept map is not used");
        assertThrows(BackendException.class, () -> new XenHostProbe(root, xl(wrappedDmesg(), new ArrayList<>()))
                .probe().host(), "no cache: nothing kept");
    }

    @Test
    void aRingThatNoLongerHoldsTheBootMapIsAClearOneLineError(@TempDir Path root) throws IOException {
        assertEquals(Optional.empty(), XenBootE820.parse(wrappedDmesg()));
        assertEquals(Optional.empty(), XenBootE820.parse("")); // xl dmesg -c cleared it
        XenHostProbe probe = new XenHostProbe(dom0Root(root, false), xl(wrappedDmesg(), new ArrayList<>()));
        XenHostProbe.Live live = probe.probe(); // what is known is still known: --host FILE is checked with it
        assertEquals(2, live.xlInfo().nrCpus());
        BackendException e = assertThrows(BackendException.class, live::host);
        assertEquals("xl dmesg no longer holds the memory map Xen printed at boot (its console ring wrapped or was"
                + " cleared) and no jxl command kept it since this boot: pass --host FILE, a description captured right after boot with `jxl host capture`",
                e.getMessage());
    }

    @Test
    void onlyXensOwnFinalMapCounts() {
        String ring = String.join("\n",
                "(d3) Xen-e820 RAM map:",
                "(d3)  [0000000000000000, 00000000ffffffff] (usable)",
                "(XEN) Initial Xen-e820 RAM map:",
                "(XEN)  [0000000000000000, 000000000009ffff] (usable)",
                "(XEN)  [0000000000100000, 00000000dfffffff] (usable)",
                "(XEN) [    0.000000] Multiboot-e820 RAM map:",
                "(XEN) [    0.000000]  [0000000000000000, 000000000009efff] (usable)",
                "(XEN) [    0.000000]  [00000000000e0000, 00000000000fffff] (reserved)",
                "(XEN) [    0.000000]  [0000000000100000, 00000000cfffffff] (usable)",
                "(XEN) [    0.000000]  [00000000d0000000, 00000000d00fffff] (ACPI data)",
                "(XEN) [    0.000000]  [00000000d0100000, 00000000d01fffff] (ACPI NVS)",
                "(XEN) [    0.000000]  [00000000d0200000, 00000000d02fffff] (unusable)",
                "(XEN) [    0.000000]  [0000000100000000, 00000004ffffffff] type 7",
                "(XEN) [    0.000000]  [0000000500000000, 00000005ffffffff] type 12",
                "(XEN) [    0.000000] System RAM: 3327MB (3407420kB)",
                "(d1) (XEN)  [0000000000000000, 00000000ffffffff] (usable)",
                "");
        assertEquals(Optional.of(E820Map.of(
                E820Entry.range(0x0L, 0x9f000L, RAM),
                E820Entry.range(0xe0000L, 0x100000L, RES),
                E820Entry.range(0x100000L, 0xd0000000L, RAM),
                E820Entry.range(0xd0000000L, 0xd0100000L, E820Type.ACPI),
                E820Entry.range(0xd0100000L, 0xd0200000L, E820Type.NVS),
                E820Entry.range(0xd0200000L, 0xd0300000L, E820Type.UNUSABLE),
                E820Entry.range(0x100000000L, 0x500000000L, E820Type.PMEM),
                E820Entry.range(0x500000000L, 0x600000000L, E820Type.PRAM))), XenBootE820.parse(ring));
        // the raw firmware map alone (the final one wrapped away) is no machine map
        String initialOnly = ring.substring(ring.indexOf("(XEN) Initial"), ring.indexOf("(XEN) [    0.000000] Multi"));
        assertEquals(Optional.empty(), XenBootE820.parse("(XEN) Initial" + initialOnly.substring(13)
                + "(XEN) Brought up 2 CPUs\n"));
    }

    @Test
    void theMachineMapAddsDom0sReservedEntriesInTheBootMapsGapsAboveOneMib(@TempDir Path root) throws IOException {
        E820Map dom0 = new HostCapture(dom0Root(root, false)).memmap();
        assertEquals(SAMPLE_MACHINE_MAP, XenHostProbe.machineMap(SAMPLE_BOOT_MAP, dom0));
    }

    @Test
    void theProbedHostIsXensHostWithDom0sPmemAndAddressBits(@TempDir Path root) throws IOException {
        List<String> calls = new ArrayList<>();
        XenHostProbe probe = new XenHostProbe(dom0Root(root, true), xl(text("xl-dmesg.txt"), calls));
        assertEquals(SAMPLE_HOST, probe.probe().host());
        assertEquals(List.of("info", "dmesg"), calls);
    }

    @Test
    void xlFailingIsItsExitAndFirstLineOfComplaint(@TempDir Path root) throws IOException {
        XenHostProbe probe = new XenHostProbe(dom0Root(root, false),
                args -> new XlTool.Result(1, "", "xencall: error: Could not obtain handle on privileged command"
                        + " interface: No such file or directory\nlibxl: error: cannot init xl context\n"));
        assertEquals("xl info exited 1: xencall: error: Could not obtain handle on privileged command interface: No"
                + " such file or directory", assertThrows(BackendException.class, probe::probe).getMessage());
        assertEquals(Optional.empty(), probe.tryXlInfo());
    }

    @Test
    void aDescriptionIsComparedWithTheLiveHostLineByLine(@TempDir Path root) throws IOException {
        XenHostProbe.Live live = new XenHostProbe(dom0Root(root, true), xl()).probe();
        Host dom0s = HostDescriptions.read(XenHostFixtures.path("dom0-capture.json"));
        assertEquals(List.of(
                "d.json says cpus 1, Xen reports 2 (xl info nr_cpus)",
                "d.json says memory 890 MiB, Xen reports 6143 MiB (xl info total_memory)",
                "d.json has 10 E820 entries, Xen's machine map 12",
                "d.json has E820 entry 0 0x000000000-0x00009efff RAM, Xen's machine map 0x000000000-0x00009fbff RAM",
                "d.json has pmem regions none, dom0 sees [0x200000000-0x23fffffff 1 GiB node 0] (/sys/bus/nd)"),
                live.disagreements("d.json", dom0s));
        assertEquals(List.of(), live.disagreements("same.json", SAMPLE_HOST));
        // free memory moves as guests come and go; memory is compared in xl's MiB
        Host close = new Host("4.17", 2, (6143L << 10) + 1023, 1, 40, Host.DEFAULT_SEABIOS_IMAGE_SIZE, SAMPLE_MACHINE_MAP,
                SAMPLE_HOST.pmem(), List.of());
        assertEquals(List.of(), live.disagreements("close.json", close));
        List<E820Entry> fewer = new ArrayList<>(SAMPLE_MACHINE_MAP.entries());
        fewer.remove(11);
        fewer.set(10, E820Entry.range(0x100000000L, 0x180000000L, RAM));
        Host other = new Host("4.17", 2, 6143L << 10, 0, 40, Host.DEFAULT_SEABIOS_IMAGE_SIZE, new E820Map(fewer),
                SAMPLE_HOST.pmem(), List.of());
        assertEquals(List.of("o.json has 11 E820 entries, Xen's machine map 12",
                "o.json has E820 entry 10 0x100000000-0x17fffffff RAM, Xen's machine map 0x100000000-0x1ffffffff RAM"),
                live.disagreements("o.json", other));
    }

    @Test
    void withoutTheBootMapOnlyTheE820GoesUnchecked(@TempDir Path root) throws IOException {
        XenHostProbe.Live live = new XenHostProbe(dom0Root(root, true), xl(wrappedDmesg(), new ArrayList<>())).probe();
        Host dom0s = HostDescriptions.read(XenHostFixtures.path("dom0-capture.json"));
        List<String> lines = live.disagreements("d.json", dom0s);
        assertEquals(3, lines.size(), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("E820")), lines.toString());
    }

    @Test
    void captureInDom0IsTheLiveHostNotDom0sShare(@TempDir Path root) throws IOException {
        List<String> calls = new ArrayList<>();
        Host h = new HostCapture(dom0Root(root, true), xl(text("xl-dmesg.txt"), calls)).capture();
        assertEquals(SAMPLE_HOST, h);
        assertEquals(List.of("info", "dmesg"), calls);
        // what the old capture printed in that dom0 was dom0's: 1 CPU, 890 MiB
        Host old = HostDescriptions.read(XenHostFixtures.path("dom0-capture.json"));
        assertEquals(1, old.cpus());
        assertNotEquals(old.e820(), h.e820());
        // the description round-trips: planning on the file is planning on the live host
        assertEquals(h, HostDescriptions.parse("captured.json", HostDescriptions.write(h)));
    }

    @Test
    void captureInDom0WithTheBootMapGoneFailsRatherThanFallBackToDom0sMemmap(@TempDir Path root) throws IOException {
        HostCapture capture = new HostCapture(dom0Root(root, false), xl(wrappedDmesg(), new ArrayList<>()));
        assertTrue(assertThrows(BackendException.class, capture::capture).getMessage().contains("pass --host FILE"));
        // nor when xl does not answer in the control domain
        HostCapture noXl = new HostCapture(root, args -> {
            throw new BackendException("cannot run xl (set JXL_XL to xl's path): No such file or directory");
        });
        assertThrows(BackendException.class, noXl::capture);
    }

    @Test
    void withoutXenfsXenIsRecognisedByAWorkingXl(@TempDir Path root) throws IOException {
        dom0Root(root, false);
        Files.delete(root.resolve("proc/xen/capabilities"));
        assertEquals(2, new HostCapture(root, xl()).capture().cpus());
        // a domU: /sys/hypervisor/type is xen, but its xl cannot reach Xen; the guest's own view is captured
        Host domU = new HostCapture(root, args -> new XlTool.Result(1, "", "cannot init xl context\n")).capture();
        assertEquals(1, domU.cpus());
        assertEquals(912332, domU.memoryKib());
        assertEquals(new HostCapture(root).memmap(), domU.e820());
    }
}
