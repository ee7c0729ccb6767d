package dev.jxl.cli;

import dev.jxl.golden.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;

/**
 * The CLI's surface as a user meets it, pinned: every command's help, the usage errors, how words
 * are read (global options before or after the command, {@code --}, {@code @file}, clusters,
 * {@code =} values), the man page and the bash completion. Whatever builds the command model, these
 * stay byte for byte ({@code golden/cli}).
 */
class CliGoldenTest {
    static final Path ROOT = PlanGoldenTest.ROOT;

    @TempDir
    Path dir;
    Path state;
    Path cfg;
    Path argFile;

    @BeforeEach
    void files() throws IOException {
        state = Files.createDirectories(dir.resolve("state"));
        // a fixed uuid, so -N create prints the same JSON every run
        cfg = dir.resolve("w.cfg");
        Files.writeString(cfg, "name = \"w\"\ntype = \"pv\"\nkernel = \"/k\"\nmemory = 64\n"
                + "uuid = \"5a1c6e7b-0d1e-4f2a-9b3c-4d5e6f708192\"\n", StandardCharsets.ISO_8859_1);
        argFile = dir.resolve("args.txt");
        Files.writeString(argFile, "-N\ncreate\n-q\n" + cfg + "\nmemory=128\n", StandardCharsets.ISO_8859_1);
    }

    private static final List<List<String>> HELP = List.of(
            List.of("--help"), List.of("-h", "create"), List.of("help"), List.of("help", "pmem", "infoblock"),
            List.of("create", "--help"), List.of("check", "--help"), List.of("plan", "--help"), List.of("host", "--help"),
            List.of("host", "capture", "--help"), List.of("convert-xm", "--help"), List.of("pmem", "--help"),
            List.of("pmem", "list", "--help"), List.of("pmem", "setup", "--help"), List.of("pmem", "infoblock", "-h"),
            List.of("pmem", "infoblock", "write", "--help"), List.of("pmem", "infoblock", "read", "--help"),
            List.of("list", "--help"), List.of("destroy", "--help"), List.of("pause", "--help"),
            List.of("unpause", "--help"), List.of("info", "--help"), List.of("acpi", "--help"), List.of("state", "--help"),
            List.of("state", "check", "--help"), List.of("state", "repair", "-h"), List.of("help", "--help"),
            List.of("create", "--help", "-N"), List.of("-N", "list", "-h"));

    @Test
    void everyCommandsHelp() {
        Golden.verify("cli", "help", session(HELP));
    }

    private static final List<List<String>> USAGE_ERRORS = List.of(
            List.of(), List.of("lsit"), List.of("xyzzy"), List.of("--bogus"), List.of("-x", "create"),
            List.of("--backend"), List.of("--backend", "foo", "list"), List.of("--host"), List.of("--dry-run=yes", "list"),
            List.of("create"), List.of("create", "--bogus", "$CFG"), List.of("create", "-c", "$CFG"),
            List.of("create", "-F", "$CFG"), List.of("create", "-f"), List.of("create", "-qx", "$CFG"),
            List.of("check"), List.of("check", "--format", "xml", "$CFG"), List.of("check", "--format"),
            List.of("plan"), List.of("plan", "--diff", "$CFG"), List.of("plan", "--diff", "$CFG", "$CFG", "--diff-host", "a", "b"),
            List.of("plan", "--format", "json", "--diff", "$CFG", "$CFG"), List.of("plan", "--diff", "$CFG", "$CFG", "x"),
            List.of("plan", "--diff-host", "a", "b"), List.of("plan", "--hosts"), List.of("plan", "--pvh-rsdp", "mid", "$CFG"),
            List.of("plan", "--diff", "$CFG", "$CFG", "--diff", "$CFG", "$CFG"), List.of("plan", "--hosts", "a", "--diff", "$CFG", "$CFG"),
            List.of("host"), List.of("host", "capture", "extra"), List.of("host", "capture", "-o"),
            List.of("convert-xm"), List.of("convert-xm", "--vmid", "abc", "x"), List.of("convert-xm", "--format", "yaml", "x"),
            List.of("pmem"), List.of("pmem", "lst"), List.of("pmem", "list", "--format", "xml"), List.of("pmem", "setup"),
            List.of("pmem", "setup", "--mgmt", "1", "2", "--data", "3", "4"), List.of("pmem", "setup", "--mgmt", "1"),
            List.of("pmem", "setup", "--mgmt", "2", "1"), List.of("pmem", "setup", "--mgmt", "x", "1"),
            List.of("pmem", "setup", "--mgmt", "1", "2", "--mgmt-area", "3", "4"), List.of("pmem", "setup", "--data", "1", "2"),
            List.of("pmem", "setup", "--mgmt", "1", "2", "--mgmt", "3", "4"), List.of("pmem", "infoblock"),
            List.of("pmem", "infoblock", "write"), List.of("pmem", "infoblock", "write", "-o", "x", "--mode", "foo"),
            List.of("pmem", "infoblock", "write", "-o", "x", "-s", "12Q"), List.of("pmem", "infoblock", "write", "-o", "x", "-M", "disk"),
            List.of("pmem", "infoblock", "write", "-o", "x", "-u", "nope"), List.of("pmem", "infoblock", "write", "-o", "$STATE/none"),
            List.of("pmem", "infoblock", "read"), List.of("pmem", "infoblock", "read", "-p", "nope", "f"),
            List.of("pmem", "infoblock", "read", "--start", "-1", "f"), List.of("pmem", "infoblock", "wrte"),
            List.of("list", "--format", "xml"), List.of("list", "--formt", "json"), List.of("list", "-l", "--format", "json"),
            List.of("destroy"), List.of("destroy", "a", "b"), List.of("pause"), List.of("unpause", "-x", "a"),
            List.of("info", "extra"), List.of("acpi", "$CFG"), List.of("acpi", "-o"), List.of("state"), List.of("state", "chek"),
            List.of("state", "check", "extra"), List.of("help", "craete"), List.of("help", "pmem", "nope"),
            List.of("help", "keys", "mmio_hloe"), List.of("-N", "-N", "list"), List.of("list", "-l", "-l"),
            List.of("--backend", "sim", "--backend", "xl", "list"), List.of("create", "-N", "-N", "$CFG"),
            List.of("@$STATE/no-such-args-file"));

