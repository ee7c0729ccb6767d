package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.json.JsonTree;
import dev.jxl.golden.Golden;
import dev.jxl.units.Hex;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    @TestFactory
    Stream<DynamicTest> everyLayoutIsInItsPicture() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path cfg : SvgCases.goldenConfigs()) {
            tests.add(DynamicTest.dynamicTest(cfg.getFileName().toString(), () -> check(cfg)));
        }
        return tests.stream();
    }

    private static void check(Path cfg) throws Exception {
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
        Map<?, ?> plan = (Map<?, ?>) JsonTree.parse(json.svg()).root();
        int entries = 0;
        for (Object o : (List<?>) plan.get("e820")) {
            Map<?, ?> e = (Map<?, ?>) o;
            long addr = ((BigInteger) e.get("addr")).longValue();
            long size = ((BigInteger) e.get("size")).longValue();
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
        for (Object o : (List<?>) plan.get("regions")) {
            String name = ((String) ((Map<?, ?>) o).get("name")).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertTrue(pic.contains(name), cfg + ": region " + name + " is not named");
        }
        for (Object o : plan.containsKey("vnvdimms") ? (List<?>) plan.get("vnvdimms") : List.of()) {
            Map<?, ?> v = (Map<?, ?>) o;
            Object index = v.get("index");
            assertTrue(pic.contains("vnvdimm[" + index + "] data"), cfg + ": vnvdimm[" + index + "] not named");
            if (!BigInteger.ZERO.equals(v.get("nr_label_pages"))) {
                assertTrue(pic.contains("vnvdimm[" + index + "] label window"), cfg + ": label window not named");
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
