package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code jxl plan --format svg} picture, as a browser draws it: the SVGs of every golden
 * layout that plans and of the plan diffs ({@link SvgCases}) go inline into one HTML page, which one
 * headless Chromium loads; a script there measures each text with {@code getBBox()} and reports a
 * text outside its picture's viewport, two texts that overlap, a band's text outside its band, and
 * a shape outside the viewport. A picture that breaks on purpose checks that the script finds what
 * it looks for. Skips (with a line on stderr) when Chromium is absent, fails then under
 * JXL_REQUIRE_ORACLES=1.
 */
class PlanSvgRenderTest {
    /** Chromium, where Debian and others install it; {@code -Djxl.chromium=PATH} names another (or none). */
    static Path chromium() {
        String chosen = System.getProperty("jxl.chromium");
        for (String c : chosen != null ? List.of(chosen)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** Chromium's path, or the test is skipped (Oracles says why on stderr too). */
    static Path requireChromium() {
        Path browser = chromium();
        if (browser == null) {
            Oracles.assumeOracle(false, "chromium is not installed (Debian package chromium"
                    + (System.getProperty("jxl.chromium") != null ? "; -Djxl.chromium=" + System.getProperty("jxl.chromium") : "")
                    + "): the SVG pictures are not checked in a browser");
        }
        return browser;
    }

    /** Two texts on each other and one past the right edge: what the checks must catch. */
    private static final String BROKEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\" "
            + "viewBox=\"0 0 200 60\" font-family=\"monospace\" font-size=\"11\"><text x=\"10\" y=\"20\">one label</text>"
            + "<text x=\"14\" y=\"22\">another label</text><text x=\"150\" y=\"50\">past the edge</text>"
            + "<g class=\"band\"><rect x=\"10\" y=\"30\" width=\"40\" height=\"10\"/><text x=\"12\" y=\"38\">too long "
            + "for its band</text></g></svg>";

    @Test
    void everyPictureKeepsItsTextInsideAndApart(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        long t0 = System.nanoTime();
        List<SvgCases.Case> cases = new ArrayList<>(SvgCases.goldenLayouts());
        int layouts = cases.size();
        assertTrue(layouts >= 40, "golden layouts that plan: " + layouts);
        for (SvgCases.Case d : SvgCases.diffs()) {
            assertEquals(0, d.rc(), d.name() + ": " + d.svg());
            cases.add(d);
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        html.append("<div class=\"case\" data-name=\"self-check\">").append(BROKEN).append("</div>\n");
        for (SvgCases.Case c : cases) {
            assertTrue(c.svg().startsWith("<?xml") && c.svg().contains("<svg"), c.name());
            html.append("<div class=\"case\" data-name=\"").append(c.name()).append("\">")
                    .append(c.svg().substring(c.svg().indexOf("<svg"))).append("</div>\n");
        }
        html.append("<script>").append(SCRIPT).append("</script></body></html>\n");
        Path page = dir.resolve("pictures.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        String dom = runChromium(browser, dir, "--dump-dom", "--virtual-time-budget=30000", page.toUri().toString());
        long t2 = System.nanoTime();
        Matcher m = Pattern.compile("JXL-RESULT svgs=(\\d+) texts=(\\d+)\\n(.*?)JXL-END", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "the check script did not report (did it run?):\n" + tail(dom));
        assertEquals(cases.size() + 1, Integer.parseInt(m.group(1)), "pictures measured");
        List<String> problems = new ArrayList<>();
        List<String> selfCheck = new ArrayList<>();
        for (String line : unescape(m.group(3)).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            (line.startsWith("self-check:") ? selfCheck : problems).add(line);
        }
        // the broken picture: the overlap, the text past the edge and the band text are all found
        assertTrue(selfCheck.stream().anyMatch(s -> s.contains("\"one label\" overlaps \"another label\"")), selfCheck.toString());
        assertTrue(selfCheck.stream().anyMatch(s -> s.contains("outside the viewport") && s.contains("past the edge")),
                selfCheck.toString());
        assertTrue(selfCheck.stream().anyMatch(s -> s.contains("outside its band") && s.contains("too long")),
                selfCheck.toString());
        System.err.printf("PlanSvgRenderTest: %d pictures (%d layouts, %d diffs), %s texts measured; "
                + "rendering %.1f s, chromium %.1f s%n", cases.size(), layouts, cases.size() - layouts, m.group(2),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the pictures:\n" + String.join("\n", problems));
        }
    }

    /** Runs in the page: one line per problem, between markers the test finds in the dumped DOM. */
    private static final String SCRIPT = """
            (function () {
              const out = [];
              let svgs = 0, texts = 0;
              const tol = 0.5;
              const fmt = b => '[' + b.x.toFixed(1) + ',' + b.y.toFixed(1) + ' ' + b.width.toFixed(1) + 'x' + b.height.toFixed(1) + ']';
              const inside = (b, x, y, w, h) => b.x >= x - tol && b.y >= y - tol && b.x + b.width <= x + w + tol && b.y + b.height <= y + h + tol;
              document.querySelectorAll('div.case').forEach(div => {
                const name = div.dataset.name;
                const svg = div.querySelector('svg');
                svgs++;
                const vb = svg.viewBox.baseVal;
                const boxes = [];
                svg.querySelectorAll('text').forEach(t => {
                  const b = t.getBBox();
                  texts++;
                  if (!inside(b, vb.x, vb.y, vb.width, vb.height)) {
                    out.push(name + ': outside the viewport ' + vb.width + 'x' + vb.height + ': "' + t.textContent + '" ' + fmt(b));
                  }
                  boxes.push({b: b, s: t.textContent});
                });
                for (let i = 0; i < boxes.length; i++) {
                  for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i].b, c = boxes[j].b;
                    const w = Math.min(a.x + a.width, c.x + c.width) - Math.max(a.x, c.x);
                    const h = Math.min(a.y + a.height, c.y + c.height) - Math.max(a.y, c.y);
                    if (w > tol && h > tol) {
                      out.push(name + ': "' + boxes[i].s + '" overlaps "' + boxes[j].s + '" ' + fmt(a) + ' ' + fmt(c));
                    }
                  }
                }
                svg.querySelectorAll('g.band').forEach(g => {
                  const r = g.querySelector('rect').getBBox();
                  g.querySelectorAll('text').forEach(t => {
                    if (!inside(t.getBBox(), r.x, r.y, r.width, r.height)) {
                      out.push(name + ': outside its band ' + fmt(r) + ': "' + t.textContent + '" ' + fmt(t.getBBox()));
                    }
                  });
                });
                svg.querySelectorAll('rect, line, polyline').forEach(e => {
                  if (e.closest('defs') || e.getAttribute('width') === '100%') return;
                  const b = e.getBBox();
                  if (!inside(b, vb.x, vb.y, vb.width, vb.height)) {
                    out.push(name + ': a ' + e.tagName + ' outside the viewport ' + fmt(b));
                  }
                });
              });
              const pre = document.createElement('pre');
              pre.textContent = 'JXL-RESULT svgs=' + svgs + ' texts=' + texts + '\\n' + out.join('\\n') + '\\nJXL-END';
              document.body.appendChild(pre);
            })();
            """;

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String tail(String s) {
        return s.length() < 2000 ? s : s.substring(s.length() - 2000);
    }

    static String runChromium(Path browser, Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("chromium.log");
        Path stdout = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 180 s: " + readLog(log));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readLog(log));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
