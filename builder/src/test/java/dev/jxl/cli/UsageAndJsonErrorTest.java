package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors name the word with a did-you-mean; help shows a command's own options; JSON mode gets a JSON error. */
class UsageAndJsonErrorTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path state;

    @Test
    void anUnknownCommandGetsTheNearestOne() {
        CliRun r = CliRun.of(state, "lsit");
        assertEquals(ExitCode.USAGE, r.rc());
        assertEquals("jxl: error: unknown command 'lsit'; did you mean 'list'?\njxl: note: 'jxl --help' for more\n", r.err());
        assertTrue(CliRun.of(state, "xyzzy").err().contains("; commands: create, check, plan"), "no near command: the list");
    }

    @Test
    void anUnknownOptionOrAnExtraWordIsNamedNotCounted() {
        CliRun option = CliRun.of(state, "list", "--formt", "json");
        assertEquals(ExitCode.USAGE, option.rc());
        assertTrue(option.err().startsWith("jxl: error: list: unknown option '--formt'; did you mean '--format'?\n"
                + "usage: jxl list "), option.err());
        CliRun extra = CliRun.of(state, "destroy", "a", "b");
        assertEquals(ExitCode.USAGE, extra.rc());
        assertTrue(extra.err().startsWith("jxl: error: destroy: unexpected argument 'b'\n"), extra.err());
    }

    @Test
    void editDistanceCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, UsageErrorHandler.editDistance("lsit", "list"));
        assertEquals(1, UsageErrorHandler.editDistance("crate", "create"));
        assertEquals(java.util.List.of("destroy"), UsageErrorHandler.nearest("destory", java.util.List.copyOf(Jxl.SUBCOMMANDS.keySet())));
    }

    @Test
    void aSubcommandsHelpShowsItsOwnOptionsAndTheGlobalOnesByNameOnce() {
        String help = CliRun.of(state, "info", "--help").out();
        assertTrue(help.contains("Global options: -N -v --backend --host --state-dir (see 'jxl --help')"), help);
        assertTrue(!help.contains("print the libxl domain JSON"), "-N is described once, in jxl --help:\n" + help);
        assertTrue(!help.contains("Exit codes"), help);
        assertTrue(CliRun.of(state, "--help").out().contains("70   internal error"));
    }

    @Test
    void aFailedJsonCommandPrintsAnErrorObjectOnStdout() {
        CliRun r = CliRun.of(state, "plan", "--format", "json", ROOT.resolve("examples/hvm-basic.cfg").toString(),
                "memory=300000000");
        assertEquals(ExitCode.CANNOT_PLAN, r.rc());
        assertTrue(r.out().startsWith("{\n    \"error\": {\n        \"exit\": 3,\n        \"diagnostics\": [\n"), r.out());
        assertTrue(r.out().contains("\"source\": \"<command line>\",\n                \"line\": 1,"), r.out());
        assertTrue(r.err().startsWith("<command line>:1:1: error: cannot plan: "), r.err());
        assertEquals("", CliRun.of(state, "plan", ROOT.resolve("examples/hvm-basic.cfg").toString(), "memory=300000000").out(),
                "text mode: stdout stays empty");
    }
}
