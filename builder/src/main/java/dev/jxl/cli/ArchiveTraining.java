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
 * <p>Usage: {@code java -cp jxl.jar dev.jxl.cli.ArchiveTraining EXAMPLES_DIR WORK_DIR}
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** One command line and the exit code it must end with. */
    record Run(int rc, List<String> args) {
        static Run of(int rc, String... args) {
            return new Run(rc, List.of(args));
        }
    }

    public static void main(String[] argv) throws IOException {
        if (argv.length != 2) {
            System.err.println("usage: ArchiveTraining EXAMPLES_DIR WORK_DIR");
            System.exit(ExitCode.USAGE);
        }
        List<String> failures = train(Path.of(argv[0]), Path.of(argv[1]));
        failures.forEach(System.err::println);
        System.exit(failures.isEmpty() ? ExitCode.OK : ExitCode.INTERNAL_ERROR);
    }

    /** Runs every training command; returns what went wrong, one line each. */
    static List<String> train(Path examples, Path work) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Run run : runs(examples, work)) {
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
                Run.of(ExitCode.OK, "-N", "create", hvm),
                Run.of(ExitCode.OK, "-N", "create", examples.resolve("pv-linux.cfg").toString()),
                Run.of(ExitCode.OK, "-N", "create", examples.resolve("pvh-linux.cfg").toString()),
                Run.of(ExitCode.OK, "create", "-p", vnvdimm),
                Run.of(ExitCode.OK, "list"),
                Run.of(ExitCode.OK, "list", "-l"),
                Run.of(ExitCode.OK, "unpause", "hvm-vnvdimm"),
                Run.of(ExitCode.OK, "help", "keys", "memory"),
                Run.of(ExitCode.OK, "info"),
                Run.of(ExitCode.OK, "destroy", "hvm-vnvdimm"),
                new Run(ExitCode.CONFIG_ERROR, check),
                Run.of(ExitCode.OK, "plan", vnvdimm),
                Run.of(ExitCode.OK, "plan", "--format", "json", hvm),
                Run.of(ExitCode.OK, "plan", "--format", "svg", vnvdimm),
                Run.of(ExitCode.OK, "acpi", "-o", work.resolve("acpi").toString(), vnvdimm),
                Run.of(ExitCode.OK, "pmem", "list"),
                Run.of(ExitCode.OK, "convert-xm", legacy.toString()),
                Run.of(ExitCode.USAGE, "lsit"));
    }
}
