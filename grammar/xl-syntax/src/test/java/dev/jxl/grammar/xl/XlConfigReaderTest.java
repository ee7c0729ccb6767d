package dev.jxl.grammar.xl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser alone, as a table in the Trino style: {input → the settings it yields} and {input → its
 * exact first error, with line:column}. Each row is also put to libxlu (xl 4.17's parser) to confirm
 * it accepts or refuses the same text, and for errors on which line it reports. Settings are shown
 * as {@code key=value} (or {@code key+=value}) in xl syntax, one per effective key, in order.
 */
class XlConfigReaderTest {

    /** Text libxlu accepts, and the effective settings it yields. */
    record Accepts(String input, String settings) {
        @Override
        public String toString() {
            return shown(input);
        }
    }

    /**
     * Text libxlu refuses: jxl's first error as {@code LINE:COL: message}, and the line libxlu's own
     * first message names (one less than the real line when the culprit is a newline token, a libxlu
     * quirk jxl does not copy).
     */
    record Rejects(String input, String firstError, int xlLine) {
        @Override
        public String toString() {
            return shown(input);
        }
    }

    static Stream<Accepts> accepted() {
        return Stream.of(
                new Accepts("memory=512\n", "memory='512'"),
                new Accepts("memory = 0x200 ; vcpus=2;\n", "memory='0x200'; vcpus='2'"),
                new Accepts("name='it\"s'\ncmdline=\"a\\tb\"\n", "name='it\"s'; cmdline='a\\tb'"),
                // the numeric escape consumes its digits and emits nothing
                new Accepts("k='A\\0123B'\n", "k='AB'"),
                new Accepts("a=1\na=2\n", "a='2'"),
                new Accepts("c='a'\nc+=' b'\nc+=' c'\n", "c+='a b c'"),
                new Accepts("d=['x']\nd+=['y',]\n", "d+=[ 'x', 'y' ]"),
                new Accepts("d=[\n 'x', # c\n\n 'y'\n]\n", "d=[ 'x', 'y' ]"),
                new Accepts("x=[1,[2,[]],'3']\n", "x=[ '1', [ '2', [] ], '3' ]"),
                // accepted by the parser; the number getter later refuses +=
                new Accepts("m+=12\n", "m+='12'"),
                new Accepts("a=1;;b=2", "a='1'; b='2'"),
                new Accepts("#only a comment\n\n", ""),
                new Accepts("", ""),
                new Accepts("a.b_9=''\n", "a.b_9=''"),
                new Accepts("s=\"caf\u00e9\"\n", "s='caf\u00e9'"),
                // libxlu quirk: a single character its lexer cannot start a token with, as the very
                // last byte of the file, is dropped without an error
                new Accepts("a=1\n#", "a='1'"),
                new Accepts("a=1#", "a='1'"),
                new Accepts("a=1@", "a='1'"),
                new Accepts("a=1'", "a='1'"));
    }

    static Stream<Rejects> rejected() {
        return Stream.of(
                new Rejects("Memory=512\n", "1:1: lexical error near `Memory=512': uppercase outside quotes (keys and hex digits are lowercase in xl configs)", 1),
                new Rejects("memory=0x1F\n", "1:11: lexical error near `F': uppercase outside quotes (keys and hex digits are lowercase in xl configs)", 1),
                new Rejects("memory=-5\n", "1:8: lexical error near `-5': unexpected `-' (numbers are unsigned integers;"
                        + " quote other values)", 1),
                new Rejects("memory=1.5\n", "1:9: lexical error near `.5': unexpected `.' (numbers are unsigned integers;"
                        + " quote other values)", 1),
                new Rejects("name=t\n", "1:6: syntax error: unexpected bare word `t' (quote string values), expecting a"
                        + " number, '[' or a string", 1),
                new Rejects("disk=[,]\n", "1:7: syntax error: unexpected `,', expecting ']'", 1),
                new Rejects("disk=['a',,'b']\n", "1:11: syntax error: unexpected `,', expecting ',' or ']'", 1),
                new Rejects("memory=512 # c", "1:12: lexical error near `#': a comment on the last line must end with a"
                        + " newline", 1),
                new Rejects("a=1\r\nb=2\r\n", "1:4: lexical error near `^M': carriage return (xl configs need Unix line"
                        + " endings)", 1),
                new Rejects("c='ab\ncd'\n", "1:3: lexical error near `'ab': string not closed on its line", 1),
                new Rejects("a=1\nmemory\n=512\n", "2:7: syntax error: unexpected end of line, expecting '+=' or '='", 1),
                new Rejects("a=1\nm=\n", "2:3: syntax error: unexpected end of line, expecting a number, '[' or a string", 1),
                new Rejects("c='a'\nc+=['b']\n", "2:4: can't add a list to a string with += (key `c')", 2),
                new Rejects("d=['a']\nd+='b'\n", "2:4: can't add a string to a list with += (key `d')", 2),
                new Rejects("k='A\\x41B'\n", "1:5: invalid \\x escape (xl rejects every \\x escape in quoted strings)", 1),
                new Rejects("k='A\\01B'\n", "1:5: invalid numeric escape (xl needs three digits after a backslash)", 1),
                new Rejects("k='a\\qb'\n", "1:5: invalid escape `\\q' in quoted string", 1),
                new Rejects("1a=2\n", "1:1: syntax error: unexpected `1a', expecting end of file, a key name, ';' or end"
                        + " of line", 1),
                new Rejects("a==1\n", "1:3: syntax error: unexpected `=', expecting a number, '[' or a string", 1),
                new Rejects("a=['x'\n", "2:1: syntax error: unexpected end of file, expecting ',' or ']'", 1),
                new Rejects("a=1 b=2\n", "1:5: syntax error: unexpected bare word `b' (quote string values), expecting"
                        + " end of file, ';' or end of line", 1),
                new Rejects("a=['x']]\n", "1:8: syntax error: unexpected `]', expecting end of file, ';' or end of line", 1),
                new Rejects("a=[1]\nb=['unterminated\n", "2:4: lexical error near `'unterminated': string not closed on"
                        + " its line", 2),
                new Rejects("a=1\nb=2 @@", "2:5: lexical error near `@@': unexpected character", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void yieldsSettings(Accepts row) {
        XlSettings settings;
        try {
            settings = XlConfigReader.parse("t.cfg", row.input(), List.of());
        } catch (ConfigException e) {
            throw new AssertionError("refused: " + e.errors(), e);
        }
        assertEquals(row.settings(), render(settings));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void reportsFirstError(Rejects row) {
        try {
            XlSettings s = XlConfigReader.parse("t.cfg", row.input(), List.of());
            fail("accepted, giving " + render(s));
        } catch (ConfigException e) {
            Diagnostic first = e.errors().get(0);
            assertEquals("t.cfg", first.position().source());
            assertEquals(row.firstError(),
                    first.position().line() + ":" + first.position().column() + ": " + first.message());
        }
    }

    // ---- the same rows, confirmed against libxlu ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void libxluAcceptsToo(Accepts row) {
        XlResult xl = XlOracle.get().dryRunText("t.cfg", row.input(), List.of());
        assertTrue(!xl.parseFailed(), "libxlu refuses it:\n" + xl.messages());
    }

    private static final Pattern XL_ERROR_LINE = Pattern.compile(":(\\d+): config parsing error");

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void libxluRefusesTooOnTheSameLine(Rejects row) {
        XlResult xl = XlOracle.get().dryRunText("t.cfg", row.input(), List.of());
        assertTrue(xl.parseFailed(), "libxlu accepts it");
        Matcher m = XL_ERROR_LINE.matcher(xl.stderr());
        assertTrue(m.find(), "no positioned message from libxlu:\n" + xl.messages());
        assertEquals(row.xlLine(), Integer.parseInt(m.group(1)), "libxlu's line, in:\n" + xl.messages());
    }

    private static String render(XlSettings settings) {
        return settings.effective().values().stream()
                .map(s -> s.key() + s.op().symbol() + s.value())
                .collect(Collectors.joining("; "));
    }

    private static String shown(String input) {
        return input.isEmpty() ? "(empty)" : input.replace("\n", "\\n").replace("\r", "\\r");
    }
}
