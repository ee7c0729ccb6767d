package dev.jxl.builder.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.jxl.config.libxl.YajlWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON as plain Java values (read by {@link JsonReader}, written by jackson-core): an object is a
 * {@code Map<String, Object>} in document order, an array a {@code List<Object>}, an integer a
 * {@link BigInteger}, a fraction a {@code Double}, then {@code String}, {@code Boolean} and
 * {@code null}. Duplicate keys and trailing content are errors. The {@link Document} also knows where
 * each object and each of its keys stood, so a reader can point at a bad value by line and column.
 *
 * <p>Why not jackson-databind: its first {@code ObjectMapper} costs a cold {@code jxl} process tens of
 * milliseconds (introspection, serializer caches), several times what the documents jxl reads and
 * writes (host descriptions, the sim state) take to parse by hand.
 */
public final class JsonTree {
    /**
     * Jackson writes jxl's documents ({@link JsonReader} reads them), made on first write: a command
     * that only reads (jxl -N create, plan, list) does not initialise it.
     */
    private static final class Writer {
        static final JsonFactory FACTORY = new JsonFactory();

        /**
         * jxl's one JSON style for what users read, libxl's (see YajlWriter): 4-space indents,
         * {@code "key": value}. The sim's own state.json keeps Jackson's default.
         */
        static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter YAJL_STYLE =
                new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                        .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"))
                        .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"))
                        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    }

    private JsonTree() {
    }

    /** Bad JSON, at a 1-based line and column. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** A 1-based line and column in the document. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** A parsed document: its root value, and where its objects and their keys stand. */
    public static final class Document {
        private final Object root;
        private final IdentityHashMap<Object, Position> starts;
        private final IdentityHashMap<Object, Map<String, Position>> keys;
        private final IdentityHashMap<Object, List<Position>> elements;

        private Document(Object root, IdentityHashMap<Object, Position> starts,
                IdentityHashMap<Object, Map<String, Position>> keys, IdentityHashMap<Object, List<Position>> elements) {
            this.root = root;
            this.starts = starts;
            this.keys = keys;
            this.elements = elements;
        }

        public Object root() {
            return root;
        }

        /** Where {@code key} of {@code object} stands; the object's opening brace if it has no such key. */
        public Position at(Object object, String key) {
            Position p = keys.getOrDefault(object, Map.of()).get(key);
            return p != null ? p : at(object);
        }

        /** Where an object or array of this document opens (1:1 for anything else). */
        public Position at(Object value) {
            return starts.getOrDefault(value, new Position(1, 1));
        }

        /** Where element {@code index} of {@code array} starts; the array's bracket if it has no such element. */
        public Position at(List<?> array, int index) {
            List<Position> at = elements.getOrDefault(array, List.of());
            return index >= 0 && index < at.size() ? at.get(index) : at(array);
        }

        /**
         * Where {@code path} stands: the key of its last object member, or the start of its last array
         * element. A path that leaves the document stops at the last place it reached.
         */
        public Position at(JsonPath path) {
            Object node = root;
            Position here = at(root);
            for (Object segment : path.segments()) {
                if (segment instanceof String key && node instanceof Map<?, ?> m && m.containsKey(key)) {
                    here = at(m, key);
                    node = m.get(key);
                } else if (segment instanceof Integer i && node instanceof List<?> l && i < l.size()) {
                    here = at(l, i);
                    node = l.get(i);
                } else {
                    break;
                }
            }
            return here;
        }
    }

    /** Deeper than this is no document of jxl's (they nest a few levels), so it is refused where it goes too deep. */
    public static final int MAX_DEPTH = 64;

    public static Document parse(String text) throws SyntaxError {
        return JsonReader.read(text);
    }

