package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.ConfigException;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmEvaluation;
import dev.jxl.grammar.xm.XmLimits;
import dev.jxl.grammar.xm.XmReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The converted xl config (with its report) is bounded by the output budget. */
class XmOutputBudgetTest {

    private static XmConversion convert(String text, XmLimits limits) {
        XmEvaluation ev = XmReader.read("big.cfg", text, XmEnvironment.of("big.cfg", Map.of()), limits);
        return XmToXlConverter.convert(ev, "big.cfg", XmCommandLine.parse(List.of(), null), limits);
    }

    @Test
    void manyLargeOptionsAreRefusedBeforeTheyAreWritten() {
        // each value is within the value-size budget; together they would write about 8 MB
        String text = "kernel = '/k'\na = 'x' * 1000000\ndisk = [a] * 4\nvif = [a] * 4\n";
        ConfigException e = assertThrows(ConfigException.class, () -> convert(text, XmLimits.DEFAULT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertTrue(e.getMessage().contains("the output budget is 4194304"), e.getMessage());
        assertEquals("big.cfg:3:1", e.diagnostics().get(0).position().toString(), e.getMessage());
    }

    @Test
    void theWrittenTextCountsEscapes() {
        // 600 tabs become 1200 characters of \t escapes in the xl file
        String text = "kernel = '/k'\nextra = '\\t' * 600\n";
        XmLimits limits = XmLimits.DEFAULT.withMaxXlChars(1000);
        assertTrue(convert(text, XmLimits.DEFAULT).toXlText().length() > 1000);
        ConfigException e = assertThrows(ConfigException.class, () -> convert(text, limits));
        assertTrue(e.getMessage().contains("the output budget is 1000"), e.getMessage());
    }

    @Test
    void aNormalConversionIsFarBelowTheBudget() {
        XmConversion c = convert("kernel = '/k'\nname = 'a'\ndisk = ['phy:/dev/sda,xvda,w']\n", XmLimits.DEFAULT);
        assertTrue(c.toXlText().length() < 1000, c.toXlText());
    }
}
