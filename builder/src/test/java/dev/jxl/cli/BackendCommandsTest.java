package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.BackendGolden;
import dev.jxl.builder.DomainBuilder;
import dev.jxl.builder.DomainCreator;
import dev.jxl.builder.TestPlans;
import dev.jxl.builder.sim.BuiltinHost;
import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jxl info}, {@code list}, {@code destroy} and the create service on the sim, as a user sees them. */
class BackendCommandsTest {
    @TempDir
    Path dir;
    final StringBuilder session = new StringBuilder();

    int jxl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state-dir");
        all.add(dir.toString());
        int rc = Jxl.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        session.append("$ jxl ").append(String.join(" ", args)).append('\n').append(out).append(err)
                .append("[exit ").append(rc).append("]\n");
        return rc;
    }

    GlobalOptions global(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--state-dir", dir.toString()));
        PrintWriter sink = new PrintWriter(new StringWriter());
        return GlobalOptions.of(Jxl.newCommandLine(sink, sink).parseArgs(all.toArray(String[]::new)).commandSpec());
    }

    @Test
    void session() {
        assertEquals(0, jxl("info"));
        DomainCreator creator = new DomainCreator(global(), line -> session.append("notice: ").append(line));
        DomainBuilder.Built a = creator.create("hvm-pmem-a.cfg", TestPlans.get("hvm-pmem-a"));
        DomainBuilder.Built b = creator.create("pvh-acpi.cfg", TestPlans.get("pvh-acpi"));
        session.append("created ").append(a).append(", ").append(b).append('\n');
        DiagnosticException conflict = assertThrows(DiagnosticException.class,
                () -> creator.create("hvm-pmem-b.cfg", TestPlans.get("hvm-pmem-b")));
        assertEquals(ExitCode.BACKEND_FAILED, ErrorHandler.exitCode(conflict.failure()));
        session.append("create hvm-pmem-b: exit ").append(ErrorHandler.exitCode(conflict.failure())).append(": ").append(conflict.getMessage())
                .append('\n');
        assertEquals(0, jxl("list"));
        assertEquals(0, jxl("list", "--format", "json", "pvh-acpi"));
        assertEquals(0, jxl("-N", "destroy", "hvm-pmem-a"));
        assertEquals(0, jxl("destroy", "hvm-pmem-a"));
        assertEquals(ExitCode.NO_SUCH_DOMAIN, jxl("destroy", "hvm-pmem-a"));
        assertEquals(4, jxl("destroy", "0"));
        assertEquals(0, jxl("destroy", "2"));
        assertEquals(0, jxl("list"));
        assertEquals(ExitCode.BAD_DOCUMENT, jxl("--host", "/nonexistent.json", "list"));
        Approvals.verify(session.toString().replace(dir.toString(), "$STATE"),
                BackendGolden.options("cli-session", ".txt"));
    }

    @Test
    void createWithAFaultInjectedReportsTheStepAndChangesNothing() throws Exception {
        assertEquals(0, jxl("list"));
        byte[] before = Files.readAllBytes(dir.resolve("state.json"));
        System.setProperty("jxl.sim.failAt", "5");
        try {
            DiagnosticException e = assertThrows(DiagnosticException.class,
                    () -> new DomainCreator(global(), line -> { }).create("pv.cfg", TestPlans.get("pv-basic")));
            assertEquals(ExitCode.BACKEND_FAILED, ErrorHandler.exitCode(e.failure()));
            // positioned in the config (without the step's origin: at its start), never a bare "jxl: error:"
            assertTrue(e.getMessage().startsWith("pv.cfg:1:1: error: create pv-basic: step 5 (xenstore_write memory/static-max"),
                    e.getMessage());
        } finally {
            System.clearProperty("jxl.sim.failAt");
        }
        assertEquals(new String(before), Files.readString(dir.resolve("state.json")));
    }

    @Test
    void withTheXlBackendHostPmemCannotBeSetUp() {
        // Xen 4.17 has neither the sysctl nor xl pmem-* commands (XenLiveHostTest: pmem list on real Xen)
        assertEquals(4, jxl("--backend", "xl", "pmem", "setup", "--mgmt", "0x100000", "0x100100"));
        assertTrue(session.toString().contains("upstream Xen 4.17 has no XEN_SYSCTL_nvdimm_pmem_setup"),
                session.toString());
        assertFalse(session.toString().contains("xl pmem-"), session.toString());
    }

    @Test
    void listIsXlsLayout() {
        try (SimBackend b = SimBackend.open(dir, BuiltinHost::get, SimOptions.NONE, line -> { })) {
            new DomainBuilder(b).build(TestPlans.get("pv-basic"));
            assertEquals("Name                                        ID   Mem VCPUs\tState\tTime(s)\n"
                    + "Domain-0                                     0  8192    64     -b----       0.0\n"
                    + "pv-basic                                     1  1024     2     -b----       0.0\n",
                    ListCommand.text(b.list()));
        }
    }
}
