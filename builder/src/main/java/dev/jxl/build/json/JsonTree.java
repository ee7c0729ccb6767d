package dev.jxl.build.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON as plain Java values, on jackson-core's streaming parser: an object is a
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
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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

        private Document(Object root, IdentityHashMap<Object, Position> starts,
                IdentityHashMap<Object, Map<String, Position>> keys) {
            this.root = root;
            this.starts = starts;
            this.keys = keys;
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
    }

    public static Document parse(String text) throws SyntaxError {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxError("no JSON value (empty document)", 1, 1);
            }
            Positions positions = new Positions();
            Object value = value(p, first, positions);
            if (p.nextToken() != null) {
                throw new SyntaxError("trailing content after the JSON value",
                        p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
            }
            return new Document(value, positions.starts, positions.keys);
        } catch (JsonParseException e) {
            var at = e.getLocation();
            throw new SyntaxError(e.getOriginalMessage(), at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    /** Positions gathered while parsing, keyed by identity (equal empty objects are distinct places). */
    private static final class Positions {
        final IdentityHashMap<Object, Position> starts = new IdentityHashMap<>();
        final IdentityHashMap<Object, Map<String, Position>> keys = new IdentityHashMap<>();
    }

    private static Position here(JsonParser p) {
        var at = p.currentTokenLocation();
        return new Position(at.getLineNr(), at.getColumnNr());
    }

    private static Object value(JsonParser p, JsonToken t, Positions positions) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> o = new LinkedHashMap<>();
                Map<String, Position> keys = new HashMap<>();
                positions.starts.put(o, here(p));
                positions.keys.put(o, keys);
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    keys.put(name, here(p));
                    o.put(name, value(p, p.nextToken(), positions));
                }
                return o;
            }
            case START_ARRAY -> {
                List<Object> a = new ArrayList<>();
                positions.starts.put(a, here(p));
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(value(p, v, positions));
                }
                return a;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getBigIntegerValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new JsonParseException(p, "unexpected " + t);
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

    /** Writes a document with Jackson's default pretty printer ({@code "key" : value}, two-space indent). */
    public static String write(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
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

    /** What {@link #write} writes. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
