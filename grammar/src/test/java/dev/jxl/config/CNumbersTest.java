package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** strtol(base 0) as libxlu uses it: what each xl number spelling means. */
class CNumbersTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {
        "512|512", "0x200|512", "0X10|16", "010|8", "+0x20|32", "' 512'|512", "-5|-5", "0|0",
        "9223372036854775807|9223372036854775807", "-9223372036854775808|-9223372036854775808"})
    void wholeNumbers(String text, long value) {
        CNumbers.Parsed p = CNumbers.strtol(text, 0);
        assertTrue(p.consumedAll(text), text);
        assertFalse(p.overflow());
        assertEquals(value, p.value());
    }

    @ParameterizedTest(name = "''{0}'' stops at {1}")
    @CsvSource(delimiter = '|', value = {"08|1", "1e3|1", "0x|1", "'512 '|3", "0x1g|3", "abc|0", "''|0"})
    void partialOrNoNumber(String text, int end) {
        assertEquals(end, CNumbers.strtol(text, 0).end());
    }

    @ParameterizedTest
    @CsvSource({"99999999999999999999", "-99999999999999999999", "0xffffffffffffffffff"})
    void overflowIsReported(String text) {
        assertTrue(CNumbers.strtol(text, 0).overflow());
    }
}
