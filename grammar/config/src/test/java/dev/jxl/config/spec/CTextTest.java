package dev.jxl.config.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** strtol/strtoul(base 0) as libxlu and xl use them, and atoi: what each number spelling means to xl. */
class CTextTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {
        "512|512", "0x200|512", "0X10|16", "010|8", "+0x20|32", "' 512'|512", "-5|-5", "0|0",
        "9223372036854775807|9223372036854775807", "-9223372036854775808|-9223372036854775808"})
    void wholeNumbers(String text, long value) {
        CText.Num p = CText.strtol(text, 0, 0);
        assertEquals(text.length(), p.end(), text);
        assertFalse(p.overflow());
        assertEquals(value, p.value());
    }

    @ParameterizedTest(name = "''{0}'' stops at {1}")
    @CsvSource(delimiter = '|', value = {"08|1", "1e3|1", "0x|1", "'512 '|3", "0x1g|3", "abc|0", "''|0",
        // C's digits are ASCII only: an Arabic-Indic or fullwidth digit is no digit
        "\u0661\u0662|0", "1\uff12|1"})
    void partialOrNoNumber(String text, int end) {
        assertEquals(end, CText.strtol(text, 0, 0).end());
        assertEquals(end, CText.strtoul(text, 0, 0).end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"99999999999999999999|9223372036854775807", "-99999999999999999999|-9223372036854775808",
        "0xffffffffffffffffff|9223372036854775807", "9223372036854775808|9223372036854775807",
        "-9223372036854775809|-9223372036854775808"})
    void strtolOverflowsToTheBound(String text, long bound) {
        CText.Num p = CText.strtol(text, 0, 0);
        assertTrue(p.overflow());
        assertEquals(bound, p.value());
    }

    /** strtoul: up to ULONG_MAX is fine, and '-' negates in unsigned arithmetic. */
    @ParameterizedTest(name = "''{0}'' = {1} (unsigned)")
    @CsvSource(delimiter = '|', value = {"18446744073709551615|-1", "0xffffffffffffffff|-1",
        "9223372036854775808|-9223372036854775808", "-1|-1", "-0x10|-16", "' +7'|7"})
    void strtoulValues(String text, long bits) {
        CText.Num p = CText.strtoul(text, 0, 0);
        assertFalse(p.overflow());
        assertEquals(bits, p.value());
    }

    @ParameterizedTest
    @CsvSource({"18446744073709551616", "-18446744073709551616", "0x10000000000000000"})
    void strtoulOverflowsToUlongMax(String text) {
        CText.Num p = CText.strtoul(text, 0, 0);
        assertTrue(p.overflow());
        assertEquals(-1L, p.value());
    }

    /** atoi is strtol(base 10) cut to int: no hex, saturation before the cut. */
    @ParameterizedTest(name = "atoi(''{0}'') = {1}")
    @CsvSource(delimiter = '|', value = {"42|42", "' -7x'|-7", "0x10|0", "4294967297|1",
        "99999999999999999999|-1", "''|0"})
    void atoi(String text, int value) {
        assertEquals(value, CText.atoi(text));
    }

    @org.junit.jupiter.api.Test
    void onlyAsciiDigitsCount() {
        // C's strtol reads no other script's digits: U+0661 (Arabic-Indic one), U+FF11 (fullwidth one)
        assertEquals(0, CText.strtol("\u0661", 0, 0).end());
        assertEquals(1, CText.strtol("1\uff11", 0, 0).end());
    }

    @org.junit.jupiter.api.Test
    void aMillionDigitsAreReadInOnePass() {
        // a quadratic reader (a BigInteger grown digit by digit) took minutes here; the limit only stops a hang
        String digits = "7".repeat(1_000_000);
        CText.Num n = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CText.strtol(digits, 0, 0));
        assertTrue(n.overflow());
        assertEquals(Long.MAX_VALUE, n.value());
        assertEquals(digits.length(), n.end());
        assertTrue(CText.strtoul("-" + digits, 0, 10).overflow());
    }
}
