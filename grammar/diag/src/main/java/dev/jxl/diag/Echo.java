package dev.jxl.diag;

/**
 * How input text is shown in a message: control characters escaped (a diagnostic is one line of
 * plain text, whatever bytes the input held), and a value the message quotes cut to its head, so an
 * error about a 100,000-digit number is one short line.
 */
public final class Echo {
    /** The characters of a value a message shows; the rest is counted, not printed. */
    public static final int VALUE_CHARS = 64;

    private Echo() {
    }

    /**
     * A value as a message quotes it: its first {@value #VALUE_CHARS} characters and "…" with its
     * length when it is longer, control characters escaped.
     */
    public static String value(String s) {
        if (s.length() <= VALUE_CHARS) {
            return escape(s);
        }
        int cut = VALUE_CHARS;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return escape(s.substring(0, cut)) + "… (" + s.length() + " characters)";
    }

    /**
     * The text with every control character (C0, DEL, C1) and line or paragraph separator written as
     * an escape: {@code \t}, {@code \n}, {@code \r}, else {@code \xNN} below 0x100, else a backslash,
     * {@code u} and four hex digits.
     * A backslash stays as it is: the escapes are for a reader, not for parsing back.
     */
    public static String escape(String s) {
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                b.append(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
    }
}
