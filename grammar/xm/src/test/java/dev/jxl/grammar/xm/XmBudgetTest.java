package dev.jxl.grammar.xm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The fuzz campaign's xm bombs (issue 12 item 1) and their relatives: each is refused by the
 * budget that bounds it, at the expression that would build the value, and the message gives the
 * size it counted, which shows the value was weighed, not built. (No timing is asserted: a refusal
 * by another budget than the one named, in particular the time budget, fails the test.)
 */
class XmBudgetTest {

    static Stream<Arguments> bombs() {
        String tuple = "x = " + "1,".repeat(499_999) + "1\n";
        return Stream.of(
                // 1000 references to one 300000-character string: cheap to build, 300 MB to write
                Arguments.of("str-of-list-repeated", "disk = [str([0]*100000)] * 1000\n", "1:8",
                        "a value holding 300001000 characters and items is refused: the value-size budget is 4194304"),
                Arguments.of("string-repeated-in-list", "disk = [\"a\" * 300000] * 1000\n", "1:8",
                        "a value holding 300001000 characters and items is refused: the value-size budget is 4194304"),
                // the 500k-item tuple: refused while lexing, before the parse tree is built
                Arguments.of("huge-tuple", tuple, "1:200003", "more than 200000 tokens: the token budget is 200000"),
                Arguments.of("nested-repeat", "a = ['x' * 1000] * 1000\nb = [a] * 1000\n", "2:5",
                        "a value holding 1001001000 characters and items"),
                Arguments.of("tuple-of-shared", "a = 'x' * 1000000\nb = a, a, a, a, a\n", "2:5",
                        "a value holding 5000005 characters and items"),
                Arguments.of("list-display-of-shared", "a = 'x' * 1000000\nb = [a, a, a, a, a]\n", "2:5",
                        "a value holding 5000005 characters and items"),
                Arguments.of("concatenation", "a = ['x' * 1000000] * 3\nb = a + a\n", "2:5",
                        "a value holding 6000006 characters and items"),
                Arguments.of("augmented-concatenation", "a = ['x' * 1000000] * 3\na += a\n", "2:1",
                        "a value holding 6000006 characters and items"),
                Arguments.of("append-shared", "a = ['x' * 1000000] * 4\na.append('y' * 200000)\n", "2:1",
                        "a value holding 4200005 characters and items"),
                Arguments.of("extend-shared", "a = ['x' * 1000000] * 3\na.extend(a)\n", "2:1",
                        "a value holding 6000006 characters and items"),
                Arguments.of("str-of-shared", "a = ['x' * 500000] * 4\nb = str(a)\n", "2:5",
                        "the string-size budget is 1048576"),
                Arguments.of("repr-of-shared", "a = ['x' * 500000] * 4\nb = repr(a)\n", "2:5",
                        "the string-size budget is 1048576"),
                Arguments.of("format-of-shared", "a = ['x' * 500000] * 4\nb = '%s' % (a,)\n", "2:5",
                        "the string-size budget is 1048576"),
                Arguments.of("join-of-shared", "a = ['x' * 500000] * 4\nb = ''.join(a)\n", "2:5",
                        "the string-size budget is 1048576"),
                Arguments.of("self-holding-list", "a = []\na.append(a)\nb = str(a)\n", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void refusedByItsBudget(String name, String config, String position, String message) {
        if (position == null) {
            // Python prints a list that holds itself as [[...]]; jxl does the same instead of recursing
            XmEvaluation ev = XmReader.read("bomb.cfg", config, XmEnvironment.of("bomb.cfg", Map.of()));
            assertEquals(new PyValue.Str("[[...]]"), ev.find("b").orElseThrow().value());
            return;
        }
        ConfigException e = assertThrows(ConfigException.class,
                () -> XmReader.read("bomb.cfg", config, XmEnvironment.of("bomb.cfg", Map.of())));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("bomb.cfg:" + position, d.position().toString(), d.toString());
        assertTrue(d.message().contains(message), d.toString());
    }

    @Test
    void timeBudgetStopsAnEvaluationTheStepBudgetWouldAllow() {
        // about a million calls: the time budget of 1 ms is spent long before the (raised) step budget
        String config = "def f(g, n):\n    if n == 0:\n        return 0\n    return g(g, n - 1) + g(g, n - 1)\nx = f(f, 20)\n";
        XmLimits limits = XmLimits.DEFAULT.withMaxSteps(Long.MAX_VALUE / 2).withMaxMillis(1);
        ConfigException e = assertThrows(ConfigException.class,
                () -> XmReader.read("slow.cfg", config, XmEnvironment.of("slow.cfg", Map.of()), limits));
        assertTrue(e.getMessage().contains("the time budget of 1 ms is spent"), e.getMessage());
        assertTrue(e.diagnostics().get(0).position().line() > 0, e.getMessage());
    }

    @Test
    void stepBudgetRefusalIsPositionedAtTheStatement() {
        String config = "a = 1\nb = 2\nc = 3\n";
        ConfigException e = assertThrows(ConfigException.class, () -> XmReader.read("s.cfg", config,
                XmEnvironment.of("s.cfg", Map.of()), XmLimits.DEFAULT.withMaxSteps(5)));
        assertTrue(e.getMessage().contains("the step budget of 5 steps is spent"), e.getMessage());
        assertTrue(e.diagnostics().get(0).position().line() >= 2, e.getMessage());
    }

    @Test
    void legitimateValuesUnderTheBudgetsAreBuilt() {
        String config = "a = ['x' * 1000000] * 4\nb = len(a)\nc = str([0] * 1000)\n";
        XmEvaluation ev = XmReader.read("ok.cfg", config, XmEnvironment.of("ok.cfg", Map.of()));
        assertEquals(new PyValue.Int(4), ev.find("b").orElseThrow().value());
        assertEquals(2998 + 2, ((PyValue.Str) ev.find("c").orElseThrow().value()).value().length());
    }
}
