package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmReader;
import dev.jxl.grammar.xm.XmTestConfig;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every converted xm config is accepted by the real {@code xl -N create}, and jxl's own dry run of
 * the converted text prints the same libxl JSON (the random c_info uuid aside).
 */
class XmConversionXlOracleTest {

    private static List<XmTestConfig> convertible() {
        return XmTestConfig.all().stream().filter(c -> c.expectedError() == null && c.convertError() == null).toList();
    }

    @Test
    void mostConfigsReachXl() {
        assertTrue(convertible().size() >= 40, "configs compared with xl: " + convertible().size());
    }

    @TestFactory
    Stream<DynamicTest> convertedConfigsMatchXl() {
        XlOracle xl = XlOracle.get();
        return convertible().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            XmCommandLine commandLine = XmCommandLine.parse(c.args(), null);
            XmConversion conversion = XmToXlConverter.convert(XmReader.read(c.source(), c.text(),
                    XmEnvironment.of(c.source(), commandLine.scriptVariables())), c.source(), commandLine);
            String text = conversion.toXlText();
            XlResult real = xl.dryRunText(c.name() + ".cfg", text, List.of());
            assertTrue(real.accepted(), () -> "xl refused the conversion of " + c.name() + ":\n" + real.messages()
                    + "\n" + text);
            LoadedConfig jxl = ConfigLoader.fromText(c.name() + ".cfg", text, List.of());
            assertEquals(real.jsonWithoutUuid().stripTrailing(),
                    XlOracle.withoutUuid(jxl.config().libxl().toJson()).stripTrailing(), text);
        }));
    }
}
