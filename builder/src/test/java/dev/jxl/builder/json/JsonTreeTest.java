package dev.jxl.builder.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
        assertEquals("duplicate key \"a\" (first at 2:3)", dup.getMessage());
        assertEquals(3, dup.column());
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

    /** A document deeper than any of jxl's is refused where it goes too deep, not by Jackson's 1000-level limit. */
    @Test
    void nestingDeeperThanJxlsDocumentsIsRefusedWhereItGoesTooDeep() throws Exception {
        for (int depth : List.of(JsonTree.MAX_DEPTH + 1, 1001, 100_000)) {
            JsonTree.SyntaxError e = assertThrows(JsonTree.SyntaxError.class,
                    () -> JsonTree.parse("[".repeat(depth) + "]".repeat(depth)));
            assertEquals("1:" + (JsonTree.MAX_DEPTH + 1), e.line() + ":" + e.column());
            assertEquals("nested more than 64 levels deep (jxl's documents nest a few)", e.getMessage());
        }
        JsonTree.SyntaxError inObject = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.parse("{\"a\":\n" + "{\"b\": ".repeat(70) + "1" + "}".repeat(71)));
        assertEquals(2, inObject.line());
        JsonTree.parse("[".repeat(JsonTree.MAX_DEPTH) + "]".repeat(JsonTree.MAX_DEPTH)); // at the limit: read
    }

    /** A number of more than 1000 characters is refused where it starts, unparsed. */
    @Test
    void aHugeNumberIsRefusedWhereItStarts() {
        String digits = "9".repeat(100_000);
        JsonTree.SyntaxError member = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.parse("{\n  \"cpus\": " + digits + "\n}"));
        assertEquals("2:11", member.line() + ":" + member.column());
        assertEquals("a number of 100000 characters: jxl reads numbers of at most 1000 (every number in its documents"
                + " fits 64 bits)", member.getMessage());
        JsonTree.SyntaxError element = assertThrows(JsonTree.SyntaxError.class,
                () -> JsonTree.parse("[1,\n -1." + digits + "]"));
        assertEquals("2:2", element.line() + ":" + element.column());
        assertTrue(element.getMessage().startsWith("a number of 100003 characters"), element.getMessage());
    }

    /** RFC 8259 and nothing more: each refusal says what stood where, at its line and column. */
    @Test
    void whatStrictJsonRefusesIsRefusedAtItsPlace() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("[01]", "1:2 a number with a leading zero (JSON has none; hex is not JSON either)");
        refused.put("[-]", "1:3 unexpected ']' in a number (wanted a digit after '-')");
        refused.put("[1.]", "1:4 unexpected ']' in a number (wanted a digit after the decimal point)");
        refused.put("[1e+]", "1:5 unexpected ']' in a number (wanted a digit in the exponent)");
        refused.put("[+1]", "1:2 unexpected '+' where a value should be");
        refused.put("[.5]", "1:2 unexpected '.' where a value should be");
        refused.put("[1,]", "1:4 unexpected ']' where a value should be");
        refused.put("{\"a\":1,}", "1:8 unexpected '}' where a key (a string in double quotes) should be");
        refused.put("{a:1}", "1:2 unexpected 'a' where a key (a string in double quotes) should be");
        refused.put("{\"a\" 1}", "1:6 unexpected '1' where ':' after the key should be");
        refused.put("[1 2]", "1:4 unexpected '2' where ',' or ']' should be");
        refused.put("{\"a\":1 \"b\":2}", "1:8 unexpected '\"' where ',' or '}' should be");
        refused.put("[NaN]", "1:2 unexpected 'N' where a value should be");
        refused.put("[nul]", "1:2 unknown word 'nul' (JSON's words are true, false and null; strings are in double quotes)");
        refused.put("[True]", "1:2 unexpected 'T' where a value should be");
        refused.put("// c\n[]", "1:1 unexpected '/' where a value should be");
        refused.put("[\"a\tb\"]", "1:4 character U+0009 (a control character) in a string (write it as an escape, e.g. \\n)");
        refused.put("[\"a\\x\"]", "1:4 unknown escape \\x in a string (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        refused.put("[\"\\u12g4\"]", "1:3 \\u needs four hex digits");
        refused.put("[\n  \"abc", "2:3 the document ends inside a string that starts here");
        refused.put("{\"a\":1, \"b", "1:9 the document ends inside a key that starts here");
        refused.put("{\"a\":", "1:6 the document ends where a value should be");
        refused.put("[1", "1:3 the document ends where ',' or ']' should be");
        refused.put("[-", "1:2 the document ends inside a number");
        refused.put("\u00a0[]", "1:1 unexpected character U+00A0 where a value should be");
        refused.forEach((text, want) -> {
            JsonTree.SyntaxError e = assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.parse(text), text);
            assertEquals(want, e.line() + ":" + e.column() + " " + e.getMessage(), text);
        });
    }

    @Test
    void escapesAndNumbersReadAsJsonMeansThem() throws Exception {
        List<?> a = (List<?>) JsonTree.parse(" [\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", -0, 0, 1e3, -2.5E-1, \"\"]\r\n").root();
        assertEquals(List.of("\"\\/\b\f\n\r\t\u00e9\ud83d\ude00", BigInteger.ZERO, BigInteger.ZERO, 1000.0, -0.25, ""), a);
    }

    @Test
    void invalidUtf8IsRefusedAtItsByte() throws Exception {
        byte[] bytes = "{\n  \"n\u00e9\": \"\u20ac?\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xff; // the '?' after the euro sign
        JsonTree.SyntaxError e = assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.decodeUtf8(bytes));
        assertEquals("invalid UTF-8 (byte 0xFF at offset 15); JSON documents are UTF-8", e.getMessage());
        assertEquals("2:11", e.line() + ":" + e.column(), "columns count characters, as the parser's do");
        byte[] truncated = {'[', '"', (byte) 0xe2, (byte) 0x82};
        assertEquals("invalid UTF-8 (byte 0xE2 at offset 2); JSON documents are UTF-8",
                assertThrows(JsonTree.SyntaxError.class, () -> JsonTree.decodeUtf8(truncated)).getMessage());
        assertEquals("[\"\ud83d\ude00\u00e9\"]", JsonTree.decodeUtf8("[\"\ud83d\ude00\u00e9\"]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pathsNameAndLocateValuesScalarsInArraysIncluded() throws Exception {
        JsonTree.Document doc = JsonTree.parse("{\n  \"a\": [\n    7,\n    {\"x\": [true,\n false]}\n  ]\n}");
        JsonPath x = JsonPath.of("a").index(1).key("x");
        assertEquals("a[1].x", x.toString());
        assertEquals("a[1].x[1]", x.index(1).toString());
        assertEquals("4:6", doc.at(x).toString());
        assertEquals("3:5", doc.at(JsonPath.of("a").index(0)).toString());
        assertEquals("5:2", doc.at(x.index(1)).toString());
        // a path that leaves the document stops at the last place it reached
        assertEquals("4:6", doc.at(x.index(5).key("y")).toString());
        assertEquals("1:1", doc.at(JsonPath.ROOT).toString());
        assertEquals("host.description.e820[3]", JsonPath.of("host", "description").then(JsonPath.of("e820").index(3))
                .toString());
    }
}
