package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.golden.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code jxl plan --diff} and {@code --diff-host}: the changes an admin looks at before changing
 * memory, mmio_hole, the vNVDIMMs or the host, each approved in {@code golden/diff/<case>.approved.txt}
 * (command line, exit code, everything printed); a side that does not plan is reported where plain
 * {@code plan} reports it, with a note naming the side; command lines that mix the forms are usage
 * errors.
 */
class PlanDiffTest {
    private static final String BASIC = "examples/hvm-basic.cfg";
    private static final String VNVDIMM = "examples/hvm-vnvdimm.cfg";
    private static final String PV = "examples/pv-linux.cfg";
    private static final String ONE = "golden/layout/hvm-vnvdimm-one.cfg";

    private record Case(String name, int rc, String... args) {
    }

    private static final List<Case> CASES = List.of(
            new Case("hvm-memory-past-the-hole", 0, "plan", "--diff", BASIC, BASIC, "memory=8192"),
            new Case("hvm-vnvdimm-mmio-hole-1024", 0, "plan", "--diff", VNVDIMM, VNVDIMM, "mmio_hole=1024"),
            new Case("hvm-add-vnvdimm-below-4g", 0, "plan", "--diff", ONE, ONE, SvgCases.ADD_VNVDIMM),
            new Case("hvm-two-configs", 0, "plan", "--diff", BASIC, VNVDIMM),
            new Case("pv-pci-hole-start", 0, "plan", "--diff", PV, PV, "pci_hole_start=0xc0000000"),
            new Case("pv-e820-host-two-hosts", 0, "plan", "golden/layout/pv-e820-host-note-2048.cfg", "--diff-host",
                    "examples/hosts/note-host.json", "examples/hosts/this-machine.json"),
            new Case("same-plan", 0, "plan", "--diff", "examples/pvh-linux.cfg", "examples/pvh-linux.cfg"),
            new Case("err-right-cannot-plan", 3, "plan", "--diff", BASIC, "golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg"),
            new Case("err-left-cannot-plan-on-host", 3, "plan", "golden/layout/hvm-vnvdimm-one.cfg", "--diff-host",
                    "examples/hosts/note-host.json", "examples/hosts/two-socket.json"),
            new Case("err-right-override", 1, "plan", "--diff", BASIC, BASIC, "memory=lots"),
            new Case("err-json", 2, "plan", "--diff", BASIC, BASIC, "--format", "json"),
            new Case("err-both-forms", 2, "plan", BASIC, "--diff-host", "examples/hosts/note-host.json",
                    "examples/hosts/two-socket.json", "--diff", BASIC, BASIC),
            new Case("err-diff-twice", 2, "plan", "--diff", BASIC, BASIC, "--diff", PV, PV),
            new Case("err-diff-and-hosts", 2, "plan", "--diff", BASIC, BASIC, "--hosts", "examples/hosts/migrate-a.json",
                    "examples/hosts/migrate-b.json"),
            new Case("err-not-a-setting", 2, "plan", "--diff", BASIC, BASIC, PV),
            new Case("err-diff-host-and-host", 2, "--host", "examples/hosts/note-host.json", "plan", BASIC, "--diff-host",
                    "examples/hosts/note-host.json", "examples/hosts/two-socket.json"),
            new Case("err-diff-host-no-config", 2, "plan", "--diff-host", "examples/hosts/note-host.json",
                    "examples/hosts/two-socket.json"),
            new Case("err-diff-host-bad-host", 6, "plan", BASIC, "--diff-host", "examples/hosts/note-host.json",
                    "examples/hosts/no-such-host.json"));

    @TestFactory
    Stream<DynamicTest> diffs() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String got = run(c.args());
            assertTrue(got.startsWith("$ jxl ") && got.contains("\nexit " + c.rc() + "\n"), c.name() + ":\n" + got);
            assertTrue(!got.contains("internal error"), got);
            Approvals.verify(got, Golden.options("diff", c.name(), ".txt"));
        }));
    }

    /** A failure on one side names the side; on the other it would not have planned either way. */
    @Test
    void aSideThatDoesNotPlanSaysWhichSide() {
        String right = run("plan", "--diff", BASIC, "golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg");
        assertTrue(right.contains("golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg:") && right.contains(": error: cannot plan:")
                && right.contains("note: while planning the right side of --diff"), right);
        String left = run("plan", "--diff", "golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg", BASIC);
        assertTrue(left.contains("note: while planning the left side of --diff"), left);
        // the same error as a plain plan prints, before the note
        String plain = run("plan", "golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg");
        String error = plain.lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow();
        assertTrue(left.contains(error), left + "\n--- plain:\n" + plain);
    }

    /** Every line the diff marks is its own side's plan line, and is not the other side's. */
    @Test
    void everyChangedLineIsOnItsSideOnly() {
        String diff = run("plan", "--diff", VNVDIMM, VNVDIMM, "mmio_hole=1024");
        String left = run("plan", VNVDIMM);
        String right = run("plan", VNVDIMM, "mmio_hole=1024");
        int changed = 0;
        for (String line : diff.split("\n")) {
            if (line.startsWith("  - ") || line.startsWith("  + ")) {
                String text = line.substring(4).replaceAll("   \\((end|start|moved) .*\\)$", "");
                boolean removed = line.startsWith("  - ");
                assertTrue((removed ? left : right).contains(text), "not in its side's plan: " + line);
                assertTrue(!(removed ? right : left).contains(text), "in the other side's plan too: " + line);
                changed++;
            }
        }
        assertTrue(changed > 20, diff);
    }

    /** Any two configs diff without an internal error: each golden layout against the next, as text and as svg. */
    @Test
    void neighbouringGoldenConfigsDiff() throws Exception {
        List<java.nio.file.Path> cfgs = SvgCases.goldenConfigs();
        int planned = 0;
        for (int i = 0; i + 1 < cfgs.size(); i++) {
            for (String format : List.of("text", "svg")) {
                SvgCases.Case c = SvgCases.run("pair", List.of("plan", "--diff", cfgs.get(i).toString(),
                        cfgs.get(i + 1).toString(), "--format", format));
                assertTrue(List.of(0, 1, 3, 6).contains(c.rc()) && !c.svg().contains("internal error"),
                        cfgs.get(i) + " vs " + cfgs.get(i + 1) + ": exit " + c.rc() + "\n" + c.svg());
                planned += c.rc() == 0 ? 1 : 0;
            }
        }
        assertTrue(planned > 40, "pairs that planned: " + planned);
    }

    static String run(String... args) {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            words.add(a.endsWith(".json") || a.endsWith(".cfg") ? PlanGoldenTest.ROOT.resolve(a).toString() : a);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jxl.run(new PrintWriter(out), new PrintWriter(err), words.toArray(String[]::new));
        return ("$ jxl " + String.join(" ", args) + "\nexit " + rc + "\n" + out + err).replace(PlanGoldenTest.ROOT + "/", "");
    }
}
