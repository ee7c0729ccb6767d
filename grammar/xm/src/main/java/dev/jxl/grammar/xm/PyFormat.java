package dev.jxl.grammar.xm;

import dev.jxl.grammar.xm.PyValue.Float;
import dev.jxl.grammar.xm.PyValue.Str;
import dev.jxl.grammar.xm.PyValue.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's {@code str % args}: conversions {@code s r d i u x X o c f F %} with the flags
 * {@code - 0 + space #}, a width and a precision. A tuple supplies one argument per conversion; any
 * other value is a single argument; a dict also supplies {@code %(name)s} conversions. {@code *}
 * widths are outside the subset; {@code %e}/{@code %g} are refused rather than approximated.
 */
final class PyFormat {
    private PyFormat() {
    }

    static Str format(String template, PyValue args, Budget budget) {
        List<PyValue> values = args instanceof Tuple t ? t.items() : List.of(args);
        int next = 0;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= template.length()) {
                throw PyError.valueError("incomplete format");
            }
            PyValue keyed = null;
            if (template.charAt(i) == '(') {
                if (!(args instanceof PyValue.PyDict mapping)) {
                    throw PyError.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < template.length() && depth > 0) {
                    char k = template.charAt(i++);
                    depth += k == '(' ? 1 : k == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    throw PyError.valueError("incomplete format key");
                }
                Str key = new Str(template.substring(start, i - 1));
                keyed = mapping.get(key);
                if (keyed == null) {
                    throw PyError.python("KeyError", PyOps.repr(key));
                }
            }
            String flags = "";
            while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags += template.charAt(i++);
            }
            int width = 0;
            while (i < template.length() && Character.isDigit(template.charAt(i))) {
                width = Math.min(width * 10 + (template.charAt(i++) - '0'), 1 << 24);
            }
            int precision = -1;
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    precision = Math.min(precision * 10 + (template.charAt(i++) - '0'), 1 << 24);
                }
            }
            if (i < template.length() && template.charAt(i) == '*') {
                throw PyError.refused("`*` widths in % formatting are outside the Python subset");
            }
            while (i < template.length() && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++; // length modifiers are accepted and ignored, as Python does
            }
            if (i >= template.length()) {
                throw PyError.valueError("incomplete format");
            }
            char conversion = template.charAt(i++);
            if (conversion == '%') {
                out.append('%');
                continue;
            }
            if (keyed == null && next >= values.size()) {
                throw PyError.typeError("not enough arguments for format string");
            }
            PyValue value = keyed != null ? keyed : values.get(next++);
            String text = convert(conversion, flags, precision, value, i - 1, budget.limits().maxStringChars());
            budget.grow((long) out.length() + Math.max(width, text.length()), 0); // charged once, below
            out.append(pad(text, width, flags, conversion));
        }
        if (next < values.size() && !(args instanceof PyValue.PyDict)) {
            throw PyError.typeError("not all arguments converted during string formatting");
        }
        budget.allocate(out.length());
        return new Str(out.toString());
    }

    private static String convert(char conversion, String flags, int precision, PyValue v, int at, int limit) {
        switch (conversion) {
            case 's', 'r' -> {
                String s = conversion == 's' ? PyOps.str(v, limit) : PyOps.repr(v, limit);
                return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
            }
            case 'd', 'i', 'u' -> {
                return signed(Long.toString(Math.abs(integer(v, conversion))), integer(v, conversion) < 0, flags,
                        precision);
            }
            case 'x', 'X', 'o' -> {
                long n = integerStrict(v, conversion);
                String digits = conversion == 'o' ? Long.toOctalString(Math.abs(n)) : Long.toHexString(Math.abs(n));
                if (n == Long.MIN_VALUE) {
                    digits = conversion == 'o' ? "1000000000000000000000" : "8000000000000000";
                }
                if (flags.indexOf('#') >= 0) {
                    digits = (conversion == 'o' ? "0o" : "0x") + digits;
                }
                String s = signed(digits, n < 0, flags, precision);
                return conversion == 'X' ? s.toUpperCase(java.util.Locale.ROOT) : s;
            }
            case 'f', 'F' -> {
                Double d = PyOps.numeric(v);
                if (d == null) {
                    throw PyError.typeError("must be real number, not " + v.typeName());
                }
                if (d.isNaN() || d.isInfinite()) {
                    String s = d.isNaN() ? "nan" : "inf";
                    return signed(conversion == 'F' ? s.toUpperCase(java.util.Locale.ROOT) : s, d < 0, flags, -1);
                }
                String digits = new BigDecimal(Math.abs(d)).setScale(precision < 0 ? 6 : Math.min(precision, 100),
                        RoundingMode.HALF_EVEN).toPlainString();
                return signed(digits, d < 0 || (d == 0.0 && 1 / d < 0), flags, -1);
            }
            case 'c' -> {
                if (v instanceof Str s && s.value().length() == 1) {
                    return s.value();
                }
                Long n = PyOps.integral(v);
                if (n == null) {
                    throw PyError.typeError("%c requires int or char");
                }
                if (n < 0 || n > 0xff) {
                    // beyond Latin-1 Python 2 and 3 disagree (and jxl's text is 8-bit)
                    throw PyError.refused("%c of " + n + " is outside the 8-bit range jxl models");
                }
                return String.valueOf((char) n.longValue());
            }
            case 'e', 'E', 'g', 'G' -> throw PyError.refused("%" + conversion
                    + " formatting is not modelled (use %f or %s)");
            default -> throw PyError.valueError("unsupported format character '" + conversion + "' (0x"
                    + Integer.toHexString(conversion) + ") at index " + at);
        }
    }

    /** %d accepts floats (truncating) in Python; %x and %o take integers only (Python 3). */
    private static long integer(PyValue v, char conversion) {
        Long n = PyOps.integral(v);
        if (n != null) {
            return n;
        }
        if (v instanceof Float f) {
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value()) || Math.abs(f.value()) >= 0x1p63) {
                throw PyError.refused("%" + conversion + " of " + PyOps.floatRepr(f.value()) + " is out of range");
            }
            return (long) f.value();
        }
        throw PyError.typeError("%" + conversion + " format: a real number is required, not " + v.typeName());
    }

    private static long integerStrict(PyValue v, char conversion) {
        Long n = PyOps.integral(v);
        if (n == null) {
            throw PyError.typeError("%" + conversion + " format: an integer is required, not " + v.typeName());
        }
        return n;
    }

    private static String signed(String digits, boolean negative, String flags, int precision) {
        String body = digits;
        if (precision > 0 && body.length() < precision) {
            body = "0".repeat(precision - body.length()) + body;
        }
        String sign = negative ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        return sign + body;
    }

    private static String pad(String text, int width, String flags, char conversion) {
        if (text.length() >= width) {
            return text;
        }
        int fill = width - text.length();
        if (flags.indexOf('-') >= 0) {
            return text + " ".repeat(fill);
        }
        boolean numeric = "diuxXofF".indexOf(conversion) >= 0;
        if (flags.indexOf('0') >= 0 && numeric) {
            int signEnd = 0;
            if (!text.isEmpty() && "+- ".indexOf(text.charAt(0)) >= 0) {
                signEnd = 1;
            }
            if (text.startsWith("0x", signEnd) || text.startsWith("0X", signEnd) || text.startsWith("0o", signEnd)) {
                signEnd += 2;
            }
            return text.substring(0, signEnd) + "0".repeat(fill) + text.substring(signEnd);
        }
        return " ".repeat(fill) + text;
    }
}
