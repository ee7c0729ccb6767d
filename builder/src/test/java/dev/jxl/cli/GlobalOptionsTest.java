package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The global options are declared on jxl alone and read from there: given before the command name,
 * after it, or after a nested command's name, they mean the same; the last word wins; a value not
 * given is the default.
 */
class GlobalOptionsTest {
    private static GlobalOptions global(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine.ParseResult parsed = Jxl.newCommandLine(sink, sink).parseArgs(args);
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return new Words(parsed.commandSpec()).global();
    }

    @Test
    void theWordScanKnowsEveryGlobalOptionAsDeclared() {
        java.util.Set<String> withValues = new java.util.HashSet<>();
        java.util.Set<String> flags = new java.util.HashSet<>();
        for (Object row : GlobalOptions.rows()) {
            CommandLine.Model.OptionSpec option = ((CommandLine.Model.OptionSpec.Builder) row).build();
            (option.arity().max() > 0 ? withValues : flags).addAll(List.of(option.names()));
        }
        assertEquals(withValues, Jxl.OPTIONS_WITH_VALUES, "global options that take a value");
        assertEquals(flags, Jxl.GLOBAL_FLAGS, "global flags");
    }

    @Test
    void beforeOrAfterTheCommandNameMeanTheSame() {
        for (List<String> args : List.of(
                List.of("-N", "-v", "--backend", "xl", "--host", "h.json", "--state-dir", "s", "create", "x.cfg"),
                List.of("create", "-N", "-v", "--backend=xl", "--host=h.json", "--state-dir", "s", "x.cfg"),
                List.of("-Nv", "--backend", "xl", "pmem", "--host", "h.json", "setup", "--state-dir", "s", "--mgmt", "1", "2"))) {
            GlobalOptions g = global(args.toArray(String[]::new));
            assertTrue(g.dryRun(), args.toString());
            assertTrue(g.verbose(), args.toString());
            assertEquals(GlobalOptions.Backend.xl, g.backend(), args.toString());
            assertEquals(Path.of("h.json"), g.host(), args.toString());
            assertEquals(Path.of("s"), g.stateDir(), args.toString());
        }
    }

    @Test
    void notGivenIsTheDefaultAndTheLastWordWins() {
        GlobalOptions none = global("info");
        assertFalse(none.dryRun());
        assertFalse(none.verbose());
        assertEquals(GlobalOptions.Backend.sim, none.backend());
        assertNull(none.host());
        assertNull(none.stateDir());
        assertEquals(GlobalOptions.Backend.sim, global("--backend", "xl", "info", "--backend", "sim").backend());
        assertEquals(GlobalOptions.Backend.xl, global("--backend", "sim", "info", "--backend", "xl").backend());
    }

    /** Backends keep what they learn of the live host per instance: one per run, read once. */
    @Test
    void oneInstancePerRun() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine.ParseResult parsed = Jxl.newCommandLine(sink, sink).parseArgs("info");
        Words words = new Words(parsed.subcommand().commandSpec());
        assertTrue(words.global() == words.global());
    }
}
