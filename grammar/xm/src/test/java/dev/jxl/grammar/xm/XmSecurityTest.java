package dev.jxl.grammar.xm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile configs (issue 7 item 6): each is refused with a position and a message naming what it
 * tried, within a couple of seconds and without running out of memory; nothing is ever executed.
 */
class XmSecurityTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("import-system", "x = __import__('os').system('id')\n", "1:5", "`__import__` would run code"),
                Arguments.of("open-shadow", "name = 'a'\nx = open('/etc/shadow').read()\n", "2:5", "`open` would read"),
                Arguments.of("exec", "exec(\"import os\")\n", "1:1", "`exec` would run code"),
                Arguments.of("eval", "x = eval('1+1')\n", "1:5", "`eval` would run code"),
                Arguments.of("compile", "x = compile('1', 'f', 'eval')\n", "1:5", "`compile` would run code"),
                Arguments.of("attribute-walk", "x = ().__class__.__bases__[0].__subclasses__()\n", "1:8",
                        "attribute `__class__`"),
                Arguments.of("getattr", "import os\nx = getattr(os, 'system')\n", "2:5", "`getattr` (introspection)"),
                Arguments.of("huge-repeat", "x = 'a' * 10**10\n", "1:5", "10000000000 characters"),
                Arguments.of("huge-list", "x = [0] * 2000000\n", "1:5", "2000000 characters or items"),
                Arguments.of("doubling", "a = 'x' * 1000000\nb = a + a\n", "2:5", "2000000 characters"),
                Arguments.of("total-memory", "a = 'x' * 1000000\nb = [a + '1', a + '2', a + '3', a + '4', a + '5',"
                        + " a + '6', a + '7', a + '8', a + '9', a + '10', a + '11', a + '12', a + '13', a + '14',"
                        + " a + '15', a + '16', a + '17']\n", "2:", "characters and list items in total"),
                Arguments.of("deep-recursion", "def f(g, n):\n    return g(g, n + 1)\nx = f(f, 0)\n", "",
                        "nested more than 100 deep"),
                Arguments.of("bigint", "x = 2 ** 100000\n", "1:5", "beyond 64 bits"),
                Arguments.of("os-system", "import os\nos.system('id')\n", "2:4", "`os.system` would read or change"),
                Arguments.of("os-environ", "import os\nhome = os.environ['HOME']\n", "2:11", "`os.environ`"),
                Arguments.of("path-exists", "import os.path\nx = os.path.exists('/etc/passwd')\n", "2:13",
                        "would look at the host's files"),
                Arguments.of("import-subprocess", "import subprocess\n", "1:8", "only os, os.path, re and sys"),
                Arguments.of("from-import", "from os import system\n", "1:1", "`from ... import`"),
                Arguments.of("lambda", "f = lambda: 0\n", "1:5", "`lambda` functions"),
                Arguments.of("while", "while 1:\n    pass\n", "1:1", "`while` loops"),
                Arguments.of("comprehension", "x = [c for c in 'abc']\n", "1:8", "`for` loops"),
                Arguments.of("class", "class A:\n    pass\n", "1:1", "class definitions"),
                Arguments.of("try", "try:\n    x = 1\nexcept:\n    pass\n", "1:1", "exception handling"),
                Arguments.of("dict-comprehension", "x = {k: 1 for k in 'ab'}\n", "1:11", "`for` loops"),
                Arguments.of("deep-brackets", "x = " + "[".repeat(5000) + "]".repeat(5000) + "\n", "1:105",
                        "brackets nested more than 100 deep"),
                Arguments.of("deep-unary", "x = " + "-".repeat(100000) + "1\n", "1:1005", "more than 1000 operators"),
                Arguments.of("deep-power", "x = 2" + " ** 2".repeat(50000) + "\n", "1:", "more than 1000 operators"),
                Arguments.of("long-line", "x = 1" + " + 1".repeat(5000) + "\n", "1:4007", "more than 1000 operators"),
                Arguments.of("long-chain", "x = 1" + " + 1".repeat(500) + "\n", "1:", "nested more than 100 deep"),
                Arguments.of("host-ip", "ip = get_current_ipaddr()\n", "1:6", "host's network configuration"),
                Arguments.of("regex-stack", "import re\nx = re.search('(a|aa)+c', 'a' * 100000)\n", "2:5",
                        "regular expression too complex"),
                Arguments.of("print", "print('x')\n", "1:1", "`print` would read or write"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusedWithPosition(String name, String config, String position, String message) {
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(ConfigException.class,
                () -> XmReader.read("evil.cfg", config, XmEnvironment.of("evil.cfg", Map.of()))));
        Diagnostic error = e.errors().get(0);
        assertTrue(error.toString().startsWith("evil.cfg:" + position), error.toString());
        assertTrue(error.message().contains(message), error.toString());
        assertTrue(error.position().line() > 0, "every refusal has a line");
    }

    @Test
    void nothingIsExecuted(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path marker = dir.resolve("pwned");
        String config = "import os\nx = __import__('os').system('touch " + marker + "')\n"
                + "y = os.system('touch " + marker + "')\n";
        assertThrows(ConfigException.class, () -> XmReader.read("evil.cfg", config,
                XmEnvironment.of("evil.cfg", Map.of())));
        assertFalse(Files.exists(marker));
    }

    @Test
    void regexMatchingIsChargedToTheStepBudget() {
        XmLimits tight = XmLimits.DEFAULT.withMaxSteps(10_000);
        String config = "import re\nx = re.search('b', 'a' * 100000)\n";
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(ConfigException.class,
                () -> XmReader.read("re.cfg", config, XmEnvironment.of("re.cfg", Map.of()), tight)));
        assertEquals("re.cfg:2:5", e.errors().get(0).position().toString());
        assertTrue(e.getMessage().contains("steps"), e.getMessage());
    }

    /** A literal of a million digits is judged by counting them (BigInteger's parse took 20 s for it). */
    @Test
    void aHugeIntegerLiteralIsRefusedQuickly() {
        for (String literal : List.of("9".repeat(1_000_000), "0x" + "f".repeat(1_000_000), "0" + "7".repeat(1_000_000))) {
            ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ConfigException.class,
                    () -> XmReader.read("n.cfg", "memory = -" + literal + "\n", XmEnvironment.of("n.cfg", Map.of()))));
            assertEquals("n.cfg:1:11", e.errors().get(0).position().toString());
            assertTrue(e.getMessage().contains("integer literal beyond 64 bits"), e.getMessage());
        }
        // leading zeros are no digits of the value, and the largest int is still one
        var ev = XmReader.read("n.cfg", "a = 0" + "0".repeat(40) + "777777777777777777777\nb = 0x" + "0".repeat(40)
                + "7fffffffffffffff\n", XmEnvironment.of("n.cfg", Map.of()));
        assertEquals(new PyValue.Int(Long.MAX_VALUE), ev.find("a").orElseThrow().value());
        assertEquals(new PyValue.Int(Long.MAX_VALUE), ev.find("b").orElseThrow().value());
    }

    @Test
    void hugeSourceIsRefusedBeforeParsing() {
        String config = "x = 1\n".repeat(300_000);
        ConfigException e = assertThrows(ConfigException.class, () -> XmReader.read("big.cfg", config,
                XmEnvironment.of("big.cfg", Map.of())));
        assertTrue(e.getMessage().contains("source-size budget is 1048576"), e.getMessage());
    }

    @Test
    void stepLimitStopsLongEvaluations() {
        XmLimits tight = XmLimits.DEFAULT.withMaxSteps(50);
        String config = "x = 1\n".repeat(100);
        ConfigException e = assertThrows(ConfigException.class, () -> XmReader.read("long.cfg", config,
                XmEnvironment.of("long.cfg", Map.of()), tight));
        assertEquals("long.cfg", e.errors().get(0).position().source());
        assertTrue(e.getMessage().contains("50 steps"), e.getMessage());
    }
}
