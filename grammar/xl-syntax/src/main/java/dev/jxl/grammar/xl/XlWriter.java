package dev.jxl.grammar.xl;

import java.util.stream.Collectors;

/**
 * Writes values in xl syntax that libxlu reads back to the same value. Strings are single-quoted
 * unless they contain a single quote and no double quote. The controls with a letter escape are
 * written escaped; libxlu's lexer takes any other control character raw inside quotes (its STRING
 * excludes only the quote, backslash and newline), so those are written as they are. A NUL cannot
 * be written: libxlu's strings are C strings, which end at one (and its {@code \x} and numeric
 * escapes write nothing).
 */
public final class XlWriter {
    private XlWriter() {
    }

    public static String quote(String text) {
        char q = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(text.length() + 2).append(q);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\007' -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\013' -> b.append("\\v");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (c == 0) {
                        throw new IllegalArgumentException("xl syntax has no way to write a NUL");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    public static String render(XlValue value) {
        if (value instanceof XlValue.Text t) {
            return quote(t.text());
        }
        return ((XlValue.Items) value).items().stream().map(XlWriter::render)
                .collect(Collectors.joining(", ", "[ ", " ]")).replace("[  ]", "[]");
    }
}
