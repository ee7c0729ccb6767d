package dev.jxl.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlConfigWriter;
import dev.jxl.grammar.xl.XlSettings;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmEvaluation;
import dev.jxl.grammar.xm.XmReader;
import dev.jxl.grammar.xm.XmTestConfig;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.jxl.golden.Golden;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden conversions: for each xm test config, the xl config jxl writes and the change report (or
 * the errors), approved under {@code golden/xm/}. Each output must also read back through jxl's own
 * xl reader to exactly the settings written.
 */
class XmConversionGoldenTest {

    @TestFactory
    Stream<DynamicTest> conversions() {
        return XmTestConfig.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> verify(c)));
    }

    static String convertForGolden(XmTestConfig config) {
        XmCommandLine commandLine = XmCommandLine.parse(config.args(), null);
        try {
            XmEvaluation evaluation = XmReader.read(config.source(), config.text(),
                    XmEnvironment.of(config.source(), commandLine.scriptVariables()));
            XmConversion conversion = XmToXlConverter.convert(evaluation, config.source(), commandLine);
            String xl = conversion.toXlText();
            XlSettings reread = XlConfigReader.parse(config.name() + ".xl", xl);
            assertEquals(conversion.settings().size(), reread.effective().size(), "keys written vs read back");
            for (XlConfigWriter.Entry e : conversion.settings()) {
                assertNotNull(reread.effective().get(e.key()), e.key());
                assertEquals(e.value(), reread.effective().get(e.key()).value(), e.key());
            }
            return "=== xl config\n" + xl + "=== report\n" + conversion.report().toText();
        } catch (ConfigException e) {
            return "=== cannot convert\n" + e.diagnostics().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("\n")) + "\n";
        }
    }

    private static void verify(XmTestConfig config) {
        String output = convertForGolden(config);
        if (config.expectedError() != null || config.convertError() != null) {
            assertTrue(output.startsWith("=== cannot convert"), output);
            String expected = config.convertError() != null ? config.convertError() : "raised " + config.expectedError();
            assertTrue(output.contains(expected), output);
        } else {
            assertTrue(output.startsWith("=== xl config"), output);
        }
        Approvals.verify(output, Golden.options("xm", config.name(), ".txt"));
    }

    @TestFactory
    Stream<DynamicTest> reportIsValidJson() {
        return XmTestConfig.all().stream().filter(c -> c.expectedError() == null && c.convertError() == null)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    XmCommandLine cl = XmCommandLine.parse(c.args(), null);
                    XmConversion conversion = XmToXlConverter.convert(XmReader.read(c.source(), c.text(),
                            XmEnvironment.of(c.source(), cl.scriptVariables())), c.source(), cl);
                    String json = conversion.report().toJson();
                    assertTrue(json.startsWith("{\n    \"changes\": [\n") && json.endsWith("]\n}\n"), json);
                    assertEquals(conversion.report().changes().size(),
                            json.split("\"kind\": ", -1).length - 1, json);
                }));
    }

    @org.junit.jupiter.api.Test
    void sharedWritableDiskIsRefusedWithItsPosition() {
        XmTestConfig config = XmTestConfig.load(XmTestConfig.root().resolve("37-disk-shared.cfg"));
        ConfigException e = assertThrows(ConfigException.class, () -> XmToXlConverter.convert(
                XmReader.read(config.source(), config.text(), XmEnvironment.of(config.source(), java.util.Map.of())),
                config.source(), XmCommandLine.parse(java.util.List.of(), null)));
        assertEquals("37-disk-shared.cfg:6:1", e.errors().get(0).position().toString());
    }
}
