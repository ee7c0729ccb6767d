package dev.jxl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a failure class's input and a shell script that replays its commands with the packaged
 * {@code ./jxl} (after {@code mvn -q -DskipTests package}), from the repository's top, on a fresh
 * temporary directory: {@code sh builder/target/fuzz-failures/NN-…/repro.sh}.
 */
final class Reproducer {
    private Reproducer() {
    }

    static Path write(Path failures, int number, Report.FailureClass c, Scenario scenario, Settings settings, Path root) {
        Input input = c.minimal != null ? c.minimal : c.smallest;
        Path dir = failures.resolve(String.format("%02d-%s", number, slug(c.rule + "-" + input.kind().fileName)));
        Path work = settings.work().resolve("repro-" + number);
        // a hang is not replayed (it would hang again, and leave another thread behind)
        List<Scenario.Executed> done = c.rule.equals("timeout") ? List.of() : scenario.play(input, work);
        Campaign.deleteTree(work);
        // the commands up to the first that shows the class (the smallest input may show it later than the first)
        List<Scenario.Executed> steps = new ArrayList<>();
        for (Scenario.Executed e : done) {
            steps.add(e);
            if (e.problems().stream().anyMatch(p -> Report.classKey(input, p).equals(c.key))) {
                break;
            }
        }
        if (steps.isEmpty()) {
            steps = List.of(c.example); // the run that showed it; a scenario that no longer reaches it
        }
        StringBuilder sh = new StringBuilder("#!/bin/sh\n");
        sh.append("# failure class: ").append(c.key).append('\n');
        sh.append("# input: ").append(input.describe()).append('\n');
        sh.append("# in the test: mvn -q -pl builder -am test -Dtest=CliFuzzTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Djxl.fuzz.seed=").append(settings.seed()).append(" -Djxl.fuzz.only=").append(input.index())
                .append(" (the input before shrinking)\n");
        sh.append("# needs the packaged CLI: mvn -q -DskipTests package\n");
        Path fromRoot = root.relativize(dir.toAbsolutePath());
        sh.append("cd \"$(dirname \"$0\")/").append("../".repeat(fromRoot.getNameCount()))
                .append("\" || exit 2   # the repository's top\n");
        sh.append("in=\"$(pwd)/").append(fromRoot).append('/').append(input.kind().fileName)
                .append("\"\n");
        sh.append("w=$(mktemp -d)\n");
        switch (input.kind()) {
            case STATE -> sh.append("mkdir -p \"$w/state\" && cp \"$in\" \"$w/state/state.json\"\n");
            case XL_CONFIG -> sh.append("cp \"$in\" \"$w/guest.cfg\"\n")
                    .append("./jxl --state-dir \"$w/state\" list >/dev/null   # a sim just booted, as the test starts\n");
            default -> sh.append("cp \"$in\" \"$w/").append(input.kind().fileName).append("\"\n");
        }
        String workPrefix = work.toString();
        for (Scenario.Executed e : steps) {
            sh.append("./jxl");
            for (String a : e.step().args()) {
                sh.append(' ').append(word(a, workPrefix, root));
            }
            sh.append("; echo \"exit $?\"\n");
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(input.kind().fileName), input.bytes());
            Path script = dir.resolve("repro.sh");
            Files.writeString(script, sh.toString(), StandardCharsets.UTF_8);
            script.toFile().setExecutable(true);
            Files.writeString(dir.resolve("stderr.txt"), transcript(steps), StandardCharsets.ISO_8859_1);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word of the command line in shell quoting, with the scratch directory as $w and the repository as ".". */
    private static String word(String a, String work, Path root) {
        if (a.startsWith(work)) {
            return "\"$w" + a.substring(work.length()) + "\"";
        }
        String r = root.toString() + "/";
        if (a.startsWith(r)) {
            a = a.substring(r.length());
        }
        return a.matches("[A-Za-z0-9_./=,:+-]+") ? a : "'" + a.replace("'", "'\\''") + "'";
    }

    private static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return x.length() > 60 ? x.substring(0, 60) : x;
    }

    /** What the replayed commands printed, for reading beside the script. */
    private static String transcript(List<Scenario.Executed> steps) {
        StringBuilder b = new StringBuilder();
        for (Scenario.Executed e : steps) {
            CliRunner.Run r = e.run();
            b.append("$ jxl ").append(String.join(" ", e.step().args())).append('\n');
            b.append(r.err());
            b.append("[exit ").append(r.timedOut() ? "timeout" : r.escaped() != null ? r.escaped() : r.rc()).append("]\n");
            e.problems().forEach(p -> b.append("broken rule: ").append(p.rule()).append(": ").append(p.evidence())
                    .append('\n'));
        }
        return b.toString();
    }
}
