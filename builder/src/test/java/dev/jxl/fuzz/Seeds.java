package dev.jxl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The inputs mutants start from: every xl config and host description the repository's examples and
 * tests use, the xm test configs, and sim state documents made here by running jxl as an admin would
 * (creates, a destroy, a pmem setup on a described host) into a temporary state directory.
 */
final class Seeds {
    /** The example configs a document is tried with (repository paths). */
    static final List<String> EXAMPLE_CONFIGS = List.of("examples/hvm-basic.cfg", "examples/pv-linux.cfg",
            "examples/pvh-linux.cfg", "examples/hvm-vnvdimm.cfg");

    private final Path root;
    private final Map<Kind, List<Seed>> byKind = new EnumMap<>(Kind.class);
    private byte[] bootedState;

    private Seeds(Path root) {
        this.root = root;
    }

    /** Reads the repository's seeds under {@code root} and makes the state seeds in {@code work}. */
    static Seeds load(Path root, Path work) {
        Seeds s = new Seeds(root);
        s.byKind.put(Kind.XL_CONFIG, s.files(".cfg", "examples", "grammar/test-support/corpus", "golden/layout",
                "builder/src/test/realxen/guests"));
        s.byKind.put(Kind.HOST, s.files(".json", "examples/hosts", "builder/src/test/resources/xenhost",
                "builder/src/main/resources/dev/jxl/builder/host"));
        s.byKind.put(Kind.XM_CONFIG, s.files(".cfg", "grammar/test-support/xm"));
        s.byKind.put(Kind.STATE, s.states(work));
        for (Kind k : Kind.values()) {
            if (s.byKind.get(k).isEmpty()) {
                throw new IllegalStateException("no " + k.label + " seeds under " + root);
            }
        }
        return s;
    }

    List<Seed> of(Kind kind) {
        return byKind.get(kind);
    }

    Path root() {
        return root;
    }

    /** The state of a sim just booted on the built-in host: where a config's scenario starts. */
    byte[] bootedState() {
        return bootedState.clone();
    }

    private List<Seed> files(String suffix, String... dirs) {
        List<Seed> out = new ArrayList<>();
        for (String d : dirs) {
            Path dir = root.resolve(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                    out.add(new Seed(kindOf(suffix, d), root.relativize(f).toString(), Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Kind kindOf(String suffix, String dir) {
        if (suffix.equals(".json")) {
            return Kind.HOST;
        }
        return dir.endsWith("/xm") ? Kind.XM_CONFIG : Kind.XL_CONFIG;
    }

    /** State documents as the sim writes them, after what admins do. */
    private List<Seed> states(Path work) {
        List<Seed> out = new ArrayList<>();
        String hvm = example("examples/hvm-basic.cfg");
        String pv = example("examples/pv-linux.cfg");
        String pvh = example("examples/pvh-linux.cfg");
        String vnvdimm = example("examples/hvm-vnvdimm.cfg");
        try (CliRunner cli = new CliRunner(Duration.ofMinutes(2))) {
            bootedState = state(cli, work.resolve("booted"), List.of(List.of("list")));
            out.add(new Seed(Kind.STATE, "state after: list (boots the built-in host)", bootedState));
            out.add(new Seed(Kind.STATE, "state after: create hvm-vnvdimm, pv-linux, pvh-linux",
                    state(cli, work.resolve("three"), List.of(List.of("create", vnvdimm), List.of("create", pv),
                            List.of("create", pvh)))));
            out.add(new Seed(Kind.STATE, "state after: create hvm-basic, pv-linux; destroy hvm-basic",
                    state(cli, work.resolve("gap"), List.of(List.of("create", hvm), List.of("create", pv),
                            List.of("destroy", "hvm-basic")))));
            // a described host boots with no pmem set up: a management area, a data area, then a vNVDIMM guest
            String host = example("examples/hosts/two-socket.json");
            out.add(new Seed(Kind.STATE, "state after: --host two-socket.json pmem setup --mgmt, --data; create hvm-vnvdimm",
                    state(cli, work.resolve("setup"), List.of(
                            List.of("--host", host, "pmem", "setup", "--mgmt", "0x4080000", "0x4188000"),
                            List.of("--host", host, "pmem", "setup", "--data", "0x4188000", "0xa080000", "--mgmt-area",
                                    "0x4080000", "0x4188000"),
                            List.of("--host", host, "create", vnvdimm), List.of("create", pvh)))));
        }
        return out;
    }

    String example(String path) {
        return root.resolve(path).toString();
    }

    private static byte[] state(CliRunner cli, Path dir, List<List<String>> commands) {
        for (List<String> words : commands) {
            List<String> args = new ArrayList<>(List.of("--state-dir", dir.toString()));
            args.addAll(words);
            CliRunner.Run run = cli.run(args);
            if (!run.completed() || run.rc() != 0) {
                throw new IllegalStateException("making a state seed: jxl " + String.join(" ", args) + " exited "
                        + run.rc() + ": " + run.err() + (run.escaped() != null ? run.escaped() : ""));
            }
        }
        try {
            return Files.readAllBytes(dir.resolve("state.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
