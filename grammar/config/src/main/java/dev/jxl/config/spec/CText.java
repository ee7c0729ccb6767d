package dev.jxl.config.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The C library string functions xl's parsers lean on, with their exact edge behaviour: strtoul's
 * whitespace, sign and prefix rules, atoi's truncation, strtok's skipping of empty fields, and
 * xl's split/trim helpers. Positions past the end of the text read as NUL, as in a C string.
 */
public final class CText {
    private CText() {
    }

    /**
     * A number read by strtol or strtoul: its value (strtoul's as unsigned 64 bits), the index after
     * it (the start when no digits were read: C's {@code ep == s}), and whether it overflowed.
     */
    public record Num(long value, int end, boolean overflow) {
        boolean parsedNothing(int start) {
            return end == start;
        }
    }

    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    static boolean isXdigit(char c) {
        return digit(c, 16) >= 0;
    }

    private static int digit(char c, int base) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        return d < base ? d : -1;
    }

    /** What strtoul and strtol read: the magnitude (saturated at 2^64 - 1), its sign and where it ends. */
    private record Scan(long magnitude, boolean negative, int end, boolean overflow) {
    }

    /** glibc's strtoul/strtol scan of s + start: blanks, a sign, a base prefix, digits; null when no digits. */
    private static Scan scan(CharSequence s, int start, int base) {
        int i = start;
        while (isSpace(at(s, i))) {
            i++;
        }
        boolean negative = false;
        if (at(s, i) == '+' || at(s, i) == '-') {
            negative = at(s, i) == '-';
            i++;
        }
        if ((base == 0 || base == 16) && at(s, i) == '0' && (at(s, i + 1) == 'x' || at(s, i + 1) == 'X')
                && digit(at(s, i + 2), 16) >= 0) {
            i += 2;
            base = 16;
        } else if (base == 0) {
            base = at(s, i) == '0' ? 8 : 10;
        }
        int digitsStart = i;
        long v = 0;
        boolean overflow = false;
        int d;
        while ((d = digit(at(s, i), base)) >= 0) {
            if (!overflow) {
                // v * base + d > 2^64 - 1 ?
                if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, base)) > 0) {
                    overflow = true;
                } else {
                    v = v * base + d;
                }
            }
            i++;
        }
        return i == digitsStart ? null : new Scan(overflow ? -1L : v, negative, i, overflow);
    }

    /** strtoul(s + start, &end, base) on a 64-bit C library (unsigned long is 64 bits). */
    public static Num strtoul(CharSequence s, int start, int base) {
        Scan n = scan(s, start, base);
        if (n == null) {
            return new Num(0, start, false); // no digits: endptr = the original pointer
        }
        if (n.overflow) {
            return new Num(-1L, n.end, true);
        }
        return new Num(n.negative ? -n.magnitude : n.magnitude, n.end, false);
    }

    /**
     * strtol(s + start, &end, base) on a 64-bit long: beyond LONG_MIN or LONG_MAX it overflows and
     * gives that bound; base 0 picks 16 for "0x", 8 for a leading "0", else 10.
     */
    public static Num strtol(CharSequence s, int start, int base) {
        Scan n = scan(s, start, base);
        if (n == null) {
            return new Num(0, start, false);
        }
        if (Long.compareUnsigned(n.magnitude, n.negative ? Long.MIN_VALUE : Long.MAX_VALUE) > 0) {
            return new Num(n.negative ? Long.MIN_VALUE : Long.MAX_VALUE, n.end, true);
        }
        return new Num(n.negative ? -n.magnitude : n.magnitude, n.end, false);
    }

    /** strtol(s, NULL, 10) truncated to int, which is what glibc's atoi returns. */
    static int atoi(CharSequence s) {
        return (int) strtol(s, 0, 10).value();
    }

    /** One {@code key=value} of a spec, with the offsets of its key and value in the spec. */
    record KeyValue(String key, String value, int keyAt, int valueAt) {
    }

    /**
     * xl's common spec loop (p9, vtpm, pvcalls, vfb): strtok on ",", leading blanks skipped, split at
     * the first '='; the first token without '=' silently ends the spec.
     */
    static List<KeyValue> keyValues(String spec) {
        List<KeyValue> out = new ArrayList<>();
        for (Token t : options(spec)) {
            String token = t.text();
            int eq = token.indexOf('=');
            if (eq < 0) {
                break;
            }
            out.add(new KeyValue(token.substring(0, eq), token.substring(eq + 1), t.start(), t.start() + eq + 1));
        }
        return out;
    }

    /**
     * The tokens of a comma-separated spec as xl's option loops see them: strtok on ",", each
     * token's leading blanks skipped; a token's start is that of its first non-blank character.
     */
    static List<Token> options(String spec) {
        List<Token> out = new ArrayList<>();
        for (Token t : strtok(spec, ",")) {
            int from = skipBlanks(t.text(), 0);
            out.add(new Token(t.text().substring(from), t.start() + from));
        }
        return out;
    }

    /** A token cut by strtok, with its offset in the original text. */
    record Token(String text, int start) {
    }

    /** All tokens strtok(s, delims) yields: empty fields are skipped. */
    static List<Token> strtok(String s, String delims) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && delims.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && delims.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            out.add(new Token(s.substring(start, i), start));
            i++;
        }
        return out;
    }

    /**
     * xl's split_string_into_string_list. On a text with no token at all xl dereferences NULL and
     * crashes; callers turn the null returned here into an error.
     */
    static List<String> splitStringList(String s, String delim) {
        List<Token> t = strtok(s, delim);
        return t.isEmpty() ? null : t.stream().map(Token::text).toList();
    }

    /**
     * xl's split_string_into_pair: the first two strtok tokens, so {@code a=b=c} gives (a, b) and
     * {@code =b} fails. Null when there are fewer than two tokens.
     */
    static String[] splitPair(String s, String delim) {
        List<Token> t = strtok(s, delim);
        return t.size() < 2 ? null : new String[] {t.get(0).text(), t.get(1).text()};
    }

    /** xl's trim(isspace, …). */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Skips leading spaces (only ' ', as xl's {@code while (*p == ' ') p++}). */
    static int skipBlanks(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** xl's MATCH_OPTION: the value after {@code key=}, or null when the token does not start so. */
    static String option(String token, String key) {
        return token.startsWith(key + "=") ? token.substring(key.length() + 1) : null;
    }

    /** One scanf numeric conversion ({@code %x}, {@code %u}, …): null on a matching failure. */
    static Num scanNumber(CharSequence s, int start, int base) {
        Num n = strtoul(s, start, base);
        return n.parsedNothing(start) ? null : n;
    }

    /** Whether only whitespace remains from {@code start} (scanf reports EOF then). */
    static boolean onlySpaceLeft(CharSequence s, int start) {
        int i = start;
        while (isSpace(at(s, i))) {
            i++;
        }
        return i >= s.length();
    }
}
