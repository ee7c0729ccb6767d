package dev.jxl.grammar.xl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.config.ConfigLoader;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.oracle.CorpusConfig;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import dev.jxl.grammar.xl.ReaderInputShapes.Shape;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, reading a config either succeeds or fails with positioned errors, never with
 * another exception, and the work grows linearly with the input. Inputs are the corpus mutated
 * deterministically (fixed seed), plus a few generated monsters.
 */
class MalformedInputTest {

    private static final long SEED = 0x6a786c2d6675L;

    /** One mutated input and how it was made (for the failure message). */
    record Mutant(String origin, String text) {
        @Override
        public String toString() {
            String shown = text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " chars)" : text;
            return origin + ": " + shown.replace("\n", "\\n").replace("\r", "\\r");
        }
    }

    // ---- every mutant: returns or throws ConfigException with positioned errors ----

    @Test
    void parserReturnsOrReportsPositionedErrors() {
        checkAll(m -> XlConfigReader.parse("mutant.cfg", m.text(), List.of()));
    }

    @Test
    void loaderReturnsOrReportsPositionedErrors() {
        checkAll(m -> ConfigLoader.fromText("mutant.cfg", m.text(), List.of()));
    }

    @Test
    void monstersAreHandledWithPositionedErrorsOrAccepted() {
        for (Mutant m : monsters()) {
            String problem = problemWith(m, mm -> XlConfigReader.parse("monster.cfg", mm.text(), List.of()));
            assertEquals(null, problem, "parser");
            problem = problemWith(m, mm -> ConfigLoader.fromText("monster.cfg", mm.text(), List.of()));
            assertEquals(null, problem, "loader");
        }
    }

    @Test
    void nestingDeeperThanXlsParserStackIsRefusedAtABracket() {
        int depth = 10_000;
        String text = "name='d'\nx=" + "[".repeat(depth) + "]".repeat(depth) + "\n";
        ConfigException e = expectConfigException(() -> XlConfigReader.parse("deep.cfg", text, List.of()));
        Diagnostic first = e.errors().get(0);
        assertEquals(2, first.position().line(), first.toString());
        int column = first.position().column();
        assertTrue(column >= 3 && column < 3 + depth, "the error points into the run of brackets: " + first);
    }

