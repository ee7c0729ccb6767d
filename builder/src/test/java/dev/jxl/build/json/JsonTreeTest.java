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
                + " \"d\": null, \"e\": 1.5, \"f\": {}}").root();
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
    void objectsAndKeysKnowWhereTheyStand() throws Exception {
        JsonTree.Document doc = JsonTree.parse("{\n  \"a\": [\n    {\"x\": 1},\n    {}\n  ],\n  \"b\": 2\n}");
        Map<?, ?> root = (Map<?, ?>) doc.root();
        List<?> a = (List<?>) root.get("a");
        assertEquals("1:1", doc.at(root).toString());
        assertEquals("6:3", doc.at(root, "b").toString());
        assertEquals("2:8", doc.at(a).toString());
        assertEquals("3:6", doc.at(a.get(0), "x").toString());
        // two equal empty objects are two places; a missing key points at its object
        assertEquals("4:5", doc.at(a.get(1), "missing").toString());
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
