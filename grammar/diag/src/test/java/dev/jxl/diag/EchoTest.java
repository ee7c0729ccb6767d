package dev.jxl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a message shows of the input: one line of plain text, values cut to their head. */
class EchoTest {

    @Test
    void controlCharactersAreEscapedAndPlainTextIsKept() {
        String plain = "type `hvm' — é ü 0x41";
        assertSame(plain, Echo.escape(plain), "plain text is returned as it is");
        assertEquals("a\\x00b\\x07c\\td\\ne\\rf\\x1bg\\x7fh", Echo.escape("a\0b\u0007c\td\ne\rf\u001bg\u007fh"));
        // C1 controls and the Unicode line separators would also start a line on some terminals
        assertEquals("\\x85 \\u2028 \\u2029", Echo.escape("\u0085 \u2028 \u2029"));
        // a backslash stays: the escapes are for reading, not for parsing back
        assertEquals("C:\\dir", Echo.escape("C:\\dir"));
    }

    @Test
    void aLongValueIsCutToItsHeadWithItsLength() {
        String digits = "1".repeat(100_000);
        assertEquals("1".repeat(Echo.VALUE_CHARS) + "… (100000 characters)", Echo.value(digits));
        String exact = "x".repeat(Echo.VALUE_CHARS);
        assertEquals(exact, Echo.value(exact));
        assertEquals("a\\x07", Echo.value("a\u0007"));
        // never half a surrogate pair
        String emoji = "y".repeat(Echo.VALUE_CHARS - 1) + "\ud83d\ude00" + "z";
        assertEquals("y".repeat(Echo.VALUE_CHARS - 1) + "… (" + emoji.length() + " characters)", Echo.value(emoji));
    }

    @Test
    void aDiagnosticIsOneLineWhateverItsMessageHolds() {
        Diagnostic d = new Diagnostic(Severity.ERROR, new SourcePosition("g\nuest.cfg", 2, 3), Optional.empty(),
                "unknown type `hvm\u0000\n'");
        assertEquals("g\\nuest.cfg:2:3: error: unknown type `hvm\\x00\\n'", d.toString());
    }
}