    private static void checkAll(Consumer<Mutant> read) {
        List<Mutant> mutants = corpusMutants();
        List<String> problems = new ArrayList<>();
        for (Mutant m : mutants) {
            String problem = problemWith(m, read);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + mutants.size() + " mutants broke the contract; the first ones:\n"
                    + String.join("\n", problems.subList(0, Math.min(12, problems.size()))));
        }
    }

    /** null if reading {@code m} returned or threw a well-formed ConfigException; else what went wrong. */
    private static String problemWith(Mutant m, Consumer<Mutant> read) {
        try {
            read.accept(m);
            return null;
        } catch (ConfigException e) {
            if (e.errors().isEmpty()) {
                return m + "\n    ConfigException without any error: " + e.diagnostics();
            }
            for (Diagnostic d : e.errors()) {
                if (d.position().source().isEmpty() || d.position().line() < 1 || d.position().column() < 1) {
                    return m + "\n    error without a full position: " + d;
                }
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return m + "\n    threw " + e;
        }
    }

    private static ConfigException expectConfigException(Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }

    // ---- the parser's accept/reject matches libxlu's on a sample of mutants ----

    @Test
    void parserAgreesWithLibxluOnMutants() {
        XlOracle xl = XlOracle.get();
        // -Djxl.xl.mutantSample=100000 checks every mutant (about a minute on 2 cores)
        List<Mutant> sample = sample(corpusMutants(), Integer.getInteger("jxl.xl.mutantSample", 400));
        List<String> texts = sample.stream().map(Mutant::text).toList();
        List<XlResult> results = runAll(xl, texts);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            boolean jxlRefuses = false;
            String jxlSaid = "accepted";
            try {
                XlConfigReader.parse("mutant.cfg", sample.get(i).text(), List.of());
            } catch (ConfigException e) {
                jxlRefuses = true;
                jxlSaid = e.errors().get(0).toString();
            }
            if (jxlRefuses != results.get(i).parseFailed()) {
                disagreements.add(sample.get(i) + "\n    libxlu: " + (results.get(i).parseFailed()
                        ? results.get(i).messages().lines().findFirst().orElse("refused") : "accepted")
                        + "\n    jxl:    " + jxlSaid);
            }
        }
        System.out.printf("mutants vs libxlu: parser agrees on %d of %d%n",
                sample.size() - disagreements.size(), sample.size());
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + sample.size() + " mutants parse differently:\n"
                    + String.join("\n", disagreements.subList(0, Math.min(12, disagreements.size()))));
        }
    }

    private static List<XlResult> runAll(XlOracle xl, List<String> texts) {
        try {
            Path dir = Files.createTempDirectory("jxl-mutants");
            List<dev.jxl.oracle.XlRequest> requests = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Path f = dir.resolve("m" + i + ".cfg");
                Files.write(f, texts.get(i).getBytes(StandardCharsets.ISO_8859_1));
                requests.add(new dev.jxl.oracle.XlRequest(f, List.of()));
            }
            List<XlResult> results = xl.dryRunAll(requests);
            for (dev.jxl.oracle.XlRequest r : requests) {
                Files.delete(r.config());
            }
            Files.delete(dir);
            return results;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- linear work ----

    /**
     * Counts the parser's work instead of timing it: tokens plus every token of lookahead ANTLR's
     * prediction examined (its profiler's SLL and LL totals). For each shape of input the work per
     * token must not grow when the input grows 16-fold, and stays under a small constant.
     */
    @Test
    void parserWorkPerTokenDoesNotGrowWithInput() {
        List<Shape> shapes = List.of(
                new Shape("many lines", n -> "k=1\n".repeat(n)),
                new Shape("one long list", n -> "disk=[" + "'x',\n".repeat(n) + "]\n"),
                new Shape("many list lines with comments", n -> "a+=['x', # c\n 'y',]\n".repeat(n)),
                new Shape("nested lists", n -> ("x=" + "[".repeat(100) + "1" + "]".repeat(100) + "\n").repeat(n / 100 + 1)),
                new Shape("long string", n -> "cmdline='" + "a\\tb".repeat(n) + "'\n"),
                new Shape("semicolons", n -> "a=1;b=2;;".repeat(n) + "\n"));
        for (Shape s : shapes) {
            Work small = work(s.text().apply(2_000));
            Work large = work(s.text().apply(32_000));
            double perTokenSmall = (double) small.steps() / small.tokens();
            double perTokenLarge = (double) large.steps() / large.tokens();
            assertTrue(perTokenLarge <= perTokenSmall * 1.25 + 0.5,
                    s.name() + ": work per token grew from " + perTokenSmall + " to " + perTokenLarge);
            assertTrue(perTokenLarge <= 8, s.name() + ": " + perTokenLarge + " steps per token");
        }
    }

    /**
     * The whole reader (lexer, statement-by-statement parse, error recovery, {@code +=} accumulators)
     * on big valid and broken inputs, measured by the bytes it allocates rather than by a clock (a
     * shared CI machine makes timings noise): bytes per character at 8x the size may not exceed twice
     * those at the base size. Copying every earlier value on each {@code +=}, or keeping a copy of the
     * text per error, shows up here as quadratic growth. Time scaling is reported by ParserBench.
     */
    @Test
    void readerAllocationGrowsLinearly() {
        for (Shape s : ReaderInputShapes.ALL) {
            String small = s.text().apply(10_000);
            String large = s.text().apply(80_000);
            allocatedBytes(small); // load classes, fill caches
            double perCharSmall = (double) allocatedBytes(small) / small.length();
            double perCharLarge = (double) allocatedBytes(large) / large.length();
            assertTrue(perCharLarge <= perCharSmall * 2,
                    s.name() + ": bytes allocated per char grew from " + perCharSmall + " to " + perCharLarge);
        }
    }

    private static long allocatedBytes(String text) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        try {
            XlConfigReader.parse("big.cfg", text, List.of());
        } catch (ConfigException expected) {
            // broken shapes are meant to fail; only the allocation matters here
        }
        return threads.getThreadAllocatedBytes(id) - before;
    }

    record Work(long tokens, long steps) {
    }

    private static Work work(String text) {
        XlConfigLexer lexer = new XlConfigLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        XlConfig parser = new XlConfig(tokens);
        parser.removeErrorListeners();
        parser.setProfile(true);
        parser.configFile();
        assertEquals(0, parser.getNumberOfSyntaxErrors(), "a shape must be valid xl syntax");
        long steps = tokens.size();
        for (DecisionInfo d : parser.getParseInfo().getDecisionInfo()) {
            steps += d.SLL_TotalLook + d.LL_TotalLook;
        }
        return new Work(tokens.size(), steps);
    }

    // ---- mutants ----

    /** Every corpus config, mutated in a fixed, seeded way. */
    static List<Mutant> corpusMutants() {
        List<Mutant> out = new ArrayList<>();
        for (CorpusConfig c : CorpusConfig.corpus()) {
            String text = c.text();
            Random r = new Random(SEED ^ c.name().hashCode());
            String n = c.name();
            for (int k = 1; k <= 7; k++) {
                int at = text.length() * k / 8;
                out.add(new Mutant(n + " cut at " + at, text.substring(0, at)));
            }
            for (int k = 0; k < 3 && !text.isEmpty(); k++) {
                int at = r.nextInt(text.length());
                out.add(new Mutant(n + " cut at " + at, text.substring(0, at)));
            }
            for (int k = 0; k < 4; k++) {
                int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
                char b = (char) r.nextInt(256);
                out.add(new Mutant(n + " insert 0x" + Integer.toHexString(b) + " at " + at,
                        text.substring(0, at) + b + text.substring(at)));
            }
            for (int k = 0; k < 4 && !text.isEmpty(); k++) {
                int at = r.nextInt(text.length());
                char b = (char) r.nextInt(256);
                out.add(new Mutant(n + " replace at " + at + " by 0x" + Integer.toHexString(b),
                        text.substring(0, at) + b + text.substring(at + 1)));
            }
            for (int k = 0; k < 3 && !text.isEmpty(); k++) {
                int at = r.nextInt(text.length());
                char b = " \n'\"[],=;#\\+".charAt(r.nextInt(12));
                out.add(new Mutant(n + " replace at " + at + " by " + b,
                        text.substring(0, at) + b + text.substring(at + 1)));
            }
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (lines.size() > 1) {
                int i = r.nextInt(lines.size());
                List<String> del = new ArrayList<>(lines);
                del.remove(i);
                out.add(new Mutant(n + " delete line " + (i + 1), String.join("\n", del)));
                List<String> dup = new ArrayList<>(lines);
                dup.add(i, lines.get(i));
                out.add(new Mutant(n + " duplicate line " + (i + 1), String.join("\n", dup)));
                List<String> swap = new ArrayList<>(lines);
                int j = r.nextInt(lines.size());
                swap.set(i, lines.get(j));
                swap.set(j, lines.get(i));
                out.add(new Mutant(n + " swap lines " + (i + 1) + "," + (j + 1), String.join("\n", swap)));
            }
            String huge = text.replaceFirst("=([0-9]+)", "=$1" + "9".repeat(40));
            if (!huge.equals(text)) {
                out.add(new Mutant(n + " huge number", huge));
            }
        }
        return out;
    }

    /** Large generated inputs: huge numbers, a 1 MB string, 10 000-deep nesting, 100 000 lines. */
    static List<Mutant> monsters() {
        return List.of(
                new Mutant("huge decimal", "name='h'\ntype='hvm'\nmemory=" + "9".repeat(100_000) + "\n"),
                new Mutant("huge hex", "name='h'\ntype='hvm'\nmemory=0x" + "f".repeat(100_000) + "\n"),
                new Mutant("huge quoted negative", "name='h'\ntype='hvm'\nmaxmem='-" + "1".repeat(10_000) + "'\n"),
                new Mutant("1 MB string", "name='h'\ntype='hvm'\ncmdline='" + "x".repeat(1 << 20) + "'\n"),
                new Mutant("1 MB unterminated string", "name='h'\ncmdline='" + "x".repeat(1 << 20) + "\n"),
                new Mutant("10000-deep nesting", "name='h'\nx=" + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                new Mutant("10000-deep unclosed", "name='h'\nx=" + "[".repeat(10_000) + "\n"),
                new Mutant("100000 lines", "name='h'\ntype='hvm'\n" + "memory=512\n".repeat(100_000)),
                new Mutant("100000 list items", "name='h'\ntype='hvm'\nx=[" + "'a',\n".repeat(100_000) + "]\n"),
                new Mutant("100000 bad lines", "Name='h'\n".repeat(100_000)),
                // kept small: see readerAllocationGrowsLinearly for how += chains scale
                new Mutant("5000 += lines", "name='h'\ntype='hvm'\n" + "cmdline+='ab'\n".repeat(5_000)));
    }

    private static List<Mutant> sample(List<Mutant> all, int size) {
        Random r = new Random(SEED);
        List<Mutant> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, r);
        return copy.subList(0, Math.min(size, copy.size()));
    }
}
