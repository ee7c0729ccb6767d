package dev.jxl.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import dev.jxl.diag.ConfigException;
import dev.jxl.grammar.xl.XlConfigReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jxl against the real xl 4.17, config by config, over the whole corpus and every project example:
 * both must accept or both reject, and for accepted configs the libxl JSON of {@code xl -N create}
 * must be identical to jxl's (without {@code c_info.uuid}). Nothing is recorded: xl is asked live.
 */
class XlDifferentialTest {

    /** What jxl does instead, where it deliberately differs from an xl 4.17 bug. */
    sealed interface JxlBehaviour {
        /** jxl refuses the config; its first error contains this text. */
        record Rejects(String errorContains) implements JxlBehaviour {
        }

        /** jxl accepts the config and its JSON contains each of these lines (trimmed). */
        record Accepts(List<String> jsonLines) implements JxlBehaviour {
        }
    }

    /** An xl 4.17 bug jxl does not copy: which one, and what jxl does instead. */
    record KnownXlBug(String bug, JxlBehaviour jxl) {
    }

    /**
     * Configs (by corpus name) where xl 4.17 has a documented bug that jxl deliberately does not
     * reproduce. For these the test asserts jxl's chosen behaviour rather than xl's. Example entry:
     * {@code Map.entry("mem-rdm-valid-policy-ignored-bug", new KnownXlBug("xl drops an rdm= spec with a
     * valid policy (xlu_rdm_parse inverts the check)", new JxlBehaviour.Accepts(List.of("\"policy\":
     * \"relaxed\""))))}.
     */
    private static final Map<String, KnownXlBug> KNOWN_XL_BUGS = Map.ofEntries(
            Map.entry("syntax-list-nested-args-truncate", new KnownXlBug(
                    "xlu_cfg_get_list_as_string_list stops at a nested list and silently drops it and every"
                            + " item after it (notes xl-format §1.5)",
                    new JxlBehaviour.Rejects("items must be strings, not lists"))),
            Map.entry("syntax-list-nested-device-stops", new KnownXlBug(
                    "xl's device loops end at the first nested-list item, silently dropping the rest of the"
                            + " list (here: every disk)",
                    new JxlBehaviour.Rejects("items must be strings, not lists"))));

    private static final AtomicInteger CONFIGS = new AtomicInteger();
    private static final AtomicInteger SAME_ACCEPTANCE = new AtomicInteger();
    private static final AtomicInteger BOTH_ACCEPTED = new AtomicInteger();
    private static final AtomicInteger SAME_JSON = new AtomicInteger();
    private static final AtomicInteger KNOWN_BUGS_HELD = new AtomicInteger();
    private static final AtomicInteger PARSER_CONFIGS = new AtomicInteger();
    private static final AtomicInteger PARSER_AGREES = new AtomicInteger();

    private static Map<String, XlResult> xlResults;

    static Stream<CorpusConfig> configs() {
        List<CorpusConfig> all = new ArrayList<>(CorpusConfig.corpus());
        all.addAll(CorpusConfig.examples());
        return all.stream();
    }

