package dev.jxl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the class-data archive ./jxl starts with (builder/src/scripts/cds-archive.sh):
 * typical jxl commands in one JVM, so one run records every class they load (the class list of an
 * AppCDS archive on JDK 17, the AOT configuration of an AOT cache on JDK 25). Each command must end
 * as it is meant to, so a broken jar fails the build instead of leaving an archive of half a run.
 *
 * <p>Three scopes: {@code all} (the default) trains every kind of command; {@code short} only the
 * short ones a cold process runs most (create, -N create, list, destroy, pause/unpause, info, plan of
 * one config, --help, --version); {@code dry} only {@code -N create}, before and after the sim has
 * booted. JDK 25's AOT cache loads and links every class it holds when the JVM starts, whichever
 * command runs: an AOT cache of everything makes every command pay for check, convert-xm, acpi and
 * svg, and one of every short command makes a dry run pay for help, list and the sim's build (a
 * 22 MB cache for 16 MB of use: 180 vs 157 M instructions). So JDK 25 gets a {@code dry} cache for
 * {@code -N create} and a {@code short} one for the rest; a JDK 17 AppCDS archive maps its classes
 * lazily, so it holds all.
 *
 * <p>Usage: {@code java -cp jxl.jar dev.jxl.cli.ArchiveTraining EXAMPLES_DIR WORK_DIR [all|short|dry]}
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** Which commands a training run runs. */
    enum Scope {
        ALL, SHORT, DRY;

        boolean trains(Kind kind) {
            return switch (this) {
                case ALL -> true;
                case SHORT -> kind != Kind.LONGER;
                case DRY -> kind == Kind.DRY;
            };
        }
    }

    /** A dry run ({@code -N create}, or what it needs run first), another short command, or one that runs longer. */
    enum Kind { DRY, SHORT, LONGER }

    /** One command line, the exit code it must end with, and its kind. */
    record Run(int rc, Kind kind, List<String> args) {
        static Run of(int rc, String... args) {
            return new Run(rc, Kind.SHORT, List.of(args));
        }

        static Run dry(int rc, String... args) {
            return new Run(rc, Kind.DRY, List.of(args));
        }

        static Run longer(int rc, String... args) {
            return new Run(rc, Kind.LONGER, List.of(args));
        }
    }

    public static void main(String[] argv) throws IOException {
        if (argv.length < 2 || argv.length > 3 || argv.length == 3 && !List.of("all", "short", "dry").contains(argv[2])) {
            System.err.println("usage: ArchiveTraining EXAMPLES_DIR WORK_DIR [all|short|dry]");
            System.exit(ExitCode.USAGE);
        }
        Scope scope = argv.length == 3 ? Scope.valueOf(argv[2].toUpperCase(java.util.Locale.ROOT)) : Scope.ALL;
        List<String> failures = train(Path.of(argv[0]), Path.of(argv[1]), scope);
        failures.forEach(System.err::println);
        System.exit(failures.isEmpty() ? ExitCode.OK : ExitCode.INTERNAL_ERROR);
    }

    /** Runs the scope's training commands; returns what went wrong, one line each. */
    static List<String> train(Path examples, Path work, Scope scope) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Run run : runs(examples, work, scope)) {
            List<String> args = new ArrayList<>(List.of("--state-dir", work.resolve("state").toString()));
            args.addAll(run.args());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = Jxl.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            if (rc != run.rc()) {
                failures.add("archive training: jxl " + String.join(" ", run.args()) + ": exit " + rc
                        + ", expected " + run.rc() + (err.toString().isEmpty() ? "" : "\n" + err.toString().strip()));
            }
        }
        return failures;
    }

    /** The scope's training commands, in the order they run. */
    static List<Run> runs(Path examples, Path work, Scope scope) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (Run run : runs(examples, work)) {
            if (scope.trains(run.kind())) {
                runs.add(run);
            }
        }
        return runs;
    }

    private static List<Run> runs(Path examples, Path work) throws IOException {
        Path legacy = work.resolve("legacy.xm");
        Files.writeString(legacy, """
                import os
                kernel = "/boot/vmlinuz-" + os.uname()[2]
                memory = 1024
                name = "legacy"
                vif = ['mac=00:16:3e:00:00:01, bridge=xenbr0']
                disk = ['phy:/dev/vg/legacy,xvda,w']
                root = "/dev/xvda1 ro"
                """, StandardCharsets.ISO_8859_1);
        Path bad = work.resolve("bad.cfg");
        Files.writeString(bad, "name=\"bad\"\nmemory=Lots\n", StandardCharsets.ISO_8859_1);
        List<String> check = new ArrayList<>(List.of("check"));
        try (Stream<Path> cfgs = Files.list(examples)) {
            cfgs.filter(p -> p.toString().endsWith(".cfg")).sorted().forEach(p -> check.add(p.toString()));
        }
        check.add(bad.toString());
        String hvm = examples.resolve("hvm-basic.cfg").toString();
        String vnvdimm = examples.resolve("hvm-vnvdimm.cfg").toString();
        return List.of(
                Run.of(ExitCode.OK, "--help"),
                Run.of(ExitCode.OK, "--version"),
                Run.dry(ExitCode.OK, "-N", "create", hvm),
                Run.dry(ExitCode.OK, "-N", "create", examples.resolve("pv-linux.cfg").toString()),
                Run.dry(ExitCode.OK, "-N", "create", examples.resolve("pvh-linux.cfg").toString()),
                Run.dry(ExitCode.OK, "list"), // boots the sim: the dry run at the end reads a booted host
                Run.of(ExitCode.OK, "create", "-p", vnvdimm),
                Run.of(ExitCode.OK, "list", "-l"),
                Run.of(ExitCode.OK, "unpause", "hvm-vnvdimm"),
                Run.longer(ExitCode.OK, "help", "keys", "memory"),
                Run.of(ExitCode.OK, "info"),
                Run.of(ExitCode.OK, "destroy", "hvm-vnvdimm"),
                new Run(ExitCode.CONFIG_ERROR, Kind.LONGER, check),
                Run.of(ExitCode.OK, "plan", vnvdimm),
                Run.longer(ExitCode.OK, "plan", "--format", "json", hvm),
                Run.longer(ExitCode.OK, "plan", "--format", "svg", vnvdimm),
                Run.longer(ExitCode.OK, "acpi", "-o", work.resolve("acpi").toString(), vnvdimm),
                Run.longer(ExitCode.OK, "pmem", "list"),
                Run.longer(ExitCode.OK, "convert-xm", legacy.toString()),
                Run.longer(ExitCode.USAGE, "lsit"),
                Run.dry(ExitCode.OK, "-N", "create", hvm));
    }
}
