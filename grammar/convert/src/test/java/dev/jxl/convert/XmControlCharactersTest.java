package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.ConfigException;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlValue;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmEvaluation;
import dev.jxl.grammar.xm.XmLimits;
import dev.jxl.grammar.xm.XmReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Control characters in xm strings: written so libxlu reads back the same string (letter escapes,
 * or raw inside the quotes), and a NUL, which no xl string can hold, refused at its xm option (every
 * option that took a NUL to the xl writer was an internal error).
 */
class XmControlCharactersTest {

    private static XmConversion convert(String text) {
        XmEvaluation ev = XmReader.read("c.cfg", text, XmEnvironment.of("c.cfg", Map.of()), XmLimits.DEFAULT);
        return XmToXlConverter.convert(ev, "c.cfg", XmCommandLine.parse(List.of(), null), XmLimits.DEFAULT);
    }

    @Test
    void controlsAreWrittenSoXlReadsTheSameString() {
        XmConversion c = convert("kernel = '/k'\nname = 'a\\x01b\\tc\\x1bd\\x7fe'\n");
        var read = XlConfigReader.parse("out.cfg", c.toXlText(), List.of());
        assertEquals("a\u0001b\tc\u001bd\u007fe", ((XlValue.Text) read.find("name").orElseThrow().value()).text(),
                c.toXlText());
    }

    @Test
    void aNulIsRefusedAtTheOptionThatHoldsIt() {
        for (String option : List.of("name", "bootloader", "device_model", "bootargs", "extra", "disk", "vif")) {
            boolean list = option.equals("disk") || option.equals("vif");
            String value = list ? "['a\\x00b']" : "'a\\x00b'";
            ConfigException e = assertThrows(ConfigException.class,
                    () -> convert("kernel = '/k'\nmemory = 64\n" + option + " = " + value + "\n"), option);
            assertEquals("c.cfg:3:1", e.diagnostics().get(0).position().toString(), option + ": " + e.getMessage());
            assertTrue(e.diagnostics().get(0).message().contains("holds a NUL (\\x00) at character 2, which no xl string"
                    + " can hold"), option + ": " + e.getMessage());
        }
    }

    @Test
    void theCommentsOfTheOutputEscapeWhatTheyQuote() {
        // an option xl has no key for is named in a comment: a newline in its value must not end the comment
        XmConversion c = convert("kernel = '/k'\nname = 'n'\nvif = ['bridge=b,accel=x\\ny = 1']\n");
        assertTrue(c.toXlText().lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("#") || l.contains(" = ")
                || l.startsWith("    ") || l.equals("]")), c.toXlText());
    }
}
