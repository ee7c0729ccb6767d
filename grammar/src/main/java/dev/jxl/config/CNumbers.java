package dev.jxl.config;

import java.util.OptionalLong;

/** C's strtol/strtoul as libxlu and xl call them, so numbers mean what they mean to xl. */
final class CNumbers {
    private CNumbers() {
    }

    /** The outcome of one conversion: the value, where parsing stopped, and whether it overflowed. */
    record Parsed(long value, int end, boolean overflow) {
        boolean consumedAll(String s) {
            return end == s.length() && end > 0;
        }
    }

    static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /**
     * strtol(s, &end, base) on a 64-bit long; base 0 picks 16 for "0x", 8 for a leading "0", else
     * 10. {@code end} is 0 when no digits were read (C's "ep == s"). Linear in the text: past 64
     * bits the digits are only counted, as C does (a 100,000-digit value costs one pass).
     */
    static Parsed strtol(String s, int base) {
        Magnitude m = magnitude(s, base);
        if (m == null) {
            return new Parsed(0, 0, false);
        }
        // LONG_MIN itself is representable; every other magnitude past LONG_MAX clamps
        if (m.negative && !m.overflow && m.value == Long.MIN_VALUE) {
            return new Parsed(Long.MIN_VALUE, m.end, false);
        }
        if (m.overflow || m.value < 0) {
            return new Parsed(m.negative ? Long.MIN_VALUE : Long.MAX_VALUE, m.end, true);
        }
        return new Parsed(m.negative ? -m.value : m.value, m.end, false);
    }

    /** strtoul: as strtol, but a '-' negates in unsigned arithmetic and only > ULONG_MAX overflows. */
    static Parsed strtoul(String s, int base) {
        Magnitude m = magnitude(s, base);
        if (m == null) {
            return new Parsed(0, 0, false);
        }
        if (m.overflow) {
            return new Parsed(-1L, m.end, true);
        }
        return new Parsed(m.negative ? -m.value : m.value, m.end, false);
    }

    /** The digits' value as unsigned 64 bits (or that it passed 2^64 - 1), the sign, where they end. */
    private record Magnitude(long value, boolean negative, boolean overflow, int end) {
    }

    /** Blanks, a sign, the base's prefix, then digits; null when there are no digits. */
    private static Magnitude magnitude(String s, int base) {
        int i = 0;
        int n = s.length();
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = base;
        if ((base == 0 || base == 16) && i + 2 < n && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X') && digit(s.charAt(i + 2), 16) >= 0) {
            i += 2;
            radix = 16;
        } else if (base == 0) {
            radix = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        for (int d; i < n && (d = digit(s.charAt(i), radix)) >= 0; i++) {
            // value * radix + d > 2^64 - 1 ?
            if (!overflow && Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, radix)) > 0) {
                overflow = true;
            } else if (!overflow) {
                value = value * radix + d;
            }
        }
        return i == digitsStart ? null : new Magnitude(value, negative, overflow, i);
    }

    /** A C locale digit of {@code radix}: ASCII only (Java's Character.digit also takes other scripts' digits). */
    private static int digit(char c, int radix) {
        int d = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'z' ? c - 'a' + 10
                : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
        return d < radix ? d : -1;
    }

    /** C atoi: leading blanks, sign, decimal digits; anything else stops it; no digits is 0. */
    static int atoi(String s) {
        Parsed p = strtol(s, 10);
        return (int) p.value();
    }

    static OptionalLong wholeDecimal(String s) {
        Parsed p = strtol(s, 10);
        return p.consumedAll(s) && !p.overflow() ? OptionalLong.of(p.value()) : OptionalLong.empty();
    }
}