    /** The 1-based line and column of a character offset ({@code \n} ends a line, as {@link JsonReader} counts). */
    static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /**
     * A document's bytes as text, strictly: JSON is UTF-8 (RFC 8259), and a byte that is not is refused
     * at its place, rather than replaced or reported without one.
     */
    public static String decodeUtf8(byte[] bytes) throws SyntaxError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            out.flip();
            int[] at = lineAndColumn(out, out.length());
            throw new SyntaxError(String.format("invalid UTF-8 (byte 0x%02X at offset %d); JSON documents are UTF-8",
                    bytes[offset] & 0xFF, offset), at[0], at[1]);
        }
        return out.flip().toString();
    }

    /** Positions gathered while parsing, keyed by identity (equal empty objects are distinct places). */
    static final class Positions {
        private final IdentityHashMap<Object, Position> starts = new IdentityHashMap<>();
        private final IdentityHashMap<Object, Map<String, Position>> keys = new IdentityHashMap<>();
        private final IdentityHashMap<Object, List<Position>> elements = new IdentityHashMap<>();

        void object(Map<String, Object> object, Position start, Map<String, Position> keyPositions) {
            starts.put(object, start);
            keys.put(object, keyPositions);
        }

        void array(List<Object> array, Position start, List<Position> elementPositions) {
            starts.put(array, start);
            elements.put(array, elementPositions);
        }

        Document document(Object root) {
            return new Document(root, starts, keys, elements);
        }
    }

    /** How a value reads in a message: strings quoted, the rest as JSON would write them. */
    public static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return String.valueOf(value);
    }

    /** A document for users to read ({@code host capture}), in libxl's style (4-space indents, {@code "key": value}). */
    public static String writeForUsers(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Writer.FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(Writer.YAJL_STYLE.createInstance());
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return w.toString();
    }

    public static String write(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Writer.FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return w.toString();
    }

    /** Writes {@code {"k1" : v1, …}}: the flat all-integer objects host and state documents list. */
    public static void numbers(JsonGenerator g, List<String> keys, long... values) throws IOException {
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.length + " values");
        }
        g.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            g.writeNumberField(keys.get(i), values[i]);
        }
        g.writeEndObject();
    }

    /** Writes a value as {@link #parse} returns it (a map, list, string, integer, boolean or null). */
    public static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String str) {
            g.writeString(str);
        } else if (value instanceof BigInteger n) {
            g.writeNumber(n);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value == null) {
            g.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /**
     * Writes a value as {@link #parse} returns it through libxl's generator ({@link YajlWriter}), so
     * JSON libxl wrote reads back and prints again byte for byte. Integers must fit 64 bits, signed or
     * unsigned (libxl's own range); a fraction is no libxl JSON.
     */
    public static void writeValue(YajlWriter w, Object value) {
        if (value instanceof Map<?, ?> m) {
            w.openMap();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                w.key((String) e.getKey());
                writeValue(w, e.getValue());
            }
            w.closeMap();
        } else if (value instanceof List<?> l) {
            w.openArray();
            l.forEach(item -> writeValue(w, item));
            w.closeArray();
        } else if (value instanceof String str) {
            w.value(str);
        } else if (value instanceof BigInteger n && n.bitLength() <= 63) {
            w.value(n.longValue());
        } else if (value instanceof BigInteger n && n.signum() > 0 && n.bitLength() == 64) {
            w.unsignedValue(n.longValue());
        } else if (value instanceof Boolean b) {
            w.value(b);
        } else if (value == null) {
            w.nullValue();
        } else {
            throw new IllegalArgumentException("not a value libxl's JSON holds: " + describe(value));
        }
    }

    /**
     * As {@link #numbers}, each value read as unsigned 64 bits: E820 addresses and sizes, which Xen
     * keeps in uint64_t and may reach past 2^63 (written signed, they read back negative).
     */
    public static void unsignedNumbers(JsonGenerator g, List<String> keys, long... values) throws IOException {
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.length + " values");
        }
        g.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            g.writeFieldName(keys.get(i));
            if (values[i] >= 0) {
                g.writeNumber(values[i]);
            } else {
                g.writeNumber(new BigInteger(Long.toUnsignedString(values[i])));
            }
        }
        g.writeEndObject();
    }

    /** What {@link #write} writes. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
