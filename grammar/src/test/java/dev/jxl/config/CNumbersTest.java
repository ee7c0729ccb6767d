package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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

    @ParameterizedTest(name = "strtoul ''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {"18446744073709551615|-1", "0xffffffffffffffff|-1", "-1|-1",
        "9223372036854775808|-9223372036854775808", "-0x10|-16"})
    void strtoulTakesTheWhole64Bits(String text, long value) {
        CNumbers.Parsed p = CNumbers.strtoul(text, 0);
        assertFalse(p.overflow(), text);
        assertEquals(value, p.value());
    }

    @ParameterizedTest
    @CsvSource({"18446744073709551616", "-18446744073709551616", "0x10000000000000000"})
    void strtoulOverflowsPast64Bits(String text) {
        CNumbers.Parsed p = CNumbers.strtoul(text, 0);
        assertTrue(p.overflow(), text);
        assertEquals(-1L, p.value());
    }

    @Test
    void onlyAsciiDigitsCount() {
        // C's strtol reads no other script's digits: U+0661 (Arabic-Indic one), U+FF11 (fullwidth one)
        assertEquals(0, CNumbers.strtol("\u0661", 0).end());
        assertEquals(1, CNumbers.strtol("1\uff11", 0).end());
    }

    @Test
    void aMillionDigitsTakeOnePass() {
        // it was quadratic (a BigInteger grown digit by digit): a 1,000,000-digit value took minutes
        String digits = "7".repeat(1_000_000);
        CNumbers.Parsed p = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CNumbers.strtol(digits, 0));
        assertTrue(p.overflow());
        assertEquals(Long.MAX_VALUE, p.value());
        assertEquals(digits.length(), p.end());
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CNumbers.strtoul("-" + digits, 10)).overflow());
    }
}
