package dev.jxl.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a campaign saw: counts by kind, mutator and exit code, and its failure classes. */
final class Report {

    /** One way jxl breaks a rule, with its first and smallest inputs. */
    static final class FailureClass {
        final String key;
        final String rule;
        final boolean fatal;
        /** The commands it was seen in, and how often. */
        final Map<String, Long> steps = new TreeMap<>();
        long count;
        final Input first;
        Input smallest;
        Scenario.Executed example;
        Input minimal;
        Path reproducer;
        private long lastInput = -1;

        FailureClass(String key, OutputRules.Problem p, Input first, Scenario.Executed example) {
            this.key = key;
            this.rule = p.rule();
            this.fatal = p.fatal();
            this.first = first;
            this.smallest = first;
            this.example = example;
        }
    }

    private final Settings settings;
    private final int seedInputs;
    private final Map<Kind, Long> inputs = new EnumMap<>(Kind.class);
    private final Map<String, Long> mutators = new TreeMap<>();
    private final Map<String, Long> microsByMutator = new TreeMap<>();
    private final Map<String, Map<String, Long>> exits = new LinkedHashMap<>();
    private final Map<String, FailureClass> classes = new LinkedHashMap<>();
    private final Map<Kind, Long> microsByKind = new EnumMap<>(Kind.class);
    /** The slowest inputs (all their commands together), slowest first, at most {@link #SLOWEST}. */
    private final java.util.TreeMap<Long, String> slowestInputs = new java.util.TreeMap<>();
    private static final int SLOWEST = 8;
    private long runs;
    private long inputCount;
    private long slowestMicros;
    private String slowest = "";
    private long elapsedNanos;
    private int abandoned;

    Report(Settings settings, int seedInputs) {
        this.settings = settings;
        this.seedInputs = seedInputs;
    }

    /** The class a broken rule belongs to: the kind of input, the rule, and what tells its failures apart. */
    static String classKey(Input input, OutputRules.Problem p) {
        return input.kind().label + " | " + p.rule() + (p.detail().isEmpty() ? "" : " | " + p.detail());
    }

    void add(Input input, List<Scenario.Executed> done) {
        inputCount++;
        long micros = done.stream().mapToLong(e -> e.run().micros()).sum();
        slowestInputs.put(micros * 1000 + (input.index() % 1000), input.describe());
        if (slowestInputs.size() > SLOWEST) {
            slowestInputs.pollFirstEntry();
        }
        inputs.merge(input.kind(), 1L, Long::sum);
        for (String m : input.mutators().isEmpty() ? List.of("(seed as it is)") : input.mutators()) {
            mutators.merge(m, 1L, Long::sum);
            microsByMutator.merge(m, micros, Long::sum);
        }
        for (Scenario.Executed e : done) {
            runs++;
            CliRunner.Run run = e.run();
            microsByKind.merge(input.kind(), run.micros(), Long::sum);
            String exit = run.timedOut() ? "timeout" : run.escaped() != null ? "throwable" : Integer.toString(run.rc());
            exits.computeIfAbsent(input.kind().label + " | " + e.step().name(), k -> new TreeMap<>())
                    .merge(exit, 1L, Long::sum);
            if (run.micros() > slowestMicros) {
                slowestMicros = run.micros();
                slowest = "#" + input.index() + " " + e.step().name();
            }
            for (OutputRules.Problem p : e.problems()) {
                FailureClass c = classes.computeIfAbsent(classKey(input, p), k -> new FailureClass(k, p, input, e));
                c.steps.merge(e.step().name(), 1L, Long::sum);
                if (c.lastInput != input.index()) {
                    c.count++;
                    c.lastInput = input.index();
                }
                if (input.bytes().length < c.smallest.bytes().length) {
                    c.smallest = input;
                    c.example = e;
                }
            }
        }
    }

    void finish(long elapsedNanos, int abandoned) {
        this.elapsedNanos = elapsedNanos;
        this.abandoned = abandoned;
    }

