package dev.jxl.builder.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a value stands in a document, as the reader names it in a message: keys joined by dots,
 * array indices in brackets ({@code domains[1].domid}, {@code host.description.e820[3]}).
 */
public record JsonPath(List<Object> segments) {
    public static final JsonPath ROOT = new JsonPath(List.of());

    public JsonPath {
        segments = List.copyOf(segments);
        for (Object s : segments) {
            if (!(s instanceof String) && !(s instanceof Integer)) {
                throw new IllegalArgumentException("a path segment is a key or an index, not " + s);
            }
        }
    }

    /** A path from the root through {@code keys}, each a key of an object. */
    public static JsonPath of(String... keys) {
        return new JsonPath(List.of((Object[]) keys));
    }

    public JsonPath key(String key) {
        return with(Objects.requireNonNull(key, "key"));
    }

    public JsonPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return with(index);
    }

    /** {@code rest} read from where this path ends (a checker's relative path, put in its document). */
    public JsonPath then(JsonPath rest) {
        List<Object> all = new ArrayList<>(segments);
        all.addAll(rest.segments);
        return new JsonPath(all);
    }

    private JsonPath with(Object segment) {
        List<Object> all = new ArrayList<>(segments);
        all.add(segment);
        return new JsonPath(all);
    }

    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "(the document)";
        }
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
