package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12's reproducers on the CLI side: every failure is one positioned diagnostic (or a
 * {@code jxl: error:} line where no file is involved), with an exit code from the documented table.
 */
class DiagnosticsTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path state;
    @TempDir
    Path dir;

    private String cfg(String name, String text) throws IOException {
        Path p = dir.resolve(name + ".cfg");
        Files.writeString(p, text);
        return p.toString();
    }

    /** The planner's refusal points at the vNVDIMM spec to blame (it printed "jxl: cannot plan: vnvdimm[1]: …"). */
    @Test
    void aPlanningErrorPointsAtTheListItemToBlame() throws IOException {
        String c = cfg("two", "name = \"two\"\ntype = \"hvm\"\nmemory = 1024\n"
                + "vnvdimms = [ \"type=mfn,backend=0x4080000,nr_pages=0x40000\",\n"
                + "             \"type=mfn,backend=0x100,nr_pages=0x40000\" ]\n");
        CliRun r = CliRun.of(state, "plan", c);
        assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
        assertEquals(c + ":5:14: error: cannot plan: vnvdimm[1]: backend mfn 0x100-0x400ff is not host pmem",
                r.err().lines().findFirst().orElseThrow().replaceFirst(" \\(host regions.*", ""));
    }

    /** An iomem range the host cannot give is exit 3 at its item; one that is no range, exit 1 there (it was exit 70). */
    @Test
    void iomemIsJudgedWhenPlanningAtItsItem() throws IOException {
        String far = cfg("far", "name = \"far\"\ntype = \"hvm\"\nmemory = 512\n"
                + "iomem = [ \"fe000,10\",\n          \"400000000,10\" ]\n");
        CliRun r = CliRun.of(state, "plan", far);
        assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
        assertEquals(far + ":5:11: error: cannot plan: iomem[1]: mfn 0x400000000 is beyond the host's 46-bit physical"
                + " address space (memory_mapping would fail with -EINVAL)", r.err().strip());
        String wraps = cfg("wraps", "name = \"w\"\ntype = \"hvm\"\nmemory = 512\niomem = [\"fe000,ffffffffffffffff\"]\n");
        r = CliRun.of(state, "plan", wraps);
        assertEquals(ExitCode.CONFIG_ERROR, r.rc(), r.err());
        assertTrue(r.err().startsWith(wraps + ":4:10: error: iomem[0]: mfns 0xfe000+0xffffffffffffffff at gfn 0xfe000"
                + " wrap past 2^64"), r.err());
        String ram = cfg("ram", "name = \"r\"\ntype = \"hvm\"\nmemory = 512\niomem = [\"100,10\"]\n");
        r = CliRun.of(state, "create", ram);
        assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
        assertTrue(r.err().contains(ram + ":4:10: error: cannot plan: iomem[0]: mfns 0x100+0x10 overlap host RAM"), r.err());
    }

    /**
     * On a booted sim the plan knows the pmem setup: a vNVDIMM in a management area is refused at its
     * item by plan and create alike (create refused it at step 6, exit 4, with no position).
     */
    @Test
    void aVnvdimmInTheManagementAreaIsAPlanningError() throws IOException {
        assertEquals(0, CliRun.of(state, "list").rc());
        String c = cfg("mgmt", "name = \"m\"\ntype = \"hvm\"\nmemory = 1024\n"
                + "vnvdimms = [ \"type=mfn,backend=0x4200000,nr_pages=0x40000\",\n"
                + "             \"type=mfn,backend=0x4080000,nr_pages=0x40000\" ]\n");
        for (String command : List.of("plan", "create")) {
            CliRun r = CliRun.of(state, command, c);
            assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
            assertTrue(r.err().contains(c + ":5:14: error: cannot plan: vnvdimm[1]: backend mfn 0x4080000-0x40bffff: host"
                    + " mfn 0x4080000 is in the pmem management area [0x4080000, 0x4188000)"), r.err());
        }
    }

    /** A step the sim refuses is reported where the config asked for it: createdomain at `name`. */
    @Test
    void aRefusedBuildStepPointsAtTheKeyThatAskedForIt() throws IOException {
        String c = cfg("twin", "type = \"pv\"\nkernel = \"/k\"\nmemory = 64\nname = \"twin\"\n");
        assertEquals(0, CliRun.of(state, "create", c).rc());
        CliRun r = CliRun.of(state, "create", c);
        assertEquals(ExitCode.BACKEND_FAILED, r.rc(), r.err());
        assertEquals("Parsing config from " + c + "\n" + c + ":4:1: error: create twin: step 0 (createdomain name=twin"
                + " type=pv max_vcpus=1) failed: domain with name \"twin\" already exists (domain 1); rolled back 0"
                + " completed steps\n", r.err());
    }

    /** A pmem page another guest maps: the refused populate_pmem_map points at the vnvdimms item that asked for it. */
    @Test
    void aRefusedPmemMappingPointsAtItsVnvdimm() throws IOException {
        String spec = "\"type=mfn,backend=0x4200000,nr_pages=0x40000\"";
        String a = cfg("a", "name = \"a\"\ntype = \"hvm\"\nmemory = 1024\nvnvdimms = [ " + spec + " ]\n");
        String b = cfg("b", "name = \"b\"\ntype = \"hvm\"\nmemory = 1024\nvnvdimms = [\n  \"type=mfn,backend=0x4300000,"
                + "nr_pages=0x40000\",\n  " + spec + " ]\n");
        assertEquals(0, CliRun.of(state, "create", a).rc());
        CliRun r = CliRun.of(state, "create", b);
        assertEquals(ExitCode.BACKEND_FAILED, r.rc(), r.err());
        assertTrue(r.err().contains(b + ":6:3: error: create b: step "), r.err());
        assertTrue(r.err().contains("host pmem mfn 0x4200000 is already mapped to domain 1 (a)"), r.err());
    }

    /** A PV guest with e820_host and more memory than any host addresses: exit 3 at memory (it was exit 70). */
    @Test
    void memoryBeyondTheAddressSpaceIsAPlanningError() throws IOException {
        String c = cfg("huge", "name = \"p\"\ntype = \"pv\"\nkernel = \"/z\"\nmemory = 4503599627370496\ne820_host = 1\n");
        CliRun r = CliRun.of(state, "plan", c);
        assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
        assertTrue(r.err().startsWith(c + ":4:1: error: cannot plan: guest RAM of more than 64 TiB (maxmem) reaches"
                + " above the host's 46-bit physical address limit 0x400000000000"), r.err());
    }

    /** What a diagnostic echoes of the input has its control characters escaped, and a long value is cut. */
    @Test
    void diagnosticsEscapeControlCharactersAndCutLongValues() throws IOException {
        String c = cfg("bell", "name = \"b\"\ntype = \"hvm\\a\u0001\"\nmemory = 512\nvcpus = \"" + "9".repeat(100_000) + "x\"\n");
        CliRun r = CliRun.of(state, "check", c);
        assertEquals(ExitCode.CONFIG_ERROR, r.rc(), r.out());
        assertTrue(r.out().contains("hvm\\x07\\x01"), r.out());
        assertTrue(r.out().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.length() < 400), r.out());
    }

    /** Without a list item, at the key the planner names: memory (here given on the command line). */
    @Test
    void aPlanningErrorWithoutAnItemPointsAtTheKey() {
        CliRun r = CliRun.of(state, "plan", ROOT.resolve("examples/hvm-basic.cfg").toString(), "memory=300000000");
        assertEquals(ExitCode.CANNOT_PLAN, r.rc(), r.err());
        assertTrue(r.err().startsWith("<command line>:1:1: error: cannot plan: guest RAM "), r.err());
    }

    @Test
    void noSuchDomainHasItsOwnExitCodeAndAHint() {
        CliRun r = CliRun.of(state, "destroy", "nosuch");
        assertEquals(ExitCode.NO_SUCH_DOMAIN, r.rc(), r.err());
        assertEquals("jxl: error: no domain named nosuch\njxl: note: 'jxl list' shows the domains of this backend\n",
                r.err());
        assertEquals(ExitCode.NO_SUCH_DOMAIN, CliRun.of(state, "destroy", "17").rc());
    }

    /** `jxl create /bin/ls` printed 1,800 lines of raw bytes. */
    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        Path bin = dir.resolve("a.out");
        Files.write(bin, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, '(', ')', 0, 0, '\n', 0, 0, 0, '$', 0});
        for (String command : List.of("create", "-N create", "check", "plan")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add(bin.toString());
            CliRun r = CliRun.of(state, args.toArray(String[]::new));
            assertEquals(ExitCode.CONFIG_ERROR, r.rc(), r.err());
            // check reports on stdout, one line per diagnostic, as a batch tool does
            assertEquals(bin + ":1:1: error: not a text file (a NUL byte at offset 7); an xl config is text\n",
                    command.equals("check") ? r.out() : r.err().replace("Parsing config from " + bin + "\n", ""), command);
        }
    }

    /** A NUL byte that xl lexes (inside a string) is no reason to refuse the file. */
    @Test
    void aNulByteInsideAStringIsNotBinary() throws IOException {
        Path c = dir.resolve("nul.cfg");
        Files.write(c, "name = \"a\0b\"\ntype = \"pv\"\nkernel = \"/k\"\nmemory = 64\n".getBytes());
        CliRun r = CliRun.of(state, "check", c.toString());
        assertEquals(0, r.rc(), r.err());
    }

    /** /dev/zero never ends: reading stops at the bound, for xl configs and xm files alike. */
    @Test
    void anEndlessFileEndsWithAnError() {
        CliRun xl = CliRun.of(state, "check", "/dev/zero");
        assertEquals(ExitCode.CONFIG_ERROR, xl.rc());
        assertEquals("/dev/zero:1:1: error: not a config: more than 64 MiB\n", xl.out());
        CliRun xm = CliRun.of(state, "convert-xm", "/dev/zero");
        assertEquals(ExitCode.CONFIG_ERROR, xm.rc());
        assertEquals("/dev/zero:1:1: error: not a text file (NUL byte at offset 0)\n", xm.err());
        CliRun dir = CliRun.of(state, "check", state.toString());
        assertEquals(state + ":1:1: error: cannot read config file: is a directory\n", dir.out());
    }

    @Test
    void aMissingFileIsNamedOnce() {
        CliRun r = CliRun.of(state, "pmem", "infoblock", "read", "/nonexistent/pmem0");
        assertEquals(ExitCode.CONFIG_ERROR, r.rc());
        assertEquals("jxl: error: /nonexistent/pmem0: no such file or directory\n", r.err());
    }

    /** It printed the Java record: "set up Management[range=[…]]". */
    @Test
    void pmemSetupSaysWhatItSetUpInAnAdminsWords() {
        CliRun r = CliRun.of(state, "-N", "pmem", "setup", "--mgmt", "0x4080000", "0x4090000");
        assertEquals(0, r.rc(), r.err());
        assertEquals("would set up management area mfn [0x4080000, 0x4090000) (dry run: nothing changed)\n", r.out());
    }

    /** A bug is exit 70 with a one-line reason (it was 4, "a backend step failed"). */
    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithAOneLineReason() {
        StringWriter err = new StringWriter();
        CommandLine cli = Jxl.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs("info");
        int rc = new ErrorHandler().handleExecutionException(
                new IllegalStateException("invariant broken\nsecond line"), cli, parsed);
        assertEquals(ExitCode.INTERNAL_ERROR, rc);
        assertEquals("jxl: internal error: IllegalStateException: invariant broken\n"
                + "jxl: run with -v for the stack trace, and please report it\n", err.toString());
    }

    /** -v is a global option: after the command's name it shows the trace too (it was read from the top level only). */
    @Test
    void verboseAfterTheCommandNameShowsTheStackTrace() {
        for (List<String> args : List.of(List.of("-v", "create", "/nonexistent/x.cfg"), List.of("create", "-v", "/nonexistent/x.cfg"),
                List.of("create", "/nonexistent/x.cfg", "-v"))) {
            CliRun r = CliRun.of(state, args.toArray(String[]::new));
            assertEquals(ExitCode.CONFIG_ERROR, r.rc(), r.err());
            assertTrue(r.err().contains("\tat dev.jxl."), args + ": " + r.err());
        }
        CliRun quiet = CliRun.of(state, "create", "/nonexistent/x.cfg");
        assertFalse(quiet.err().contains("\tat "), quiet.err());
    }

    /** Every failure kind has its own code; none is 70, none shares 4 with "a backend step failed". */
    @Test
    void everyFailureKindMapsToItsDocumentedCode() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), java.util.Arrays.stream(Failure.values()).map(ErrorHandler::exitCode).toList());
        DiagnosticException e = DiagnosticException.of(Failure.BACKEND, "x").withNote("y");
        assertEquals(2, e.diagnostics().size());
        assertEquals("jxl: note: y", e.diagnostics().get(1).toString());
    }
}
