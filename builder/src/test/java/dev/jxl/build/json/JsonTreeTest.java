package dev.jxl.build.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void valuesArePlainJavaValuesInDocumentOrder() throws Exception {
        Object tree = JsonTree.parse("{\"b\": [1, 18446744073709551615, -2], \"a\": \"x\", \"c\": true,"
                + " \"d\": null, \"e\": 1.5, \"f\": {}}");
        assertEquals(List.of("b", "a", "c", "d", "e", "f"), List.copyOf(((Map<?, ?>) tree).keySet()));
        Map<?, ?> m = (Map<?, ?>) tree;
        assertEquals(List.of(BigInteger.ONE, new BigInteger("18446744073709551615"), BigInteger.valueOf(-2)), m.get("b"));
        assertEquals("x", m.get("a"));
        assertEquals(Boolean.TRUE, m.get("c"));
        assertTrue(m.containsKey("d") && m.get("d") == null);
        assertEquals(1.5, m.get("e"));
        assertEquals(Map.of(), m.get("f"));
    }

    @Test
    void duplicateKeysTrailingContentAndBadSyntaxArePositioned() {
        JsonTree.SyntaxError dup = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"));
        assertEquals(3, dup.line());
        assertTrue(dup.getMessage().contains("Duplicate field 'a'"), dup.getMessage());
        JsonTree.SyntaxError trailing = assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.parse("{}\n[]"));
        assertEquals(2, trailing.line());
        assertEquals(1, trailing.column());
        JsonTree.SyntaxError bad = assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.parse("[1,\n 2,,]"));
        assertEquals(2, bad.line());
        assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.parse("   "));
    }

    @Test
    void writeUsesTheDefaultPrettyPrinter() {
        String text = JsonTree.write(g -> {
            g.writeStartObject();
            g.writeStringField("a", "x");
            g.writeArrayFieldStart("l");
            g.writeEndArray();
            g.writeArrayFieldStart("m");
            g.writeNumber(1);
            g.writeNumber(2);
            g.writeEndArray();
            g.writeEndObject();
        });
        assertEquals("{\n  \"a\" : \"x\",\n  \"l\" : [ ],\n  \"m\" : [ 1, 2 ]\n}", text);
    }
}
