package dev.jxl.grammar.xm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.convert.XmCommandLine;
import dev.jxl.diag.ConfigException;
import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against python3 evaluating each xm test config the way xend did (the harness
 * {@code xm/oracle/xend_eval.py}): every variable xend would keep must have the same type and value
 * in jxl's evaluation, and a config xend fails on must fail in jxl with the same Python exception.
 */
class XmPythonOracleTest {

    private static final Path HARNESS = XmTestConfig.root().resolve("oracle/xend_eval.py");

    @Test
    void atLeastFortyConfigsAreCompared() {
        assertTrue(XmTestConfig.all().size() >= 40, "the issue asks for at least 40 xm configs");
    }

    @TestFactory
    Stream<DynamicTest> evaluationMatchesPython() {
        requirePython();
        return XmTestConfig.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> compare(c)));
    }

    private static void compare(XmTestConfig config) throws Exception {
        XmCommandLine commandLine = XmCommandLine.parse(config.args(), null);
        XmEnvironment environment = XmEnvironment.of(config.source(), commandLine.scriptVariables());
        String python = runPython(config, environment, commandLine.scriptVariables());
        if (python.startsWith("{\"error\"")) {
            String type = python.replaceAll("^\\{\"error\": \"([A-Za-z.]+)\".*\\n?$", "$1");
            assertEquals(config.expectedError(), type, "python's outcome vs the config's #@ error line: " + python);
            try {
                XmReader.read(config.source(), config.text(), environment);
                fail("python3 raised " + type + " but jxl evaluated " + config.name());
            } catch (ConfigException e) {
                assertTrue(e.getMessage().contains("raised " + type), e.getMessage());
            }
            return;
        }
        assertEquals(null, config.expectedError(), "python3 evaluated a config marked #@ error");
        XmEvaluation jxl = XmReader.read(config.source(), config.text(), environment);
        assertEquals(python.strip(), toJson(jxl));
    }

    private static String runPython(XmTestConfig config, XmEnvironment environment, Map<String, String> variables)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-I", HARNESS.toString(), config.path().toString(),
                environment.xmFile()));
        variables.forEach((k, v) -> command.add(k + "=" + v));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "python3 timed out");
        assertEquals(0, p.exitValue(), () -> new String(err, StandardCharsets.UTF_8));
        String text = new String(out, StandardCharsets.UTF_8);
        assertNotNull(text);
        return text;
    }

    /** The harness's JSON, byte for byte: json.dumps({"variables": …}, sort_keys=True). */
    static String toJson(XmEvaluation evaluation) {
        Map<String, PyValue> sorted = new TreeMap<>();
        for (XmVariable v : evaluation.variables()) {
            sorted.put(v.name(), v.value());
        }
        StringBuilder b = new StringBuilder("{\"variables\": {");
        boolean first = true;
        for (Map.Entry<String, PyValue> e : sorted.entrySet()) {
            b.append(first ? "" : ", ").append(jsonString(e.getKey())).append(": ");
            encode(e.getValue(), b);
            first = false;
        }
        return b.append("}}").toString();
    }

    private static void encode(PyValue v, StringBuilder b) {
        if (v instanceof PyValue.Str s) {
            b.append(jsonString(s.value()));
        } else if (v instanceof PyValue.Int i) {
            b.append(i.value());
        } else if (v instanceof PyValue.Float f) {
            b.append("{\"float\": ").append(jsonString(XmValues.repr(f))).append('}');
        } else if (v instanceof PyValue.Bool bool) {
            b.append(bool.value());
        } else if (v instanceof PyValue.None) {
            b.append("null");
        } else if (v instanceof PyValue.PyList l) {
            sequence(l.items(), b);
        } else if (v instanceof PyValue.Tuple t) {
            b.append("{\"tuple\": ");
            sequence(t.items(), b);
            b.append('}');
        } else if (v instanceof PyValue.PyDict d) {
            b.append("{\"dict\": [");
            for (int i = 0; i < d.length(); i++) {
                b.append(i > 0 ? ", [" : "[");
                encode(d.keys().get(i), b);
                b.append(", ");
                encode(d.values().get(i), b);
                b.append(']');
            }
            b.append("]}");
        } else if (v instanceof PyValue.PySet set) {
            List<String> items = new ArrayList<>();
            for (PyValue item : set.items()) {
                StringBuilder one = new StringBuilder();
                encode(item, one);
                items.add(one.toString());
            }
            items.sort(null); // as the harness sorts them
            b.append("{\"set\": [").append(String.join(", ", items)).append("]}");
        } else {
            b.append("{\"other\": ").append(jsonString(v.typeName())).append('}');
        }
    }

    private static void sequence(List<PyValue> items, StringBuilder b) {
        b.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            encode(items.get(i), b);
        }
        b.append(']');
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> b.append(c < 0x20 || c > 0x7e && c != 0x7f ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return b.append('"').toString();
    }

    static void requirePython() {
        Oracles.require(Oracles.Tool.PYTHON3);
    }

}
