package dev.jxl.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutators that see lines and tokens (numbers, quoted strings, the start of a value) of any of the
 * four syntaxes, which share them closely enough: xl and xm write {@code key = value}, JSON
 * {@code "key" : value}. The input is read one byte per character (ISO-8859-1), as jxl reads configs,
 * so no mutant is changed by a decoding round trip.
 */
final class TokenMutators {
    private static final Pattern VALUE = Pattern.compile(
            // possessive: a mutant may hold a string of a million characters, which a backtracking loop overflows on
            "\"(?:[^\"\\\\\\n]++|\\\\.)*+\"|'(?:[^'\\\\\\n]++|\\\\.)*+'|(?<![\\w.])-?(?:0[xX][0-9a-fA-F]++|\\d++)(?![\\w.])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\"'])-?(?:0[xX][0-9a-fA-F]+|\\d+)(?![\\w.])");
    /** Where a value starts: after {@code =}, {@code :}, or an opening bracket or comma. */
    private static final Pattern VALUE_START = Pattern.compile("(?<=[=:\\[,(])\\s*");

    static final List<String> HUGE = List.of("2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
            "18446744073709551615", "18446744073709551616", "0xffffffffffffffff", "0x10000000000000000",
            "99999999999999999999999999999", "1e308", "0x7fffffffffffffff", "4503599627370496");
    static final List<String> NEGATIVE = List.of("-1", "-4096", "-2147483649", "-9223372036854775808",
            "-9223372036854775809", "-18446744073709551616", "-0");
    static final List<String> ZERO = List.of("0", "00", "0x0", "0.0");

    private TokenMutators() {
    }

    static List<Mutator> all() {
        return List.of(
                text("line-duplicate", TokenMutators::duplicateLine),
                text("line-delete", TokenMutators::deleteLine),
                text("value-swap", TokenMutators::swapValues),
                text("number-huge", (s, r) -> replaceNumber(s, r, HUGE.get(r.nextInt(HUGE.size())))),
                text("number-negative", (s, r) -> replaceNumber(s, r, NEGATIVE.get(r.nextInt(NEGATIVE.size())))),
                text("number-zero", (s, r) -> replaceNumber(s, r, ZERO.get(r.nextInt(ZERO.size())))),
                text("number-100000-digits", (s, r) -> replaceNumber(s, r, "1" + "0".repeat(99_999))),
                text("nest-brackets", (s, r) -> nest(s, r, "[", "1", "]")),
                text("nest-objects", (s, r) -> nest(s, r, "{\"a\":", "1", "}")),
                text("nest-parens", (s, r) -> nest(s, r, "(", "1", ")")));
    }

    private static Mutator text(String name, TextBody body) {
        return Mutator.of(name, (in, r, donor) -> {
            String out = body.mutate(new String(in, StandardCharsets.ISO_8859_1), r);
            return out == null ? null : out.getBytes(StandardCharsets.ISO_8859_1);
        });
    }

    @FunctionalInterface
    private interface TextBody {
        String mutate(String text, Random random);
    }

    private static List<int[]> lines(String s) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(new int[] {start, s.length()});
        }
        return lines;
    }

    private static String duplicateLine(String s, Random r) {
        List<int[]> lines = lines(s);
        if (lines.isEmpty()) {
            return null;
        }
        int[] l = lines.get(r.nextInt(lines.size()));
        String line = s.substring(l[0], l[1]);
        if (!line.endsWith("\n")) {
            line = "\n" + line;
        }
        int[] at = lines.get(r.nextInt(lines.size()));
        int pos = r.nextBoolean() ? l[1] : at[1];
        return s.substring(0, pos) + line + s.substring(pos);
    }

    private static String deleteLine(String s, Random r) {
        List<int[]> lines = lines(s);
        if (lines.size() < 2) {
            return null;
        }
        int[] l = lines.get(r.nextInt(lines.size()));
        return s.substring(0, l[0]) + s.substring(l[1]);
    }

    private static String swapValues(String s, Random r) {
        List<int[]> tokens = matches(VALUE, s);
        if (tokens.size() < 2) {
            return null;
        }
        int i = r.nextInt(tokens.size());
        int j = r.nextInt(tokens.size() - 1);
        if (j >= i) {
            j++;
        }
        int[] a = tokens.get(Math.min(i, j));
        int[] b = tokens.get(Math.max(i, j));
        String ta = s.substring(a[0], a[1]);
        String tb = s.substring(b[0], b[1]);
        if (ta.equals(tb)) {
            return null;
        }
        return s.substring(0, a[0]) + tb + s.substring(a[1], b[0]) + ta + s.substring(b[1]);
    }

    private static String replaceNumber(String s, Random r, String with) {
        List<int[]> numbers = matches(NUMBER, s);
        if (numbers.isEmpty()) {
            return null;
        }
        int[] n = numbers.get(r.nextInt(numbers.size()));
        return s.substring(0, n[0]) + with + s.substring(n[1]);
    }

    /**
     * {@code open} N times in place of a value (before it, when none starts there), then usually a
     * value and the closers, so the mutant may be well formed apart from its depth.
     */
    private static String nest(String s, Random r, String open, String inner, String close) {
        List<int[]> starts = matches(VALUE_START, s);
        int at = starts.isEmpty() ? r.nextInt(s.length() + 1) : starts.get(r.nextInt(starts.size()))[1];
        Matcher value = VALUE.matcher(s).region(at, s.length());
        int end = value.lookingAt() ? value.end() : at;
        int depth = new int[] {100, 1_000, 10_000, 100_000}[r.nextInt(4)];
        String nested = open.repeat(depth) + (r.nextInt(4) == 0 ? "" : inner + close.repeat(depth));
        if (nested.length() + s.length() > Mutator.MAX_BYTES) {
            return null;
        }
        return s.substring(0, at) + nested + s.substring(end);
    }

    private static List<int[]> matches(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
