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
     * 10. {@code end} is 0 when no digits were read (C's "ep == s").
     */
    static Parsed strtol(String s, int base) {
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
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
            i += 2;
            radix = 16;
        } else if (base == 0) {
            radix = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        int digitsStart = i;
        java.math.BigInteger acc = java.math.BigInteger.ZERO;
        long value = 0;
        boolean big = false;
        while (i < n) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            if (!big) {
                long next = value * radix + d;
                if (value > (Long.MAX_VALUE - d) / radix) {
                    big = true;
                    acc = java.math.BigInteger.valueOf(value).multiply(java.math.BigInteger.valueOf(radix))
                            .add(java.math.BigInteger.valueOf(d));
                } else {
                    value = next;
                }
            } else {
                acc = acc.multiply(java.math.BigInteger.valueOf(radix)).add(java.math.BigInteger.valueOf(d));
            }
            i++;
        }
        if (i == digitsStart) {
            return new Parsed(0, 0, false);
        }
        if (big) {
            // LONG_MIN itself is representable
            if (negative && acc.equals(java.math.BigInteger.ONE.shiftLeft(63))) {
                return new Parsed(Long.MIN_VALUE, i, false);
            }
            return new Parsed(negative ? Long.MIN_VALUE : Long.MAX_VALUE, i, true);
        }
        return new Parsed(negative ? -value : value, i, false);
    }

    /** strtoul: as strtol, but a '-' negates in unsigned arithmetic and only > ULONG_MAX overflows. */
    static Parsed strtoul(String s, int base) {
        Parsed p = strtol(s.replaceFirst("^(\\s*)-", "$1"), base);
        boolean negative = s.stripLeading().startsWith("-");
        if (p.end() == 0) {
            return p;
        }
        // values between LONG_MAX and ULONG_MAX are fine for strtoul
        if (p.overflow()) {
            java.math.BigInteger v = new java.math.BigInteger(digitsOf(s, base));
            if (v.bitLength() <= 64) {
                long raw = v.longValue();
                return new Parsed(negative ? -raw : raw, p.end(), false);
            }
            return new Parsed(-1L, p.end(), true);
        }
        return new Parsed(negative ? -p.value() : p.value(), p.end(), false);
    }

    private static String digitsOf(String s, int base) {
        String t = s.strip().replaceFirst("^[+-]", "");
        if ((base == 0 || base == 16) && (t.startsWith("0x") || t.startsWith("0X"))) {
            int end = 2;
            while (end < t.length() && Character.digit(t.charAt(end), 16) >= 0) {
                end++;
            }
            return new java.math.BigInteger(t.substring(2, end), 16).toString();
        }
        int radix = base == 0 ? (t.startsWith("0") ? 8 : 10) : base;
        int end = 0;
        while (end < t.length() && Character.digit(t.charAt(end), radix) >= 0) {
            end++;
        }
        return new java.math.BigInteger(t.substring(0, end), radix).toString();
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