    /** xl's answer for every config, computed once and in parallel on first use. */
    private static synchronized XlResult xl(CorpusConfig config) {
        XlOracle oracle = XlOracle.get();
        if (xlResults == null) {
            List<CorpusConfig> all = configs().toList();
            List<XlResult> results = oracle.dryRunAll(all.stream().map(CorpusConfig::xlRequest).toList());
            Map<String, XlResult> byName = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                byName.put(all.get(i).name(), results.get(i));
            }
            xlResults = byName;
        }
        return xlResults.get(config.name());
    }

    /** The parser alone: libxlu refuses the text ("Failed to parse config") exactly when jxl's parser does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void parserAcceptsWhatLibxluAccepts(CorpusConfig config) {
        XlResult xl = xl(config);
        PARSER_CONFIGS.incrementAndGet();
        ConfigException parseError = null;
        try {
            XlConfigReader.parse(config.name() + ".cfg", config.text(), config.overrides());
        } catch (ConfigException e) {
            parseError = e;
        }
        if (xl.parseFailed() != (parseError != null)) {
            fail(config.name() + ": libxlu " + (xl.parseFailed() ? "refuses" : "accepts") + " the text, jxl's parser "
                    + (parseError == null ? "accepts it" : "refuses it:\n  " + errors(parseError))
                    + "\nxl said:\n" + indent(xl.messages()));
        }
        PARSER_AGREES.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void jxlAgreesWithXl(CorpusConfig config) {
        XlResult xl = xl(config);
        CONFIGS.incrementAndGet();
        LoadedConfig loaded = null;
        ConfigException rejected = null;
        try {
            loaded = ConfigLoader.fromText(config.name() + ".cfg", config.text(), config.overrides());
        } catch (ConfigException e) {
            rejected = e;
        }
        KnownXlBug known = KNOWN_XL_BUGS.get(config.name());
        if (known != null) {
            assertChosenBehaviour(config, known, loaded, rejected);
            KNOWN_BUGS_HELD.incrementAndGet();
            return;
        }
        if (xl.accepted() != (rejected == null)) {
            fail(config.name() + ": xl " + (xl.accepted() ? "accepts" : "rejects (exit " + xl.exitCode() + ")")
                    + ", jxl " + (rejected == null ? "accepts" : "rejects:\n  " + errors(rejected))
                    + "\nxl said:\n" + indent(xl.messages()));
        }
        SAME_ACCEPTANCE.incrementAndGet();
        if (!xl.accepted()) {
            return;
        }
        BOTH_ACCEPTED.incrementAndGet();
        String expected = xl.jsonWithoutUuid().stripTrailing();
        String actual = XlOracle.withoutUuid(loaded.config().libxl().toJson()).stripTrailing();
        if (!expected.equals(actual)) {
            fail(config.name() + ": JSON differs from xl's\n" + difference(expected, actual));
        }
        SAME_JSON.incrementAndGet();
    }

    private static void assertChosenBehaviour(CorpusConfig config, KnownXlBug known, LoadedConfig loaded,
            ConfigException rejected) {
        String what = config.name() + " (xl 4.17 bug: " + known.bug() + ")";
        if (known.jxl() instanceof JxlBehaviour.Rejects r) {
            assertTrue(rejected != null, what + ": jxl should reject it");
            assertTrue(rejected.getMessage().contains(r.errorContains()),
                    what + ": jxl's error should mention `" + r.errorContains() + "': " + rejected.getMessage());
        } else if (known.jxl() instanceof JxlBehaviour.Accepts a) {
            assertTrue(rejected == null, what + ": jxl should accept it, but: " + (rejected == null ? "" : errors(rejected)));
            List<String> lines = loaded.config().libxl().toJson().lines().map(String::strip).toList();
            for (String line : a.jsonLines()) {
                assertTrue(lines.contains(line.strip()), what + ": jxl's JSON lacks line " + line);
            }
        }
    }

    @AfterAll
    static void summary() {
        if (CONFIGS.get() == 0 && PARSER_CONFIGS.get() == 0) {
            return;
        }
        System.out.printf("xl differential: %d configs; parser agrees with libxlu on %d of %d;"
                        + " accept/reject agree on %d of %d; identical JSON on %d of %d accepted by both;"
                        + " %d known xl bugs held%n",
                Math.max(CONFIGS.get(), PARSER_CONFIGS.get()), PARSER_AGREES.get(), PARSER_CONFIGS.get(),
                SAME_ACCEPTANCE.get(), CONFIGS.get() - KNOWN_BUGS_HELD.get(), SAME_JSON.get(), BOTH_ACCEPTED.get(),
                KNOWN_BUGS_HELD.get());
        assertEquals(0, KNOWN_XL_BUGS.keySet().stream()
                .filter(name -> configs().noneMatch(c -> c.name().equals(name))).count(),
                "every KNOWN_XL_BUGS entry names a config that exists");
    }

    private static String errors(ConfigException e) {
        return e.errors().stream().map(Object::toString).collect(Collectors.joining("\n  "));
    }

    private static String indent(String text) {
        return text.isEmpty() ? "  (nothing)" : text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    /** The differing middle of two texts, with a little context, marked xl (-) and jxl (+). */
    static String difference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        StringBuilder out = new StringBuilder();
        int from = Math.max(0, head - 3);
        for (int i = from; i < head; i++) {
            out.append("   ").append(a.get(i)).append('\n');
        }
        for (int i = head; i < a.size() - tail; i++) {
            out.append("-  ").append(a.get(i)).append('\n');
        }
        for (int i = head; i < b.size() - tail; i++) {
            out.append("+  ").append(b.get(i)).append('\n');
        }
        for (int i = a.size() - tail; i < Math.min(a.size(), a.size() - tail + 3); i++) {
            out.append("   ").append(a.get(i)).append('\n');
        }
        return "(- xl, + jxl, from line " + (head + 1) + ")\n" + out;
    }
}
