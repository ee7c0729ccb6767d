package dev.jxl.grammar.xm;

import dev.jxl.grammar.Escapes;

/**
 * Decodes a STRING token as Python does: raw ({@code r'…'}) or with escapes, one or three quotes.
 * Where Python 2 (xend) and Python 3 would give different strings — {@code u''} literals (Python 2's
 * unicode type, which xend dropped), {@code b''}, {@code \\u}/{@code \\U}/{@code \\N} escapes and octal
 * escapes beyond one byte — the literal is refused rather than guessed.
 */
final class XmStrings {
    private XmStrings() {
    }

    /** The decoded text; failures are PyErrors whose message names the literal's problem. */
    static String decode(String token) {
        int p = 0;
        boolean raw = false;
        while (p < token.length() && token.charAt(p) != '\'' && token.charAt(p) != '"') {
            char c = Character.toLowerCase(token.charAt(p++));
            if (c == 'r') {
                raw = true;
            } else if (c == 'u') {
                throw PyError.refused("u'' literals are unicode in Python 2, a type xend dropped;"
                        + " write a plain string");
            } else {
                throw PyError.refused("b'' (bytes) literals are outside the Python subset");
            }
        }
        String quotes = token.startsWith("'''", p) || token.startsWith("\"\"\"", p) ? token.substring(p, p + 3)
                : token.substring(p, p + 1);
        String body = token.substring(p + quotes.length(), token.length() - quotes.length());
        return raw ? body : unescape(body);
    }

    private static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            int single = Escapes.single(e);
            if (single >= 0) {
                out.append((char) single);
                continue;
            }
            switch (e) {
                case '\n' -> {
                    // a backslash at the end of a line joins the lines
                }
                case 'x' -> {
                    if (i + 2 > body.length() || !isHex(body.charAt(i)) || !isHex(body.charAt(i + 1))) {
                        throw PyError.python("SyntaxError", "truncated \\xXX escape");
                    }
                    out.append((char) Integer.parseInt(body.substring(i, i + 2), 16));
                    i += 2;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    if (value > 0xff) {
                        throw PyError.refused("octal escape \\" + Integer.toOctalString(value)
                                + " is beyond one byte (Python 2 and 3 disagree)");
                    }
                    out.append((char) value);
                }
                case 'u', 'U', 'N' -> throw PyError.refused("the \\" + e
                        + " escape means different things in Python 2 and 3; write the character itself");
                default -> out.append('\\').append(e); // Python keeps unknown escapes as written
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
