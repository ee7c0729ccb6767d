package dev.jxl.layout.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few things every drawing here needs: XML escaping, coordinates without noise, and the width
 * of monospace text. Widths are estimated from the font's advance (DejaVu Sans Mono and Liberation
 * Mono both advance 0.6 em) with a margin; the Chromium test measures what was really drawn.
 */
final class SvgText {
    static final String FONT = "DejaVu Sans Mono, Liberation Mono, monospace";
    /** Estimated advance per character, as a fraction of the font size. */
    private static final double ADVANCE = 0.615;

    private SvgText() {
    }

    static double width(String s, double fontSize) {
        return s.codePointCount(0, s.length()) * fontSize * ADVANCE;
    }

    /** How many characters fit in {@code px} at {@code fontSize}. */
    static int fit(double px, double fontSize) {
        return Math.max(8, (int) Math.floor(px / (fontSize * ADVANCE) + 1e-6));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 has no place for most control characters (a config's name may hold them)
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('?');
                    } else if (c > 0x7e) {
                        // a character reference: the bytes are ASCII whatever the output's charset
                        int cp = Character.codePointAt(s, i);
                        // XML has no place for a lone surrogate or U+FFFE/U+FFFF either
                        boolean ok = !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF;
                        b.append(ok ? "&#" + cp + ";" : "?");
                        i += Character.charCount(cp) - 1;
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A coordinate: at most one decimal, no trailing ".0". */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Words wrapped to lines of at most {@code max} characters; a word longer than a line is cut. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, max));
                word = word.substring(max);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