    /** The failure classes the test fails on. */
    List<FailureClass> classes() {
        return classes.values().stream().filter(c -> c.fatal).toList();
    }

    /** Observations: rules the report lists but the test does not enforce. */
    List<FailureClass> observations() {
        return classes.values().stream().filter(c -> !c.fatal).toList();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("jxl fuzz campaign: seed ").append(settings.seed()).append(", ").append(inputCount).append(" inputs (")
                .append(Math.min(seedInputs, inputCount)).append(" seeds as they are, then mutants), ").append(runs)
                .append(" jxl runs in ").append(String.format("%.1f s", elapsedNanos / 1e9)).append("; slowest run ")
                .append(slowestMicros / 1000).append(" ms (").append(slowest).append(")");
        if (abandoned > 0) {
            b.append("; ").append(abandoned).append(" run(s) hung and were abandoned");
        }
        b.append("\n\ninputs by kind (and the time their jxl runs took):\n");
        inputs.forEach((k, n) -> b.append(String.format("  %-17s %7d  %8.1f s%n", k.label, n,
                microsByKind.getOrDefault(k, 0L) / 1e6)));
        b.append("\nslowest inputs (all their commands):\n");
        slowestInputs.descendingMap().forEach((k, d) -> b.append(String.format("  %6d ms  %s%n", k / 1000 / 1000, d)));
        b.append("\ninputs by mutator (a mutant may have several), and the time of their inputs:\n");
        mutators.forEach((m, n) -> b.append(String.format("  %-32s %7d  %8.1f s%n", m, n,
                microsByMutator.get(m) / 1e6)));
        b.append("\nexit codes by command:\n");
        exits.forEach((cmd, byExit) -> {
            b.append(String.format("  %-36s", cmd));
            byExit.forEach((exit, n) -> b.append(String.format("  %s:%d", exit, n)));
            b.append('\n');
        });
        b.append("\nfailure classes: ").append(classes().size()).append('\n');
        int i = 0;
        for (FailureClass c : classes()) {
            describe(b, ++i, c);
        }
        if (!observations().isEmpty()) {
            b.append("\nobservations (listed, not enforced): ").append(observations().size()).append('\n');
            for (FailureClass c : observations()) {
                describe(b, ++i, c);
            }
        }
        return b.toString();
    }

    private void describe(StringBuilder b, int number, FailureClass c) {
        b.append(String.format("%n[%d] %s%n", number, c.key));
        b.append("    inputs:   ").append(c.count).append(", in ").append(c.steps).append('\n');
        b.append("    first:    ").append(c.first.describe()).append('\n');
        b.append("    smallest: ").append(c.smallest.describe());
        if (c.minimal != null && c.minimal.bytes().length < c.smallest.bytes().length) {
            b.append(", shrunk to ").append(c.minimal.bytes().length).append(" bytes");
        }
        b.append('\n');
        Input min = c.minimal != null ? c.minimal : c.smallest;
        b.append("    mutant:   ").append(preview(min.bytes())).append('\n');
        b.append("    command:  jxl ").append(String.join(" ", c.example.step().args())).append('\n');
        if (c.reproducer != null) {
            b.append("    reproduce: sh ").append(settings.root().relativize(c.reproducer.toAbsolutePath())).append('\n');
        }
        CliRunner.Run run = c.example.run();
        b.append("    exit ").append(run.timedOut() ? "timeout" : run.escaped() != null ? run.escaped() : run.rc())
                .append(", first lines of stderr:\n");
        OutputRules.lines(run.err()).stream().limit(4)
                .forEach(l -> b.append("      | ").append(l.length() > 300 ? l.substring(0, 300) + "…" : l).append('\n'));
    }

    /** The first bytes of a mutant, escaped so any byte can be read on a terminal. */
    static String preview(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bytes.length && b.length() < 160; i++) {
            int c = bytes[i] & 0xff;
            if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.length() >= 160 ? b + "… (" + bytes.length + " bytes)" : b.toString();
    }
}
