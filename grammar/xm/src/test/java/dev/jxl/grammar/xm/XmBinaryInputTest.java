package dev.jxl.grammar.xm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.diag.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not text (an executable, an image) is refused with one positioned line. */
class XmBinaryInputTest {

    private static final byte[] ELF_START = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e};

    @Test
    void executableIsOneError(@TempDir Path dir) throws Exception {
        Path elf = dir.resolve("ls");
        byte[] bytes = new byte[200_000];
        System.arraycopy(ELF_START, 0, bytes, 0, ELF_START.length);
        for (int i = ELF_START.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31); // many NULs and control bytes, as in a real binary
        }
        Files.write(elf, bytes);
        ConfigException e = assertThrows(ConfigException.class,
                () -> XmReader.readFile(elf, XmEnvironment.of(elf.toString(), Map.of()), XmLimits.DEFAULT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertEquals(elf + ":1:1: error: not a text file (NUL byte at offset 7)", e.diagnostics().get(0).toString());
    }

    @Test
    void nulInTextIsRefusedWherePythonRefusesIt() {
        String text = "name = 'a'\nkernel = '/k\0'\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> XmReader.read("nul.cfg", text, XmEnvironment.of("nul.cfg", Map.of())));
        assertEquals(1, e.diagnostics().size());
        assertEquals("nul.cfg:1:1: error: not a text file (NUL byte at offset 23)", e.diagnostics().get(0).toString());
    }

    @Test
    void endlessFileIsReadOnlyToTheSourceBudget(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.cfg");
        Files.write(big, "#".repeat(XmLimits.DEFAULT.maxSourceChars() * 3).getBytes(StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> XmReader.readText(big, XmLimits.DEFAULT));
        assertEquals(1, e.diagnostics().size());
        assertEquals(big + ":1:1", e.diagnostics().get(0).position().toString());
    }

    @Test
    void textFileIsReadByteForByte(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("ok.cfg");
        Files.write(cfg, "name = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        XmEvaluation ev = XmReader.readFile(cfg, XmEnvironment.of(cfg.toString(), Map.of()), XmLimits.DEFAULT);
        assertEquals(new PyValue.Str("caf\u00e9"), ev.find("name").orElseThrow().value());
    }
}
