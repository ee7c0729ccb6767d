package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.builder.host.XenHostFixtures;
import dev.jxl.layout.host.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --backend xl} plans on the live host: a stand-in xl answers {@code xl info} and {@code xl
 * dmesg} with what real Xen 4.17 printed, and a made-up dom0 tree holds /proc/cpuinfo and one NFIT pmem
 * region ({@link XenHostFixtures}).
 */
class XenLiveHostTest {
    @TempDir
    Path dir;
    Path root;
    Path calls;
    Path pv;
    Path hvm;
    String out;
    String err;

    @BeforeEach
    void liveHost() throws IOException {
        root = XenHostFixtures.dom0Root(Files.createDirectories(dir.resolve("root")), true);
        calls = dir.resolve("calls");
        useRing(XenHostFixtures.path("xl-dmesg.txt"));
        System.setProperty("jxl.xen.root", root.toString());
        // a PV guest whose map is the host's (e820_host), and an HVM guest backed by the host's pmem region
        pv = Files.writeString(dir.resolve("pv.cfg"),
                "name = 'pv'\ntype = 'pv'\nkernel = '/boot/vmlinuz'\nmemory = 1024\ne820_host = 1\n");
        hvm = Files.writeString(dir.resolve("hvm.cfg"), "name = 'hvm'\ntype = 'hvm'\nmemory = 1024\n"
                + "vnvdimms = [ 'type=mfn, backend=0x200000, nr_pages=0x40000' ]\n");
    }

    @AfterEach
    void realXl() {
        System.clearProperty("jxl.xl");
        System.clearProperty("jxl.xen.root");
    }

