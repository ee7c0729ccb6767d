package dev.jxl.grammar.xm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.diag.ConfigException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Layout, literals and refusals of the reader, each pinned to its exact message and position. */
class XmReaderTest {

    private static XmEvaluation read(String text) {
        return XmReader.read("t.cfg", text, XmEnvironment.of("t.cfg", Map.of()));
    }

    private static String value(String text, String name) {
        return XmValues.repr(read(text).find(name).orElseThrow().value());
    }

    @Test
    void blocksFollowIndentation() {
        String config = "def f(n):\n    if n:\n        x = 'a'\n\n        # comment at another depth\n"
                + "    else:\n        x = 'b'\n    return x\ny = f(1) + f(0)\n";
        assertEquals("'ab'", value(config, "y"));
    }

    @Test
    void newlinesInsideBracketsAndBackslashesJoinLines() {
        assertEquals("[1, 2, 3]", value("x = [1,\n  2,\n\n      3]\n", "x"));
        assertEquals("3", value("x = 1 + \\\n  2\n", "x"));
    }

    @Test
    void lastLineNeedsNoNewline() {
        assertEquals("'z'", value("x = 'z'", "x"));
    }

    @Test
    void python2OctalAndUnicodeEscapes() {
        assertEquals("15", value("x = 017\n", "x"));
        ConfigException e = assertThrows(ConfigException.class, () -> read("x = '\\u00e9'\n"));
        assertEquals("t.cfg:1:5: error: the \\u escape means different things in Python 2 and 3; write the"
                + " character itself", e.getMessage());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("x = 1\n  y = 2\n",
                        "t.cfg:2:3: error: syntax error: unexpected indent"),
                Arguments.of("  x = 1\n",
                        "t.cfg:1:3: error: unexpected indent on the first line"),
                Arguments.of("if 1:\n    x = 1\n  y = 2\n",
                        "t.cfg:3:3: error: unindent does not match any outer indentation level"),
                Arguments.of("if 1:\n\tx = 1\n        y = 2\n",
                        "t.cfg:3:9: error: inconsistent use of tabs and spaces in indentation"),
                Arguments.of("x = 'abc\n",
                        "t.cfg:1:5: error: string not closed on its line"),
                Arguments.of("x = $\n",
                        "t.cfg:1:5: error: unexpected character `$'"),
                Arguments.of("print 'x'\n",
                        "t.cfg:1:7: error: the Python 2 `print` statement is outside the Python subset jxl evaluates"),
                Arguments.of("x = 1 <> 2\n",
                        "t.cfg:1:7: error: the Python 2 `<>` operator (write `!=`) is outside the Python subset jxl evaluates"),
                Arguments.of("a.b = 1\n",
                        "t.cfg:1:5: error: assignment to anything but a plain name is outside the Python subset jxl evaluates"),
                Arguments.of("x = 7 / 2\n",
                        "t.cfg:1:5: error: `/` between integers differs between Python 2 (xend: floor division) and Python 3 (a float); write `//` for xend's meaning"),
                Arguments.of("x = 1 << 2\n",
                        "t.cfg:1:7: error: bitwise operator `<<` is outside the Python subset jxl evaluates"),
                Arguments.of("x = u'a'\n",
                        "t.cfg:1:5: error: u'' literals are unicode in Python 2, a type xend dropped; write a plain string"),
                Arguments.of("x = undefined\n",
                        "t.cfg:1:5: error: the config raised NameError: name 'undefined' is not defined"),
                Arguments.of("raise ValueError('no')\n",
                        "t.cfg:1:1: error: the config raised ValueError: no"),
                Arguments.of("x = '%d' % 'a'\n",
                        "t.cfg:1:5: error: the config raised TypeError: %d format: a real number is required, not str"),
                Arguments.of("x = 1 is 1\n",
                        "t.cfg:1:7: error: `is` is only modelled against None, True or False"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusalsArePositioned(String config, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> read(config));
        assertEquals(message.strip(), e.getMessage());
    }

    /** typeName() reads each class's @TypeName: a value class without one would fail in the middle of an error message. */
    @Test
    void everyValueClassNamesItsPythonType() {
        List<Class<?>> unnamed = new ArrayList<>();
        Deque<Class<?>> classes = new ArrayDeque<>(List.of(PyValue.class.getPermittedSubclasses()));
        while (!classes.isEmpty()) {
            Class<?> c = classes.pop();
            if (c.isSealed()) {
                classes.addAll(List.of(c.getPermittedSubclasses()));
            } else if (c.getAnnotation(PyValue.TypeName.class) == null && c != PyValue.ExceptionValue.class) {
                unnamed.add(c);
            }
        }
        assertEquals(List.of(), unnamed);
        assertEquals("NoneType", PyValue.None.NONE.typeName());
        assertEquals("ValueError", new PyValue.ExceptionValue("ValueError", "no").typeName());
    }
}
