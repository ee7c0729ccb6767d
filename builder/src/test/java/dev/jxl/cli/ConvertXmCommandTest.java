package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.ConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `jxl convert-xm` as a user runs it: the xl text, the report on stderr, exit codes. */
class ConvertXmCommandTest {
    static final Path XM = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize()
            .resolve("grammar/test-support/xm");

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int jxl(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jxl.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return rc;
    }

    @Test
    void convertsToXlThatJxlReadsBack() {
        assertEquals(0, jxl("convert-xm", XM.resolve("02-xmexample2-vmid.cfg").toString(), "--vmid", "3"));
        assertTrue(out.contains("name = "), out);
        assertTrue(!err.isEmpty(), "the change report goes to stderr");
        // what it printed is a config jxl (and so xl) accepts
        ConfigLoader.fromText("converted.cfg", out, List.of());
    }

    @Test
    void writesTheFileWithDashOAndAJsonReport() throws Exception {
        Path target = tmp.resolve("out.cfg");
        assertEquals(0, jxl("convert-xm", XM.resolve("01-xmexample1.cfg").toString(), "-o", target.toString(),
                "--format", "json"));
        assertEquals("", out);
        assertTrue(err.startsWith("{"), err);
        String xl = new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1);
        ConfigLoader.fromText(target.toString(), xl, List.of());
    }

    @Test
    void codeThatWouldRunIsRefusedWithAPosition() throws Exception {
        Path evil = tmp.resolve("evil.cfg");
        Files.writeString(evil, "name = 'x'\nmemory = __import__('os').system('true')\n");
        assertEquals(ExitCode.CONFIG_ERROR, jxl("convert-xm", evil.toString()));
        assertTrue(err.startsWith(evil + ":2:"), err);
    }
}
