package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.golden.Golden;
import dev.jxl.units.Hex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SVG is a view of the layout: for every golden layout that plans, each E820 entry's both
 * edges are addresses on the axis, each planned region and vNVDIMM is named, and the picture says
 * no "(hole)" without a name. A few representative pictures are approved whole in
 * {@code golden/svg/<case>.approved.svg} (open them in a browser to review a change).
 */
class PlanSvgGoldenTest {
    // plan --format json is libxl's style (one member a line, 4-space indent): members are matched across white space
    private static final Pattern ENTRY = Pattern.compile("\\{\\s*\"addr\": (\\d+),\\s*\"size\": (\\d+),\\s*\"type\": (\\d+)\\s*\\}");
    private static final Pattern REGION = Pattern.compile(
            "\\{\\s*\"name\": \"([^\"]*)\",\\s*\"start\": (\\d+),\\s*\"size\": (\\d+)\\s*\\}");
    private static final Pattern VNVDIMM = Pattern.compile("\\{\\s*\"index\": (\\d+),\\s*\"gfn\": (\\d+),\\s*"
            + "\"nr_pages\": (\\d+),\\s*\"mfn\": \\d+,\\s*\"nr_label_pages\": (\\d+)");

    @TestFactory
    Stream<DynamicTest> everyLayoutIsInItsPicture() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path cfg : SvgCases.goldenConfigs()) {
            tests.add(DynamicTest.dynamicTest(cfg.getFileName().toString(), () -> check(cfg)));
        }
        return tests.stream();
    }

    private static void check(Path cfg) throws IOException {
        List<String> svgArgs = SvgCases.svgArgs(cfg);
        SvgCases.Case svg = SvgCases.run("svg", svgArgs);
        List<String> jsonArgs = new ArrayList<>(svgArgs);
        jsonArgs.set(jsonArgs.size() - 1, "json");
        SvgCases.Case json = SvgCases.run("json", jsonArgs);
        assertEquals(json.rc(), svg.rc(), "the picture plans as the JSON does: " + svg.svg());
        if (svg.rc() != 0) {
            return;
        }
        String pic = svg.svg();
        String e820 = json.svg().substring(json.svg().indexOf("\"e820\""), json.svg().indexOf("\"lowmem_end\""));
        String firstMap = e820.substring(0, e820.contains("\"xen_memmap\"") ? e820.indexOf("\"xen_memmap\"") : e820.length());
        Matcher m = ENTRY.matcher(firstMap);
        int entries = 0;
        while (m.find()) {
            long addr = Long.parseUnsignedLong(m.group(1));
            long size = Long.parseUnsignedLong(m.group(2));
            if (size == 0) {
                continue;
            }
            entries++;
            assertTrue(pic.contains(">" + Hex.of(addr) + "</text>"), cfg + ": no axis address at the start of the entry at "
                    + Hex.of(addr));
            assertTrue(pic.contains(">" + Hex.of(addr + size) + "</text>"), cfg + ": no axis address at the end of the entry at "
                    + Hex.of(addr));
        }
        assertTrue(entries > 0, cfg + ": no E820 in " + json.svg());
        Matcher r = REGION.matcher(json.svg());
        while (r.find()) {
            String name = r.group(1).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertTrue(pic.contains(name), cfg + ": region " + name + " is not named");
        }
        Matcher v = VNVDIMM.matcher(json.svg());
        while (v.find()) {
            assertTrue(pic.contains("vnvdimm[" + v.group(1) + "] data"), cfg + ": vnvdimm[" + v.group(1) + "] not named");
            if (!v.group(4).equals("0")) {
                assertTrue(pic.contains("vnvdimm[" + v.group(1) + "] label window"), cfg + ": label window not named");
            }
        }
        assertTrue(!pic.contains("(hole)"), cfg + ": a bare (hole)");
        assertTrue(pic.contains("Legend"), cfg + ": no legend");
    }

    @TestFactory
    Stream<DynamicTest> representativePictures() {
        String root = SvgCases.ROOT.toString();
        List<SvgCases.Case> cases = new ArrayList<>();
        cases.add(SvgCases.run("hvm-basic", List.of("plan", root + "/examples/hvm-basic.cfg", "--format", "svg")));
        cases.add(SvgCases.run("hvm-vnvdimm", List.of("plan", root + "/examples/hvm-vnvdimm.cfg", "--format", "svg")));
        cases.add(SvgCases.run("pv-linux", List.of("plan", root + "/examples/pv-linux.cfg", "--format", "svg")));
        cases.add(SvgCases.run("pvh-rsdp-low", List.of("plan", root + "/golden/layout/pvh-rsdp-low.cfg", "--pvh-rsdp", "low",
                "--format", "svg")));
        SvgCases.diffs().stream().filter(d -> d.name().equals("diff-hvm-vnvdimm-mmio-hole")).forEach(cases::add);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertEquals(0, c.rc(), c.svg());
            Approvals.verify(c.svg().replace(root + "/", ""), Golden.options("svg", c.name(), ".svg"));
        }));
    }
}
