package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.json.JsonTree;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code plan --format json} says what the text says: for every golden layout that plans, its
 * {@code build_steps} are the text's "build steps:", in order, each with its index, its op (the
 * line's first word) and every {@code key=value} of its line as a member of the same value (hex in
 * the line, decimal in the JSON); and the layout members stand at the top, where they always were.
 */
class PlanJsonTest {
    private static final Pattern ARGUMENT = Pattern.compile(" ([a-z_0-9]+)=(\\S+)");

    @TestFactory
    Stream<DynamicTest> theJsonBuildStepsAreTheTextOnes() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path cfg : SvgCases.goldenConfigs()) {
            tests.add(DynamicTest.dynamicTest(cfg.getFileName().toString(), () -> check(cfg)));
        }
        return tests.stream();
    }

    private static void check(Path cfg) throws Exception {
        List<String> text = new ArrayList<>(SvgCases.svgArgs(cfg));
        text.subList(text.size() - 2, text.size()).clear();
        List<String> json = new ArrayList<>(text);
        json.addAll(List.of("--format", "json"));
        SvgCases.Case t = SvgCases.run("text", text);
        SvgCases.Case j = SvgCases.run("json", json);
        assertEquals(t.rc(), j.rc(), cfg + ": the JSON plans as the text does");
        if (t.rc() != 0) {
            return;
        }
        String steps = t.svg().substring(t.svg().indexOf("\nbuild steps:\n") + "\nbuild steps:\n".length());
        List<String> lines = steps.lines().toList();
        Map<?, ?> root = (Map<?, ?>) JsonTree.parse(j.svg()).root();
        for (String key : List.of("type", "ram_kib", "e820", "mmio_hole", "regions", "notes")) {
            assertTrue(root.containsKey(key), cfg + ": no " + key + " at the top");
        }
        List<?> got = (List<?>) root.get("build_steps");
        assertEquals(lines.size(), got.size(), cfg + ": as many steps as the text has");
        for (int i = 0; i < lines.size(); i++) {
            Map<?, ?> step = (Map<?, ?>) got.get(i);
            String line = lines.get(i).strip().replaceFirst("^\\d+ ", "");
            assertEquals(BigInteger.valueOf(i), step.get("index"), cfg + ": step " + i);
            assertEquals(line, step.get("line"), cfg + ": step " + i);
            assertEquals(line.split(" ", 2)[0], step.get("op"), cfg + ": step " + i);
            Matcher m = ARGUMENT.matcher(line);
            while (m.find()) {
                Object value = step.get(m.group(1));
                String word = m.group(2);
                Object want = word.startsWith("0x") ? new BigInteger(word.substring(2), 16)
                        : word.matches("\\d+") ? new BigInteger(word) : word;
                assertEquals(want, value, cfg + ": step " + i + " (" + line + "): " + m.group(1));
            }
            if (line.startsWith("xenstore_write ")) {
                assertEquals(line, "xenstore_write " + step.get("path") + " = \"" + step.get("value") + "\"",
                        cfg + ": step " + i + ": path and value");
            }
        }
    }
}
