package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.ConfigKey;
import dev.jxl.config.KeySchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jxl help}: a command's help as xl help COMMAND; {@code help keys} and the man page from the key schema. */
class HelpCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpKeysListsEveryDeclaredKeyOnceWithItsUnitAndDefault() {
        CliRun r = CliRun.of(dir, "help", "keys");
        assertEquals(0, r.rc(), r.err());
        List<String> rows = Arrays.stream(r.out().split("\n"))
                .filter(l -> !l.isEmpty() && !l.startsWith("KEY ") && !l.endsWith(":")).toList();
        assertEquals(KeySchema.all().stream().map(ConfigKey::name).toList(),
                rows.stream().map(l -> l.split(" +")[0]).toList());
        String memory = rows.stream().filter(l -> l.startsWith("memory ")).findFirst().orElseThrow();
        assertTrue(memory.contains("number, MiB") && memory.contains("= maxmem, else 32"), memory);
        String builder = rows.stream().filter(l -> l.startsWith("builder ")).findFirst().orElseThrow();
        assertTrue(builder.endsWith("deprecated since Xen 4.10, use type"), builder);
        assertTrue(r.out().contains("jxl's own keys (never passed to xl):\n"), r.out());
    }

    @Test
    void helpKeysNamesSomeAndRefusesAnUnknownOneWithADidYouMean() {
        CliRun some = CliRun.of(dir, "help", "keys", "mmio_hole", "vnvdimms");
        assertEquals(0, some.rc(), some.err());
        assertEquals(2, some.out().lines().filter(l -> l.startsWith("mmio_hole ") || l.startsWith("vnvdimms ")).count());
        assertEquals(4 + 2, some.out().lines().filter(l -> !l.isEmpty()).count(), some.out());
        CliRun typo = CliRun.of(dir, "help", "keys", "mmio_hloe");
        assertEquals(ExitCode.USAGE, typo.rc());
        assertTrue(typo.err().contains("`mmio_hloe' is not an xl.cfg key jxl knows; did you mean `mmio_hole'?"), typo.err());
    }

    @Test
    void helpCommandIsThatCommandsHelp() {
        assertEquals(CliRun.of(dir, "create", "--help").out(), CliRun.of(dir, "help", "create").out());
        assertEquals(CliRun.of(dir, "pmem", "setup", "--help").out(), CliRun.of(dir, "help", "pmem", "setup").out());
        assertEquals(CliRun.of(dir, "--help").out(), CliRun.of(dir, "help").out());
        CliRun bad = CliRun.of(dir, "help", "craete");
        assertEquals(ExitCode.USAGE, bad.rc());
        assertTrue(bad.err().contains("no command `craete'; one of: create,"), bad.err());
    }

    @Test
    void theManPageListsEveryKey() {
        String man = GenerateDocs.manPage(Jxl.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())), "jxl test");
        assertTrue(man.contains(".SH CONFIG KEYS\n"), man);
        for (ConfigKey k : KeySchema.all()) {
            assertTrue(man.contains(".TP\n.B " + GenerateDocs.roff(k.name()) + "\n"), k.name());
        }
        assertTrue(man.contains(".B memory\n\\fInumber, MiB\\fR, default = maxmem, else 32, all: memory at start\n"), man);
    }
}
