package dev.jxl.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A test skipped for a missing oracle says why on stderr, naming itself, not only in the XML report. */
class OraclesTest {
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void aMissingOracleIsReportedOnStderrWithTheTestsName() {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Throwable thrown = null;
        try {
            Oracles.assumeOracle(false, "frob is not installed (Debian package frob)");
        } catch (TestAbortedException | AssertionError e) {
            thrown = e;
        } finally {
            System.setErr(saved);
        }
        if (thrown == null) {
            fail("a missing oracle neither skipped nor failed the test");
        }
        boolean required = Oracles.oraclesRequired();
        // a skip must not be turned into a failure, or a failure into a skip, by the report
        Class<? extends Throwable> expected = required ? AssertionError.class : TestAbortedException.class;
        assertInstanceOf(expected, thrown);
        assertEquals("OraclesTest.aMissingOracleIsReportedOnStderrWithTheTestsName: " + (required ? "FAILED" : "SKIPPED")
                + ": oracle unavailable: frob is not installed (Debian package frob)\n",
                stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOracleThatIsThereIsSilent() {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            Oracles.assumeOracle(true, "never printed");
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }
}
