package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmReader;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What xl does with an xm option holding a dict (Oracle VM's {@code ib_pkeys}): its parser has no
 * dict syntax, so it refuses the whole file; the conversion drops the option and xl accepts the rest.
 */
class XmDictConversionXlOracleTest {

    private static final String XM = "name = 'ovm'\nkernel = '/boot/vmlinuz'\nmemory = 512\n"
            + "ib_pkeys = [{'pf': '03:00.0'}]\n";

    @Test
    void xlRefusesTheDictAndAcceptsTheConversion() {
        XlOracle xl = XlOracle.get();
        XlResult raw = xl.dryRunText("ovm.cfg", XM, List.of());
        assertFalse(raw.accepted(), raw.messages());
        assertTrue(raw.parseFailed(), raw.messages());

        XmConversion conversion = XmToXlConverter.convert(XmReader.read("ovm.cfg", XM,
                XmEnvironment.of("ovm.cfg", Map.of())), "ovm.cfg", XmCommandLine.parse(List.of(), null));
        assertFalse(conversion.toXlText().contains("ib_pkeys"), conversion.toXlText());
        assertTrue(conversion.report().toText().contains("ovm.cfg:4:1: dropped: ib_pkeys: not an xm option"),
                conversion.report().toText());
        XlResult converted = xl.dryRunText("ovm.cfg", conversion.toXlText(), List.of());
        assertTrue(converted.accepted(), converted.messages() + "\n" + conversion.toXlText());
    }
}
