package dev.jxl.fuzz;

import dev.jxl.cli.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an admin does with each kind of input, on a directory of its own, and what each command may
 * answer. A config is checked, dry-run, planned and, when it plans, created, listed and destroyed on
 * a sim just booted; a host description is shown, planned on, checked against and, when it plans,
 * booted and built on; a sim state is listed, shown, planned and built on, and a domain destroyed in
 * it; an xm config is converted and the result checked. Each command is judged by
 * {@link OutputRules}; the scenario adds the rules that need two commands (a failed create leaves
 * the sim as it was; a refusal of the state does not rewrite it; a config {@code check} refuses is not
 * accepted by {@code -N create}).
 */
final class Scenario {
    private static final Pattern CREATED = Pattern.compile("created domain (\\d+) \\(");
    private static final Set<Integer> OK_OR_CONFIG = Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR);

    /** One command as it ran, and the rules it broke. */
    record Executed(Step step, CliRunner.Run run, List<OutputRules.Problem> problems) {
    }

    private final Seeds seeds;
    private final CliRunner cli;

    Scenario(Seeds seeds, CliRunner cli) {
        this.seeds = seeds;
        this.cli = cli;
    }

    /** Runs the input's commands in {@code dir} (made here, left for the caller to remove). */
    List<Executed> play(Input input, Path dir) {
        Play p = new Play(dir);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(input.kind().fileName);
            if (input.kind() == Kind.STATE) {
                file = dir.resolve("state").resolve(Kind.STATE.fileName);
                Files.createDirectories(file.getParent());
            }
            Files.write(file, input.bytes());
            switch (input.kind()) {
                case XL_CONFIG -> config(p, file);
                case HOST -> host(p, file, input);
                case STATE -> state(p, file, input);
                case XM_CONFIG -> xm(p, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Stop stop) {
            // a command hung or the runner gave up: the rest of the scenario cannot run
        }
        return p.done;
    }

    private void config(Play p, Path cfg) throws IOException {
        Path state = p.dir.resolve("state");
        Files.createDirectories(state);
        Files.write(state.resolve("state.json"), seeds.bootedState());
        Map<String, Step.Role> files = Map.of(cfg.toString(), Step.Role.CONFIG);
        String c = cfg.toString();
        CliRunner.Run check = p.run("check", List.of("check", c), OK_OR_CONFIG, files, true, null, null);
        CliRunner.Run dry = p.run("-N create", List.of("--state-dir", state.toString(), "-N", "create", c),
                OK_OR_CONFIG, files, false, null, null);
        if (check.rc() == ExitCode.CONFIG_ERROR && dry.rc() == ExitCode.OK) {
            p.problem(new OutputRules.Problem("check-refuses-what-create-N-accepts", "",
                    OutputRules.firstError(OutputRules.lines(check.out()))));
        }
        CliRunner.Run plan = p.run("plan", List.of("--state-dir", state.toString(), "plan", c),
                Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR, ExitCode.CANNOT_PLAN), files, false, null, null);
        if (plan.rc() == ExitCode.OK) {
            build(p, state, List.of(), c, files, Set.of(ExitCode.OK, ExitCode.BACKEND_FAILED));
        }
    }

    private void host(Play p, Path host, Input input) {
        String h = host.toString();
        String cfg = seeds.example(input.config());
        String refuse = ImpossibleDocuments.host(input.bytes()).orElse(null);
        Map<String, Step.Role> files = Map.of(h, Step.Role.DOCUMENT, cfg, Step.Role.CONFIG);
        Path state = p.dir.resolve("state");
        Path unbooted = p.dir.resolve("unbooted");
        Set<Integer> planExits = Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR, ExitCode.CANNOT_PLAN, ExitCode.BAD_DOCUMENT);
        CliRunner.Run info = p.run("--host info", List.of("--state-dir", state.toString(), "--host", h, "info"),
                Set.of(ExitCode.OK, ExitCode.BAD_DOCUMENT), files, false, refuse, null);
        CliRunner.Run plan = p.run("--host plan", List.of("--state-dir", unbooted.toString(), "--host", h, "plan", cfg),
                planExits, files, false, refuse, null);
        p.run("--host check", List.of("--state-dir", unbooted.toString(), "--host", h, "check", cfg), planExits, files,
                true, refuse, null);
        if (info.rc() == ExitCode.OK && plan.rc() == ExitCode.OK) {
            build(p, state, List.of("--host", h), cfg, files,
                    Set.of(ExitCode.OK, ExitCode.CANNOT_PLAN, ExitCode.BACKEND_FAILED));
        }
    }

    private void state(Play p, Path stateFile, Input input) {
        String cfg = seeds.example(input.config());
        String dir = stateFile.getParent().toString();
        String refuse = ImpossibleDocuments.state(input.bytes()).orElse(null);
        Map<String, Step.Role> files = Map.of(stateFile.toString(), Step.Role.DOCUMENT, cfg, Step.Role.CONFIG);
        Set<Integer> ok = Set.of(ExitCode.OK, ExitCode.BAD_DOCUMENT);
        Set<Integer> planExits = Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR, ExitCode.CANNOT_PLAN, ExitCode.BAD_DOCUMENT);
        p.run("list", List.of("--state-dir", dir, "list"), ok, files, false, refuse, stateFile);
        p.run("info", List.of("--state-dir", dir, "info"), ok, files, false, refuse, stateFile);
        p.run("plan", List.of("--state-dir", dir, "plan", cfg), planExits, files, false, refuse, stateFile);
        p.run("-N create", List.of("--state-dir", dir, "-N", "create", cfg),
                Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR, ExitCode.BAD_DOCUMENT), files, false, refuse, stateFile);
        CliRunner.Run create = p.run("create", List.of("--state-dir", dir, "create", cfg), Set.of(ExitCode.OK,
                ExitCode.CONFIG_ERROR, ExitCode.CANNOT_PLAN, ExitCode.BACKEND_FAILED, ExitCode.BAD_DOCUMENT), files, false,
                refuse, stateFile);
        // the domain just built, by its id; else the config's name, which may or may not be in the state
        Matcher built = CREATED.matcher(create.out());
        String domain = create.rc() == ExitCode.OK && built.find() ? built.group(1)
                : Path.of(input.config()).getFileName().toString().replaceFirst("\\.cfg$", "");
        p.run("destroy", List.of("--state-dir", dir, "destroy", domain),
                Set.of(ExitCode.OK, ExitCode.NO_SUCH_DOMAIN, ExitCode.BAD_DOCUMENT), files, false, refuse, stateFile);
    }

    private void xm(Play p, Path xm) {
        Path out = p.dir.resolve("converted.cfg");
        CliRunner.Run convert = p.run("convert-xm", List.of("convert-xm", xm.toString(), "-o", out.toString()),
                OK_OR_CONFIG, Map.of(xm.toString(), Step.Role.CONFIG), false, null, null);
        if (convert.rc() == ExitCode.OK) {
            p.run("check converted", List.of("check", out.toString()), OK_OR_CONFIG,
                    Map.of(out.toString(), Step.Role.CONFIG), true, null, null);
        }
    }

    /**
     * create, then list, destroy and list again when it built; a create that failed must leave the
     * sim's state as it was (everything rolled back).
     */
    private void build(Play p, Path state, List<String> global, String cfg, Map<String, Step.Role> files,
            Set<Integer> createExits) {
        byte[] before = read(state.resolve("state.json"));
        List<String> g = new ArrayList<>(List.of("--state-dir", state.toString()));
        g.addAll(global);
        CliRunner.Run create = p.run("create", concat(g, "create", cfg), createExits, files, false, null, null);
        if (create.rc() != ExitCode.OK) {
            if (before != null && !Arrays.equals(before, read(state.resolve("state.json")))) {
                p.problem(new OutputRules.Problem("failed-create-changed-the-state", "",
                        "exit " + create.rc() + ": " + OutputRules.firstError(OutputRules.lines(create.err()))));
            }
            return;
        }
        Matcher m = CREATED.matcher(create.out());
        if (!m.find()) {
            p.problem(new OutputRules.Problem("create-did-not-say-which-domain", "", create.out()));
            return;
        }
        List<String> s = List.of("--state-dir", state.toString());
        CliRunner.Run list = p.run("list after create", concat(s, "list"), Set.of(ExitCode.OK), files, false, null, null);
        if (!list.out().lines().anyMatch(l -> l.matches(".*\\s" + m.group(1) + "\\s+\\d+\\s+\\d+\\s.*"))) {
            p.problem(new OutputRules.Problem("created-domain-not-listed", "", "domain " + m.group(1)));
        }
        p.run("destroy", concat(s, "destroy", m.group(1)), Set.of(ExitCode.OK), files, false, null, null);
        p.run("list after destroy", concat(s, "list"), Set.of(ExitCode.OK), files, false, null, null);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }

    private static byte[] read(Path f) {
        try {
            return Files.exists(f) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command could not finish (it hung): the scenario stops there. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The commands run so far for one input. */
    private final class Play {
        final Path dir;
        final List<Executed> done = new ArrayList<>();

        Play(Path dir) {
            this.dir = dir;
        }

        CliRunner.Run run(String name, List<String> args, Set<Integer> allowed, Map<String, Step.Role> files,
                boolean diagnosticsOnStdout, String mustRefuse, Path document) {
            if (cli.exhausted()) {
                throw new Stop();
            }
            byte[] before = document == null ? null : read(document);
            Step step = new Step(name, args, allowed, new LinkedHashMap<>(files), diagnosticsOnStdout, mustRefuse, document);
            CliRunner.Run run = cli.run(args);
            List<OutputRules.Problem> problems = new ArrayList<>(OutputRules.check(step, run));
            if (run.completed() && run.rc() == ExitCode.BAD_DOCUMENT && before != null
                    && !Arrays.equals(before, read(document))) {
                problems.add(new OutputRules.Problem("refused-state-was-rewritten", "", "exit 6 but " + document + " changed"));
            }
            done.add(new Executed(step, run, problems));
            if (!run.completed()) {
                throw new Stop();
            }
            return run;
        }

        /** A rule of two commands, charged to the last one run. */
        void problem(OutputRules.Problem problem) {
            Executed last = done.remove(done.size() - 1);
            List<OutputRules.Problem> all = new ArrayList<>(last.problems());
            all.add(problem);
            done.add(new Executed(last.step(), last.run(), all));
        }
    }
}
