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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON as plain Java values, on jackson-core's streaming parser: an object is a
 * {@code Map<String, Object>} in document order, an array a {@code List<Object>}, an integer a
 * {@link BigInteger}, a fraction a {@code Double}, then {@code String}, {@code Boolean} and
 * {@code null}. Duplicate keys and trailing content are errors.
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

    public static Object parse(String text) throws SyntaxError {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxError("no JSON value (empty document)", 1, 1);
            }
            Object value = value(p, first);
            if (p.nextToken() != null) {
                throw new SyntaxError("trailing content after the JSON value",
                        p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
            }
            return value;
        } catch (JsonParseException e) {
            var at = e.getLocation();
            throw new SyntaxError(e.getOriginalMessage(), at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> o = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.put(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                List<Object> a = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(value(p, v));
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

    /** What {@link #write} writes. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
