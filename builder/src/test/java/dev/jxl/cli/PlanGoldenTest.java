package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.jxl.golden.Golden;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code golden/layout/<case>.cfg} → {@code <case>.plan.approved.txt}: the exit code and everything
 * {@code jxl plan} prints. A {@code # args: …} line in the config adds command-line words (paths
 * relative to the project root); a {@code # ~ ERROR text} line says the output must contain that
 * text, so a bulk bless cannot accept a different error. Bless with
 * {@code -Dorg.approvaltests.reporters.autoapprove=true}.
 */
class PlanGoldenTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    static final Path DIR = ROOT.resolve("golden/layout");

    @TestFactory
    Stream<DynamicTest> goldenLayouts() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        }
        assertTrue(cases.size() >= 25, "issue 3 asks for at least 25 golden layout cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    /** The check above cannot pass vacuously: a stated node with no step, or a note's claim, is caught. */
    @org.junit.jupiter.api.Test
    void aStatedDecisionWithoutAStepIsCaught() {
        String stated = "xenstore:\n  /local/domain/<domid>/platform/mmio_hole_size = \"268435456\"\n\nbuild steps:\n 0 unpausedomain\n";
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> everyStatedDecisionIsAStep(Path.of("t.cfg"), stated));
        String noted = "notes:\n  - vnvdimms: jxl writes platform/mmio_hole_size = 268435456 so\n\nbuild steps:\n 0 unpausedomain\n";
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> everyStatedDecisionIsAStep(Path.of("t.cfg"), noted));
        everyStatedDecisionIsAStep(Path.of("t.cfg"), noted.replace(" 0 unpausedomain",
                " 0 xenstore_write platform/mmio_hole_size = \"268435456\""));
    }

    static String run(Path cfg) throws IOException {
        List<String> args = new ArrayList<>(List.of("plan", ROOT.relativize(cfg).toString()));
        for (String line : Files.readAllLines(cfg, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("# args:")) {
                args.addAll(List.of(line.substring("# args:".length()).trim().split("\\s+")));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc;
        rc = Jxl.run(new PrintWriter(out), new PrintWriter(err), args.stream()
                    .map(a -> a.endsWith(".json") || a.endsWith(".cfg") ? ROOT.resolve(a).toString() : a)
                    .toArray(String[]::new));
        return ("$ jxl " + String.join(" ", args) + "\nexit " + rc + "\n" + out + err).replace(ROOT + "/", "");
    }

    private static void check(Path cfg) throws IOException {
        String got = run(cfg);
        // an internal error is never an approvable outcome, however a bulk bless goes
        assertTrue(!got.contains("internal error"), cfg + ": jxl failed internally:\n" + got);
        for (String line : Files.readAllLines(cfg, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("# ~ ERROR")) {
                String want = line.substring("# ~ ERROR".length()).trim();
                assertTrue(got.contains(want), cfg + ": expected an error containing \"" + want + "\" in\n" + got);
            }
        }
        everyStatedDecisionIsAStep(cfg, got);
        String base = cfg.getFileName().toString().replaceAll("\\.cfg$", "");
        Approvals.verify(got, Golden.options("layout", base + ".plan", ".txt"));
    }

    private static final Pattern XENSTORE_LINE = Pattern.compile("^  /local/domain/<domid>/(\\S+) = (\".*\")$");
    private static final Pattern EXTENT_LINE = Pattern.compile("^  mfn 0x(\\p{XDigit}+) -> gfn 0x(\\p{XDigit}+) nr (\\d+) .*?( labels)?$");
    private static final Pattern NOTE_WRITE = Pattern.compile("writes ([a-z_]+/[a-z_/-]+) = (\\d+|0x\\p{XDigit}+)");
    private static final Pattern DM_ACPI = Pattern.compile("^dm-acpi area: 0x0*(\\p{XDigit}+)-");
    private static final Pattern MEMMAP = Pattern.compile("^Xen memory map \\(XENMEM_set_memory_map, (\\d+) entries\\):$");

    /**
     * What the layout text says is decided (its xenstore nodes, pmem extents, dm-acpi area, memory
     * map, and every "writes PATH = VALUE" of its notes) is a step of the plan printed below it.
     */
    static void everyStatedDecisionIsAStep(Path cfg, String got) {
        int at = got.indexOf("\nbuild steps:\n");
        if (at < 0) {
            return; // refused: there is no plan
        }
        String layout = got.substring(0, at);
        String steps = got.substring(at);
        List<String> wanted = new ArrayList<>();
        for (String line : layout.split("\n")) {
            Matcher m;
            if ((m = XENSTORE_LINE.matcher(line)).matches()) {
                wanted.add("xenstore_write " + m.group(1) + " = " + m.group(2));
            } else if ((m = EXTENT_LINE.matcher(line)).matches()) {
                wanted.add("populate_pmem_map mfn=0x" + m.group(1) + " gfn=0x" + m.group(2) + " nr=0x"
                        + Long.toHexString(Long.parseLong(m.group(3))) + " type=" + (m.group(4) == null ? "data" : "label"));
            } else if ((m = DM_ACPI.matcher(line)).find()) {
                wanted.add("load_acpi addr=0x" + m.group(1) + " ");
            } else if ((m = MEMMAP.matcher(line)).matches()) {
                wanted.add("set_memory_map nr_entries=" + m.group(1) + " ");
            }
            m = NOTE_WRITE.matcher(line);
            while (line.startsWith("  - ") && m.find()) {
                wanted.add("xenstore_write " + m.group(1) + " = \"" + m.group(2) + "\"");
            }
        }
        for (String w : wanted) {
            assertTrue(steps.contains(w), cfg + ": the layout states \"" + w.trim() + "\" but no build step does:\n" + steps);
        }
    }

}