    @Test
    void usageErrors() {
        Golden.verify("cli", "usage-errors", session(USAGE_ERRORS));
    }

    private static final List<List<String>> WORDS = List.of(
            List.of("-N", "create", "-q", "$CFG"), List.of("create", "-N", "-q", "$CFG"), List.of("create", "$CFG", "-q", "-N"),
            List.of("--dry-run", "create", "$CFG", "memory=96"), List.of("create", "-nq", "$CFG"), List.of("-Nv", "create", "-q", "$CFG"),
            List.of("create", "-N", "-q", "-f", "$CFG", "memory=80"), List.of("create", "-N", "-q", "--defconfig=$CFG"),
            List.of("-N", "create", "-q", "--", "$CFG", "-N"), List.of("@$ARGS"), List.of("create", "@$ARGS"),
            List.of("--backend=sim", "-N", "create", "-q", "$CFG"), List.of("-N", "--backend", "sim", "create", "-q", "$CFG"),
            List.of("check", "$CFG", "-v"), List.of("-v", "check", "$CFG"), List.of("check", "--", "$CFG"),
            List.of("check", "--format=json", "$CFG", "$CFG"), List.of("check", "$CFG", "--format", "json", "$CFG"),
            List.of("create", "-pq", "$CFG"), List.of("list"), List.of("list", "--format", "json"), List.of("list", "w"),
            List.of("-N", "pause", "w"), List.of("pause", "w"), List.of("list", "--long", "w"), List.of("unpause", "w"),
            List.of("destroy", "--", "w"), List.of("list", "-l"), List.of("info"), List.of("pmem", "list"),
            List.of("pmem", "list", "--format=json"), List.of("-N", "pmem", "setup", "--mgmt", "0x4080000", "0x4090000"),
            List.of("pmem", "setup", "-N", "--data", "0x4090000", "0x40a0000", "--mgmt-area", "0x4080000", "0x4090000"),
            List.of("state", "check"), List.of("-N", "state", "repair"), List.of("help", "keys", "memory", "vcpus"),
            List.of("--version", "create", "--bogus"), List.of("create", "--bogus", "-h"));

    @Test
    void howWordsAreRead() {
        Golden.verify("cli", "words", session(WORDS));
    }

    /** The man page without its CONFIG KEYS section (the key schema's, pinned by HelpCommandTest). */
    @Test
    void manPage() {
        String man = GenerateDocs.manPage(Jxl.newCommandLine(sink(), sink()), "jxl test");
        int keys = man.indexOf(".SH CONFIG KEYS\n");
        int exit = man.indexOf(".SH EXIT STATUS\n");
        Golden.verify("cli", "jxl.1", man.substring(0, keys) + ".SH CONFIG KEYS\n(KeyTable.roff)\n" + man.substring(exit));
    }

    @Test
    void bashCompletion() {
        Golden.verify("cli", "bash-completion", AutoComplete.bash("jxl", Jxl.newCommandLine(sink(), sink())));
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }

    private String session(List<List<String>> runs) {
        StringBuilder b = new StringBuilder();
        for (List<String> run : runs) {
            List<String> args = new ArrayList<>();
            for (String a : run) {
                args.add(a.replace("$CFG", cfg.toString()).replace("$ARGS", argFile.toString())
                        .replace("$STATE", state.toString()));
            }
            CliRun r = CliRun.of(state, args.toArray(String[]::new));
            b.append("$ jxl ").append(String.join(" ", run)).append('\n').append(r.out());
            if (!r.err().isEmpty()) {
                b.append("--- stderr\n").append(r.err());
            }
            b.append("[exit ").append(r.rc()).append("]\n\n");
        }
        return b.toString().replace(cfg.toString(), "$CFG").replace(argFile.toString(), "$ARGS")
                .replace(state.toString(), "$STATE").replace(ROOT + "/", "");
    }
}
