package dev.jxl.grammar.xl;

import dev.jxl.grammar.Escapes;

/**
 * Turns a quoted STRING token into its text exactly as libxlu's {@code xlu__cfgl_dequote} does,
 * quirks included. Both quote kinds share one escape set.
 */
final class XlDequoter {

    /** What went wrong, and at which character offset of the token. */
    record Failure(int offset, String message) {
    }

    /** Either the text or the failure. */
    record Result(String text, Failure failure) {
    }

    private XlDequoter() {
    }

    static Result dequote(String token) {
        int end = token.length() - 1; // the closing quote
        StringBuilder out = new StringBuilder(end);
        int p = 1;
        while (p < end) {
            char c = token.charAt(p++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int escapeAt = p - 1;
            char nc = token.charAt(p++);
            int single = Escapes.single(nc);
            if (single >= 0) {
                out.append((char) single);
                continue;
            }
            switch (nc) {
                case 'x' -> {
                    // Quirk: libxlu skips the first hex digit, then wants more than two digits from a
                    // two-character buffer, so every \x escape fails.
                    return new Result(null, new Failure(escapeAt,
                            "invalid \\x escape (xl rejects every \\x escape in quoted strings)"));
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    // Quirk: the "octal" escape is read with strtoul(base 10) from the next three
                    // characters (blanks and a sign allowed), needs two of them consumed, and then
                    // emits nothing: the digits simply vanish.
                    int consumed = strtoulDecimalLength(token, p, Math.min(p + 3, token.length()));
                    if (consumed <= 1) {
                        return new Result(null, new Failure(escapeAt,
                                "invalid numeric escape (xl needs three digits after a backslash)"));
                    }
                    p += consumed;
                }
                default -> {
                    return new Result(null, new Failure(escapeAt,
                            "invalid escape `\\" + nc + "' in quoted string"));
                }
            }
        }
        return new Result(out.toString(), null);
    }

    /** How many characters C's strtoul(s, &ep, 10) consumes from [from, to): 0 when no digits. */
    private static int strtoulDecimalLength(String s, int from, int to) {
        int i = from;
        while (i < to && isCSpace(s.charAt(i))) {
            i++;
        }
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == digits ? 0 : i - from;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }
}
