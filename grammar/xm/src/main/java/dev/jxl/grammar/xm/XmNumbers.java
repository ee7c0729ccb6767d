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
        String digits;
        int radix;
        if (t.startsWith("0x")) {
            digits = t.substring(2);
            radix = 16;
        } else if (t.startsWith("0o")) {
            digits = t.substring(2);
            radix = 8;
        } else if (t.length() > 1 && t.startsWith("0") && !t.chars().allMatch(c -> c == '0')) {
            // Python 2 octal (xend's language); Python 3 rejects the spelling.
            digits = t.substring(1);
            radix = 8;
        } else {
            digits = t;
            radix = 10;
        }
        // more significant digits than Long.MAX_VALUE has is beyond 64 bits, whatever they are: judged
        // by counting, since BigInteger's parse is quadratic (a 1,000,000-digit literal took 20 s)
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        int maxDigits = radix == 16 ? 16 : radix == 8 ? 21 : 19;
        BigInteger value = digits.length() - first > maxDigits ? null : new BigInteger(digits.substring(first), radix);
        if (value == null || value.compareTo(MAX) > 0) {
            throw PyError.refused("integer literal beyond 64 bits (Python 2 made it a long, which xend dropped)");
        }
        return new Int(value.longValue());
    }
}
