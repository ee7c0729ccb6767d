package dev.jxl.builder.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) read into {@link JsonTree}'s plain values, by recursive descent over the
 * text. Hand-written rather than Jackson's parser: initialising that parser initialises
 * {@code java.math.BigDecimal}, which on JDK 25 costs a cold interpreted JVM about 70 ms, more than
 * a whole {@code jxl -N create} should; the documents jxl reads are a few kilobytes.
 *
 * <p>Lines end at {@code \n}; columns count UTF-16 characters from 1, as {@link JsonTree#lineAndColumn}.
 * No comments, no trailing commas, no leading zeros, no {@code NaN}; duplicate keys and trailing
 * content are errors; a number may have at most {@link #MAX_NUMBER_CHARS} characters.
 */
final class JsonReader {
    /** Every number in jxl's documents fits 64 bits; a longer one is refused rather than parsed. */
    static final int MAX_NUMBER_CHARS = 1000;
    /** An integer of at most this many digits fits a long (Long.MAX_VALUE has 19). */
    private static final int MAX_LONG_DIGITS = 18;

    private final String text;
    private final JsonTree.Positions positions = new JsonTree.Positions();
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonReader(String text) {
        this.text = text;
    }

    static JsonTree.Document read(String text) throws JsonTree.SyntaxError {
        JsonReader r = new JsonReader(text);
        r.skipWhitespace();
        if (r.pos == text.length()) {
            throw new JsonTree.SyntaxError("no JSON value (empty document)", 1, 1);
        }
        Object root = r.value(1);
        r.skipWhitespace();
        if (r.pos < text.length()) {
            throw r.error("trailing content after the JSON value");
        }
        return r.positions.document(root);
    }

    private Object value(int depth) throws JsonTree.SyntaxError {
        char c = peek("a value");
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string("a string");
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("unexpected " + describe(c) + " where a value should be");
            }
        };
    }

    private Map<String, Object> object(int depth) throws JsonTree.SyntaxError {
        refuseDeeper(depth);
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, JsonTree.Position> keys = new HashMap<>();
        positions.object(o, here(), keys);
        pos++;
        skipWhitespace();
        if (peek("a key or '}'") == '}') {
            pos++;
            return o;
        }
        while (true) {
            if (peek("a key") != '"') {
                throw error("unexpected " + describe(text.charAt(pos)) + " where a key (a string in double quotes) should be");
            }
            JsonTree.Position at = here();
            String key = string("a key");
            JsonTree.Position first = keys.putIfAbsent(key, at);
            if (first != null) {
                throw new JsonTree.SyntaxError("duplicate key \"" + key + "\" (first at " + first + ")", at.line(), at.column());
            }
            skipWhitespace();
            expect(':', "':' after the key");
            skipWhitespace();
            o.put(key, value(depth + 1));
            skipWhitespace();
            if (peek("',' or '}'") == ',') {
                pos++;
                skipWhitespace();
            } else if (text.charAt(pos) == '}') {
                pos++;
                return o;
            } else {
                throw error("unexpected " + describe(text.charAt(pos)) + " where ',' or '}' should be");
            }
        }
    }

    private List<Object> array(int depth) throws JsonTree.SyntaxError {
        refuseDeeper(depth);
        List<Object> a = new ArrayList<>();
        List<JsonTree.Position> at = new ArrayList<>();
        positions.array(a, here(), at);
        pos++;
        skipWhitespace();
        if (peek("a value or ']'") == ']') {
            pos++;
            return a;
        }
        while (true) {
            skipWhitespace();
            at.add(here());
            a.add(value(depth + 1));
            skipWhitespace();
            if (peek("',' or ']'") == ',') {
                pos++;
            } else if (text.charAt(pos) == ']') {
                pos++;
                return a;
            } else {
                throw error("unexpected " + describe(text.charAt(pos)) + " where ',' or ']' should be");
            }
        }
    }

    private void refuseDeeper(int depth) throws JsonTree.SyntaxError {
        if (depth > JsonTree.MAX_DEPTH) {
            throw error("nested more than " + JsonTree.MAX_DEPTH + " levels deep (jxl's documents nest a few)");
        }
    }

    /** The string at {@code pos} (its opening quote); {@code what} names it if the document ends inside. */
    private String string(String what) throws JsonTree.SyntaxError {
        int start = pos;
        pos++; // the opening quote
        StringBuilder b = null;
        int run = pos;
        while (true) {
            if (pos == text.length()) {
                throw errorAt(start, "the document ends inside " + what + " that starts here");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = b == null ? text.substring(run, pos) : b.append(text, run, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw error(describe(c) + " (a control character) in a string (write it as an escape, e.g. \\n)");
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(text, run, pos);
                b.append(escape());
                run = pos;
            } else {
                pos++;
            }
        }
    }

    /** The escape at {@code pos} (its backslash), which it steps over. */
    private char escape() throws JsonTree.SyntaxError {
        if (pos + 1 == text.length()) {
            throw error("the document ends inside a string");
        }
        char e = text.charAt(pos + 1);
        char c = switch (e) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("unknown escape \\" + (e < 0x20 || e > 0x7e ? describe(e) : String.valueOf(e))
                    + " in a string (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        };
        pos += e == 'u' ? 6 : 2;
        return c;
    }

    private char unicodeEscape() throws JsonTree.SyntaxError {
        int v = 0;
        for (int i = pos + 2; i < pos + 6; i++) {
            int d = i < text.length() ? Character.digit(text.charAt(i), 16) : -1;
            if (d < 0) {
                throw error("\\u needs four hex digits");
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private Object number() throws JsonTree.SyntaxError {
        int start = pos;
        boolean integer = true;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '0') {
            pos++;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw errorAt(start, "a number with a leading zero (JSON has none; hex is not JSON either)");
            }
        } else {
            digits(start, "a digit after '-'");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            integer = false;
            pos++;
            digits(start, "a digit after the decimal point");
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            integer = false;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            digits(start, "a digit in the exponent");
        }
        if (pos - start > MAX_NUMBER_CHARS) {
            throw errorAt(start, "a number of " + (pos - start) + " characters: jxl reads numbers of at most "
                    + MAX_NUMBER_CHARS + " (every number in its documents fits 64 bits)");
        }
        String n = text.substring(start, pos);
        if (!integer) {
            return Double.valueOf(n);
        }
        int digits = pos - start - (text.charAt(start) == '-' ? 1 : 0);
        // nearly every integer is short: Long.parseLong is far cheaper than BigInteger's parse, same value
        return digits <= MAX_LONG_DIGITS ? BigInteger.valueOf(Long.parseLong(n)) : new BigInteger(n);
    }

    private void digits(int start, String wanted) throws JsonTree.SyntaxError {
        int from = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == from) {
            throw pos == text.length() ? errorAt(start, "the document ends inside a number")
                    : error("unexpected " + describe(text.charAt(pos)) + " in a number (wanted " + wanted + ")");
        }
    }

    private Object literal(String word, Object value) throws JsonTree.SyntaxError {
        if (!text.startsWith(word, pos)) {
            int end = pos;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && end - pos < 32) {
                end++;
            }
            throw error("unknown word '" + text.substring(pos, Math.max(end, pos + 1))
                    + "' (JSON's words are true, false and null; strings are in double quotes)");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String wanted) throws JsonTree.SyntaxError {
        if (peek(wanted) != c) {
            throw error("unexpected " + describe(text.charAt(pos)) + " where " + wanted + " should be");
        }
        pos++;
    }

    /** The character at {@code pos}; at the end of the text, an error saying what was still wanted. */
    private char peek(String wanted) throws JsonTree.SyntaxError {
        if (pos == text.length()) {
            throw error("the document ends where " + wanted + " should be");
        }
        return text.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format("character U+%04X", (int) c);
    }

    private JsonTree.Position here() {
        return new JsonTree.Position(line, pos - lineStart + 1);
    }

    private JsonTree.SyntaxError error(String message) {
        return new JsonTree.SyntaxError(message, line, pos - lineStart + 1);
    }

    /**
     * An error at {@code offset}, which lies on the current line: strings and numbers hold no raw
     * newline, and whitespace (the only place lines are counted) is never inside one.
     */
    private JsonTree.SyntaxError errorAt(int offset, String message) {
        return new JsonTree.SyntaxError(message, line, offset - lineStart + 1);
    }
}
