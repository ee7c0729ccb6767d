package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * jxl --help and --version build only what they print (names and descriptions of the subcommands,
 * or nothing of them), and print exactly what they print with every subcommand built.
 */
class TopLevelHelpTest {
    @TempDir
    Path state;

    private static String fullHelp() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        CommandLine all = Jxl.newCommandLine(out, out); // every subcommand, as for a usage error
        all.usage(out);
        out.flush();
        return text.toString();
    }

    @Test
    void helpIsTheHelpOfEveryCommandBuilt() {
        String full = fullHelp();
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("-v", "--help"),
                List.of("--host", "h.json", "--help"), List.of("--backend=xl", "-h"))) {
            CliRun r = CliRun.of(state, args.toArray(String[]::new));
            assertEquals(0, r.rc(), args + ": " + r.err());
            assertEquals(full, r.out(), args.toString());
        }
    }

    /** `jxl --help create` listed create alone among the commands. */
    @Test
    void helpBeforeACommandListsEveryCommand() {
        CliRun r = CliRun.of(state, "--help", "create");
        assertEquals(0, r.rc(), r.err());
        assertEquals(fullHelp(), r.out());
    }

    @Test
    void versionIsTheSameAndBuildsNoSubcommand() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Jxl.newCommandLine(out, out).printVersionHelp(out);
        out.flush();
        CliRun r = CliRun.of(state, "--version");
        assertEquals(0, r.rc(), r.err());
        assertEquals(text.toString(), r.out());
        assertTrue(r.out().startsWith("jxl "), r.out());
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertEquals(0, Jxl.newCommandLine(sink, sink, new String[] {"-V"}).getSubcommands().size());
    }

    @Test
    void helpBuildsSummariesOnly() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine help = Jxl.newCommandLine(sink, sink, new String[] {"--help"});
        assertEquals(List.copyOf(Jxl.SUBCOMMANDS.keySet()), List.copyOf(help.getSubcommands().keySet()));
        help.getSubcommands().values().forEach(sub -> assertEquals(null, sub.getCommandSpec().userObject(),
                sub.getCommandName() + " was built from its class"));
    }

    /** A word that is no global option or command gets every command built, as before. */
    @Test
    void anyOtherWordGetsEveryCommand() {
        for (String[] args : List.of(new String[] {"--help", "lsit"}, new String[] {"-hv"})) {
            CliRun r = CliRun.of(state, args);
            assertEquals(0, r.rc(), r.err());
            assertEquals(fullHelp(), r.out(), List.of(args).toString());
        }
        CliRun unknown = CliRun.of(state, "--bogus");
        assertEquals(ExitCode.USAGE, unknown.rc());
        assertTrue(unknown.err().startsWith("jxl: error: unknown option '--bogus'"), unknown.err());
    }
}
