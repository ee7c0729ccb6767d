package dev.jxl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process jxl command line on a state dir of the test's: its exit code and what it printed. */
record CliRun(int rc, String out, String err) {
    static CliRun of(Path stateDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--state-dir", stateDir.toString()));
        all.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jxl.run(new PrintWriter(o, true), new PrintWriter(e, true), all.toArray(String[]::new));
        return new CliRun(rc, o.toString(), e.toString());
    }
}
