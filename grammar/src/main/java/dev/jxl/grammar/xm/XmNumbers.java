package dev.jxl.grammar.xm;

import dev.jxl.grammar.xm.PyValue.Float;
import dev.jxl.grammar.xm.PyValue.Int;
import java.math.BigInteger;

/** Number literals: decimal, {@code 0x} hex, {@code 0o} and Python 2 {@code 0NNN} octal, floats. */
final class XmNumbers {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private XmNumbers() {
    }

    static PyValue parse(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.contains(".") || (t.contains("e") && !t.startsWith("0x"))) {
            return new Float(Double.parseDouble(t));
        }
        BigInteger value;
        if (t.startsWith("0x")) {
            value = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0o")) {
            value = new BigInteger(t.substring(2), 8);
        } else if (t.length() > 1 && t.startsWith("0") && !t.chars().allMatch(c -> c == '0')) {
            // Python 2 octal (xend's language); Python 3 rejects the spelling.
            value = new BigInteger(t.substring(1), 8);
        } else {
            value = new BigInteger(t);
        }
        if (value.compareTo(MAX) > 0) {
            throw PyError.refused("integer literal beyond 64 bits (Python 2 made it a long, which xend dropped)");
        }
        return new Int(value.longValue());
    }
}
