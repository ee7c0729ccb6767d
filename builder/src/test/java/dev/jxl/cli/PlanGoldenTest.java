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
        String base = cfg.getFileName().toString().replaceAll("\\.cfg$", "");
        Approvals.verify(got, Golden.options("layout", base + ".plan", ".txt"));
    }

}