    private void useRing(Path dmesg) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-" + dmesg.getFileName()));
        System.setProperty("jxl.xl", XenHostFixtures.xlScript(bin, dmesg, calls).toString());
    }

    int jxl(String... args) {
        CliRun r = CliRun.of(dir.resolve("state"), args);
        out = r.out();
        err = r.err();
        return r.rc();
    }

    private List<String> calls() throws IOException {
        List<String> c = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        Files.deleteIfExists(calls);
        return c;
    }

    @Test
    void pmemListShowsTheLiveHostsRegionsAsRaw() throws IOException {
        assertEquals(0, jxl("--backend", "xl", "pmem", "list"), err);
        assertEquals("type  smfn           emfn                  MiB detail\n"
                + "raw   0x200000       0x240000             1024 node 0\n"
                + "upstream Xen 4.17 has no pmem management or data set-up (XEN_SYSCTL_nvdimm_pmem_setup was never"
                + " merged): every region is raw; vnvdimms reach it as iomem=\n", out);
        assertEquals("", err);
        assertEquals(List.of("info", "dmesg"), calls());
        assertEquals(0, jxl("--backend", "xl", "pmem", "list", "--format", "json"), err);
        assertEquals("{\"regions\":[{\"spa\":8589934592,\"size\":1073741824,\"node\":0}],\"mgmt\":[],\"data\":[]}",
                out.replaceAll("\\s", ""));
    }

    @Test
    void pmemSetupIsRefusedForWantOfTheSysctlNotForWantOfAnXlCommand() throws IOException {
        assertEquals(ExitCode.BACKEND_FAILED, jxl("--backend", "xl", "pmem", "setup", "--mgmt", "0x200000", "0x200100"));
        assertEquals("jxl: error: with --backend xl host pmem cannot be set up: upstream Xen 4.17 has no"
                + " XEN_SYSCTL_nvdimm_pmem_setup (the vNVDIMM series was never merged), so its regions stay raw;"
                + " vnvdimms reach them as iomem=\n", err);
        assertFalse(err.contains("xl pmem-"), err);
        assertEquals(List.of(), calls()); // refusing needs no look at the host
    }

    @Test
    void aCaptureInDom0PlansTheSameLayoutsAsTheLiveHost() throws IOException {
        Path captured = dir.resolve("captured.json");
        assertEquals(0, jxl("host", "capture", "--root", root.toString(), "-o", captured.toString()), err);
        Host host = HostDescriptions.read(captured);
        assertEquals(2, host.cpus());
        assertEquals(6143L << 10, host.memoryKib());
        assertEquals(12, host.e820().size()); // Xen's 10 boot entries + the IOAPIC page and the MSI range
        assertEquals(List.of("info", "dmesg"), calls());
        for (Path cfg : List.of(pv, hvm)) {
            assertEquals(0, jxl("--backend", "xl", "plan", cfg.toString()), err);
            String live = out;
            assertEquals("", err);
            assertEquals(0, jxl("--backend", "xl", "--host", captured.toString(), "plan", cfg.toString()), err);
            assertEquals(live, out, cfg.toString());
            assertEquals("", err, "a capture agrees with the host it was captured on");
            jxl("plan", cfg.toString()); // the built-in host has no pmem at 0x200000: the HVM guest is refused
            assertNotEquals(live, out, "the built-in host plans " + cfg + " differently: the test would tell");
        }
        assertTrue(live(pv).contains("e820_sanitize of the host's 12 entries"), out);
    }

    private String live(Path cfg) {
        assertEquals(0, jxl("--backend", "xl", "plan", cfg.toString()), err);
        return out;
    }

    @Test
    void aHostFileWinsButEachDisagreementWithXenIsAWarning() throws IOException {
        Path dom0s = XenHostFixtures.path("dom0-capture.json");
        assertEquals(0, jxl("--backend", "xl", "--host", dom0s.toString(), "pmem", "list"), err);
        assertEquals("type  smfn           emfn                  MiB detail\n" + PmemListCommand.XL_RAW_ONLY, out,
                "the file's host, which has no pmem");
        String f = dom0s.toString();
        assertEquals("jxl: warning: " + f + " says cpus 1, Xen reports 2 (xl info nr_cpus)\n"
                + "jxl: warning: " + f + " says memory 890 MiB, Xen reports 6143 MiB (xl info total_memory)\n"
                + "jxl: warning: " + f + " has 10 E820 entries, Xen's machine map 12\n"
                + "jxl: warning: " + f + " has E820 entry 0 0x000000000-0x00009efff RAM, Xen's machine map"
                + " 0x000000000-0x00009fbff RAM\n"
                + "jxl: warning: " + f + " has pmem regions none, dom0 sees [0x200000000-0x23fffffff 1 GiB node 0]"
                + " (/sys/bus/nd)\n", err);
        assertEquals(List.of("info", "dmesg"), calls());
    }

    @Test
    void withTheBootMapGoneTheLiveHostIsAnErrorAndAFileStillWorks() throws IOException {
        Path captured = dir.resolve("captured.json");
        assertEquals(0, jxl("host", "capture", "--root", root.toString(), "-o", captured.toString()), err);
        Path wrapped = Files.writeString(dir.resolve("wrapped-dmesg.txt"), XenHostFixtures.wrappedDmesg());
        useRing(wrapped);
        assertEquals(ExitCode.BACKEND_FAILED, jxl("--backend", "xl", "plan", pv.toString()));
        assertEquals("jxl: error: cannot learn the host from Xen: xl dmesg no longer holds the memory map Xen printed at boot"
                + " (its console ring wrapped or was cleared) and no jxl command kept it since this boot: pass --host FILE, a description captured right after"
                + " boot with `jxl host capture`\n", err);
        assertEquals("", out);
        assertEquals(ExitCode.BACKEND_FAILED, jxl("host", "capture", "--root", root.toString()));
        assertTrue(err.contains("pass --host FILE"), err);
        assertEquals(0, jxl("--backend", "xl", "--host", captured.toString(), "plan", pv.toString()), err);
        assertEquals("", err, "what Xen still reports agrees with the file; its E820 cannot be checked");
    }

    @Test
    void oneCommandProbesXenOnce() throws IOException {
        assertEquals(0, jxl("--backend", "xl", "create", hvm.toString()), err);
        List<String> c = calls();
        assertEquals(List.of("info", "dmesg"), c.subList(0, 2));
        assertEquals(3, c.size(), c.toString());
        assertTrue(c.get(2).startsWith("create "), c.toString());
    }

    @Test
    void theSimNeverAsksXl() throws IOException {
        assertEquals(0, jxl("plan", pv.toString()), err);
        assertEquals(0, jxl("pmem", "list"), err);
        assertEquals(List.of(), calls());
    }

    @Test
    void anXlThatCannotRunIsExitFourOrAWarningBesideAFile() {
        System.setProperty("jxl.xl", dir.resolve("no-such-xl").toString());
        assertEquals(ExitCode.BACKEND_FAILED, jxl("--backend", "xl", "plan", pv.toString()));
        assertTrue(err.startsWith("jxl: error: cannot learn the host from Xen: cannot run "), err);
        assertTrue(err.contains("set JXL_XL to xl's path"), err);
        assertEquals(0, jxl("--backend", "xl", "--host", XenHostFixtures.path("dom0-capture.json").toString(), "pmem",
                "list"), err);
        assertTrue(err.startsWith("jxl: warning: cannot compare "), err);
        assertEquals(1, err.lines().count(), err);
    }
}
