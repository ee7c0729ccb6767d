package dev.jxl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fuzz campaign: the repository's seeds as they are, then mutants, each played through its
 * {@link Scenario}; every broken rule is filed under a failure class (the kind of input, the rule,
 * and what tells its failures apart: {@link Report#classKey}), and each class keeps its smallest
 * input, which is then shrunk and written with a one-command reproducer under {@code fuzz-failures/}.
 */
final class Campaign {
    /** Kinds by weight: configs are the most varied input, xm the least used. */
    private static final Map<Kind, Integer> WEIGHTS = Map.of(Kind.XL_CONFIG, 30, Kind.HOST, 25, Kind.STATE, 25,
            Kind.XM_CONFIG, 20);
    /** Percent of document mutants made by a semantic mutator (the rest are damaged bytes and tokens). */
    private static final int SEMANTIC_PERCENT = 40;
    private static final Set<String> HEAVY = Set.of("byte-huge-repeat", "number-100000-digits");

    private final Settings settings;
    private final Seeds seeds;
    private final List<Seed> baseline = new ArrayList<>();
    private final List<Mutator> blind = new ArrayList<>();

    Campaign(Settings settings, Seeds seeds) {
        this.settings = settings;
        this.seeds = seeds;
        for (Kind k : Kind.values()) {
            baseline.addAll(seeds.of(k));
        }
        // the mutators that make inputs of 100 KB to 1 MB are picked a third as often: each costs as
        // much as dozens of others, and what they find they find within a few hundred tries
        for (Mutator m : concat(ByteMutators.all(), TokenMutators.all())) {
            for (int w = HEAVY.contains(m.name()) ? 1 : 3; w > 0; w--) {
                blind.add(m);
            }
        }
    }

    /** Input #index of this campaign's seed: a seed as it is for the first ones, then a mutant. */
    Input input(long index) {
        if (index < baseline.size()) {
            Seed s = baseline.get((int) index);
            Random r = random(index);
            return new Input(index, s.kind(), s, List.of(), s.bytes(),
                    s.kind().isDocument() ? pick(r, Seeds.EXAMPLE_CONFIGS) : null);
        }
        Random r = random(index);
        Kind kind = kind(r);
        List<Seed> pool = seeds.of(kind);
        Seed seed = pick(r, pool);
        byte[] donor = pick(r, pool).bytes();
        List<String> applied = new ArrayList<>();
        byte[] bytes = seed.bytes();
        if (kind.isDocument() && r.nextInt(100) < SEMANTIC_PERCENT) {
            List<Mutator> semantic = kind == Kind.HOST ? DocumentMutators.host() : DocumentMutators.state();
            for (int attempt = 0; attempt < 8 && applied.isEmpty(); attempt++) {
                Mutator m = pick(r, semantic);
                byte[] out = m.mutate(bytes, r, donor);
                if (out != null) {
                    requireImpossible(kind, m, out);
                    bytes = out;
                    applied.add(m.name());
                }
            }
        }
        if (applied.isEmpty()) {
            int stack = r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 7 ? 2 : 3;
            for (int i = 0, attempts = 0; i < stack && attempts < 16; attempts++) {
                Mutator m = pick(r, blind);
                byte[] out = m.mutate(bytes, r, donor);
                if (out != null) {
                    bytes = out;
                    applied.add(m.name());
                    i++;
                }
            }
        }
        return new Input(index, kind, seed, List.copyOf(applied), bytes,
                kind.isDocument() ? pick(r, Seeds.EXAMPLE_CONFIGS) : null);
    }

    /** A semantic mutator that makes a document the oracle finds possible is a bug of this test. */
    private static void requireImpossible(Kind kind, Mutator m, byte[] out) {
        boolean impossible = (kind == Kind.HOST ? ImpossibleDocuments.host(out) : ImpossibleDocuments.state(out)).isPresent();
        if (!impossible) {
            throw new IllegalStateException(m.name() + " made a document the oracle finds possible:\n"
                    + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private Random random(long index) {
        return new Random(settings.seed() * 0x9E3779B97F4A7C15L + index);
    }

    private static Kind kind(Random r) {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int x = r.nextInt(total);
        for (Kind k : Kind.values()) {
            x -= WEIGHTS.get(k);
            if (x < 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Runs the campaign and reports it (also written to {@code fuzz-report.txt}). */
    Report run() {
        Report report = new Report(settings, baseline.size());
        Path failures = settings.out().resolve("fuzz-failures");
        deleteTree(failures);
        deleteTree(settings.work());
        long started = System.nanoTime();
        try (CliRunner cli = new CliRunner(settings.timeout())) {
            Scenario scenario = new Scenario(seeds, cli);
            List<Long> indices = settings.only().isEmpty() ? null : settings.only();
            long n = indices == null ? settings.count() : indices.size();
            for (long i = 0; i < n && !cli.exhausted(); i++) {
                Input input = input(indices == null ? i : indices.get((int) i));
                Path dir = settings.work().resolve("in-" + input.index());
                List<Scenario.Executed> done = scenario.play(input, dir);
                deleteTree(dir);
                report.add(input, done);
            }
            report.finish(System.nanoTime() - started, cli.abandoned());
            if (settings.minimize()) {
                Shrinker shrinker = new Shrinker(scenario, settings.work().resolve("shrink"));
                for (Report.FailureClass c : report.classes()) {
                    // a hang is not shrunk: every try that still hangs costs the time limit and a thread,
                    // and the runner gives up after a few, leaving every class without its reproducer
                    if (!cli.exhausted() && !c.rule.equals("timeout")) {
                        c.minimal = shrinker.shrink(c.smallest, c.key);
                    }
                }
            }
            int number = 0;
            List<Report.FailureClass> all = new ArrayList<>(report.classes());
            all.addAll(report.observations());
            for (Report.FailureClass c : all) {
                if (!cli.exhausted()) {
                    c.reproducer = Reproducer.write(failures, ++number, c, scenario, settings, seeds.root());
                }
            }
        } finally {
            deleteTree(settings.work());
        }
        String text = report.text();
        try {
            Files.createDirectories(settings.out());
            Files.writeString(settings.out().resolve("fuzz-report.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
