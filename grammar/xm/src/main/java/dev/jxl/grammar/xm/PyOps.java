package dev.jxl.grammar.xm;

import dev.jxl.grammar.xm.PyValue.Bool;
import dev.jxl.grammar.xm.PyValue.Float;
import dev.jxl.grammar.xm.PyValue.Int;
import dev.jxl.grammar.xm.PyValue.None;
import dev.jxl.grammar.xm.PyValue.PyDict;
import dev.jxl.grammar.xm.PyValue.PySet;
import dev.jxl.grammar.xm.PyValue.PyList;
import dev.jxl.grammar.xm.PyValue.Str;
import dev.jxl.grammar.xm.PyValue.Tuple;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators of the subset, with Python 3's results (which match Python 2's for everything real xm
 * configs do). Where the two Pythons disagree ({@code int / int}), the operation is refused rather
 * than guessed. Every string or list made is charged to the {@link Budget} before it is built.
 */
final class PyOps {
    private PyOps() {
    }

    static boolean truthy(PyValue v) {
        if (v instanceof Bool b) {
            return b.value();
        }
        if (v instanceof Int i) {
            return i.value() != 0;
        }
        if (v instanceof Float f) {
            return f.value() != 0.0;
        }
        if (v instanceof Str s) {
            return !s.value().isEmpty();
        }
        if (v instanceof PyList l) {
            return !l.items().isEmpty();
        }
        if (v instanceof Tuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof PyDict d) {
            return d.length() > 0;
        }
        if (v instanceof PySet t) {
            return t.length() > 0;
        }
        return !(v instanceof None);
    }

    /** An int or bool as a long, or null when v is not integral. */
    static Long integral(PyValue v) {
        if (v instanceof Int i) {
            return i.value();
        }
        if (v instanceof Bool b) {
            return b.value() ? 1L : 0L;
        }
        return null;
    }

    static Double numeric(PyValue v) {
        Long l = integral(v);
        if (l != null) {
            return l.doubleValue();
        }
        return v instanceof Float f ? f.value() : null;
    }

    // ---- sizes ----

    /**
     * The characters and items a value holds: a string's length; for a container, one per item plus
     * what each item holds, a part held several times counting each time (as writing it out would).
     * Lists and tuples keep theirs, so this is constant-time. A list changed after it was put in
     * another container is not re-counted there; the text builders and the output budget bound
     * what that misses.
     */
    static long size(PyValue v) {
        if (v instanceof Str s) {
            return s.value().length();
        }
        if (v instanceof PyList l) {
            return l.size();
        }
        if (v instanceof Tuple t) {
            return t.size();
        }
        if (v instanceof PyDict d) {
            return d.size();
        }
        if (v instanceof PySet t) {
            return t.size();
        }
        return 0;
    }

    /**
     * What makes two dict keys (or set items) the same key in Python: equal numbers are one key
     * whatever their type ({@code 1}, {@code 1.0}, {@code True}), strings by their text, tuples by
     * their items. Lists, dicts and sets are unhashable (a TypeError, as in Python); other objects
     * are hashed by identity in Python, which jxl does not model.
     */
    static Object hashKey(PyValue v) {
        if (v instanceof Str s) {
            return s.value();
        }
        Long n = integral(v);
        if (n != null) {
            return n;
        }
        if (v instanceof Float f) {
            double d = f.value();
            if (Double.isNaN(d)) {
                throw PyError.refused("a NaN dict key or set item (each NaN is its own key in Python) is not modelled");
            }
            return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (Object) (long) d : (Object) d;
        }
        if (v instanceof None) {
            return v;
        }
        if (v instanceof Tuple t) {
            List<Object> keys = new ArrayList<>();
            for (PyValue item : t.items()) {
                keys.add(hashKey(item));
            }
            return keys;
        }
        if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) {
            throw PyError.typeError("unhashable type: '" + v.typeName() + "'");
        }
        throw PyError.refused("a " + v.typeName() + " as a dict key or set item is not modelled");
    }

    static long sizeOfItems(List<PyValue> items) {
        long n = items.size();
        for (PyValue item : items) {
            n = saturatedSum(n, size(item));
        }
        return n;
    }

    static long saturatedSum(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    static long saturatedProduct(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    // ---- text ----

    /** {@code str(v)}, refused past the default string-size budget. */
    static String str(PyValue v) {
        return str(v, XmLimits.MAX_STRING_CHARS);
    }

    /** {@code str(v)}, refused (before more is built) once it would pass {@code limit} characters. */
    static String str(PyValue v, int limit) {
        if (v instanceof Str s) {
            return s.value();
        }
        return repr(v, limit);
    }

    static String repr(PyValue v) {
        return repr(v, XmLimits.MAX_STRING_CHARS);
    }

    static String repr(PyValue v, int limit) {
        Text out = new Text(limit);
        repr(v, out, new java.util.IdentityHashMap<>());
        return out.toString();
    }

    /** A text builder that refuses to grow past its limit. */
    private static final class Text {
        private final StringBuilder b = new StringBuilder();
        private final int limit;

        Text(int limit) {
            this.limit = limit;
        }

        Text append(String s) {
            if ((long) b.length() + s.length() > limit) {
                throw PyError.refused("the text of this value would pass " + limit
                        + " characters: the string-size budget is " + limit);
            }
            b.append(s);
            return this;
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    private static void repr(PyValue v, Text out, java.util.IdentityHashMap<PyValue, Boolean> open) {
        if (v instanceof Str s) {
            out.append(reprString(s.value()));
        } else if (v instanceof Int i) {
            out.append(Long.toString(i.value()));
        } else if (v instanceof Float f) {
            out.append(floatRepr(f.value()));
        } else if (v instanceof Bool b) {
            out.append(b.value() ? "True" : "False");
        } else if (v instanceof None) {
            out.append("None");
        } else if (v instanceof PyList l) {
            if (open.containsKey(l)) {
                out.append("[...]"); // a list that holds itself, as Python prints it
                return;
            }
            open.put(l, Boolean.TRUE);
            items(l.items(), "[", "]", false, out, open);
            open.remove(l);
        } else if (v instanceof Tuple t) {
            items(t.items(), "(", ")", t.items().size() == 1, out, open);
        } else if (v instanceof PyDict d) {
            // Python 2 (xend) printed a dict's entries in the order of its hash table, which jxl
            // does not reproduce: only the forms both Pythons print alike are given.
            if (d.length() > 1) {
                throw PyError.refused("the text of a dict of several entries is not modelled (Python 2 printed"
                        + " them in hash-table order)");
            }
            out.append("{");
            if (d.length() == 1) {
                repr(d.keys().get(0), out, open);
                out.append(": ");
                repr(d.values().get(0), out, open);
            }
            out.append("}");
        } else if (v instanceof PySet t) {
            if (t.length() > 1) {
                throw PyError.refused("the text of a set of several items is not modelled (Python 2 printed"
                        + " them in hash-table order)");
            }
            // Python 2's form, which xend saw (Python 3 prints {'a'})
            out.append("set([");
            if (t.length() == 1) {
                repr(t.items().get(0), out, open);
            }
            out.append("])");
        } else {
            // Python would print an object address here, which differs from run to run.
            throw PyError.refused("a " + v.typeName() + " has no stable text form; jxl refuses to format it");
        }
    }

    private static void items(List<PyValue> items, String open, String close, boolean singleTuple, Text out,
            java.util.IdentityHashMap<PyValue, Boolean> opened) {
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            repr(items.get(i), out, opened);
        }
        if (singleTuple) {
            out.append(",");
        }
        out.append(close);
    }

    /** Python 3's {@code repr(str)}: single quotes unless the text has one and no double quote. */
    static String reprString(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa1) || c == 0xad) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        BigDecimal abs = shortest.abs().stripTrailingZeros();
        String digits = abs.unscaledValue().toString();
        int exponent = digits.length() - 1 - abs.scale(); // position of the first digit
        String sign = d < 0 ? "-" : "";
        if (exponent >= -5 + 1 && exponent < 16) {
            String plain = abs.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    // ---- arithmetic ----

    static PyValue add(PyValue a, PyValue b, Budget budget) {
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            return new Int(exact(() -> Math.addExact(x, y)));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            return new Float(fx + fy);
        }
        if (a instanceof Str s && b instanceof Str t) {
            budget.allocate((long) s.value().length() + t.value().length());
            return new Str(s.value() + t.value());
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof Tuple && b instanceof Tuple)) {
            budget.hold(saturatedSum(size(a), size(b)));
        }
        if (a instanceof PyList l && b instanceof PyList m) {
            budget.allocate((long) l.items().size() + m.items().size());
            List<PyValue> all = new ArrayList<>(l.items());
            all.addAll(m.items());
            return new PyList(all);
        }
        if (a instanceof Tuple l && b instanceof Tuple m) {
            budget.allocate((long) l.items().size() + m.items().size());
            List<PyValue> all = new ArrayList<>(l.items());
            all.addAll(m.items());
            return new Tuple(all);
        }
        throw unsupported("+", a, b);
    }

    static PyValue subtract(PyValue a, PyValue b) {
        if (a instanceof PySet && b instanceof PySet) {
            throw PyError.refused("set difference is not modelled");
        }
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            return new Int(exact(() -> Math.subtractExact(x, y)));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            return new Float(fx - fy);
        }
        throw unsupported("-", a, b);
    }

    static PyValue multiply(PyValue a, PyValue b, Budget budget) {
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            return new Int(exact(() -> Math.multiplyExact(x, y)));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            return new Float(fx * fy);
        }
        if (y != null && (a instanceof Str || a instanceof PyList || a instanceof Tuple)) {
            return repeat(a, y, budget);
        }
        if (x != null && (b instanceof Str || b instanceof PyList || b instanceof Tuple)) {
            return repeat(b, x, budget);
        }
        throw unsupported("*", a, b);
    }

    private static PyValue repeat(PyValue seq, long times, Budget budget) {
        long n = Math.max(0, times);
        if (seq instanceof Str s) {
            budget.allocate(saturatedProduct(s.value().length(), n));
            return new Str(s.value().repeat((int) n));
        }
        List<PyValue> items = seq instanceof PyList l ? l.items() : ((Tuple) seq).items();
        budget.allocate(saturatedProduct(items.size(), n));
        budget.hold(saturatedProduct(size(seq), n));
        List<PyValue> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.addAll(items);
        }
        return seq instanceof PyList ? new PyList(out) : new Tuple(out);
    }

    static PyValue floorDivide(PyValue a, PyValue b) {
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            if (y == 0) {
                throw PyError.python("ZeroDivisionError", "integer division or modulo by zero");
            }
            return new Int(exact(() -> {
                if (x == Long.MIN_VALUE && y == -1) {
                    throw new ArithmeticException();
                }
                return Math.floorDiv(x, y);
            }));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            if (fy == 0.0) {
                throw PyError.python("ZeroDivisionError", "float floor division by zero");
            }
            return new Float(Math.floor(fx / fy));
        }
        throw unsupported("//", a, b);
    }

    static PyValue trueDivide(PyValue a, PyValue b) {
        if (integral(a) != null && integral(b) != null) {
            throw PyError.refused("`/` between integers differs between Python 2 (xend: floor division) and"
                    + " Python 3 (a float); write `//` for xend's meaning");
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            if (fy == 0.0) {
                throw PyError.python("ZeroDivisionError", "float division by zero");
            }
            return new Float(fx / fy);
        }
        throw unsupported("/", a, b);
    }

    static PyValue modulo(PyValue a, PyValue b, Budget budget) {
        if (a instanceof Str s) {
            return PyFormat.format(s.value(), b, budget);
        }
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            if (y == 0) {
                throw PyError.python("ZeroDivisionError", "integer division or modulo by zero");
            }
            return new Int(Math.floorMod(x, y));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            if (fy == 0.0) {
                throw PyError.python("ZeroDivisionError", "float modulo");
            }
            double r = fx % fy;
            if (r != 0 && (r < 0) != (fy < 0)) {
                r += fy;
            }
            return new Float(r);
        }
        throw unsupported("%", a, b);
    }

    static PyValue power(PyValue a, PyValue b) {
        Long x = integral(a);
        Long y = integral(b);
        if (x != null && y != null) {
            if (y < 0) {
                if (x == 0) {
                    throw PyError.python("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                return new Float(Math.pow(x, y));
            }
            return new Int(integerPower(x, y));
        }
        Double fx = numeric(a);
        Double fy = numeric(b);
        if (fx != null && fy != null) {
            if (fx < 0 && fy != Math.rint(fy)) {
                throw PyError.refused("a negative number to a fractional power is a complex number");
            }
            return new Float(Math.pow(fx, fy));
        }
        throw unsupported("** or pow()", a, b);
    }

    private static long integerPower(long base, long exponent) {
        if (base == 0 || base == 1) {
            return exponent == 0 ? 1 : base;
        }
        if (base == -1) {
            return exponent % 2 == 0 ? 1 : -1;
        }
        long result = 1;
        for (long i = 0; i < exponent; i++) { // |base| >= 2 overflows within 64 rounds
            long r = result;
            result = exact(() -> Math.multiplyExact(r, base));
        }
        return result;
    }

    static PyValue negate(PyValue a) {
        Long x = integral(a);
        if (x != null) {
            return new Int(exact(() -> Math.negateExact(x)));
        }
        if (a instanceof Float f) {
            return new Float(-f.value());
        }
        throw PyError.typeError("bad operand type for unary -: '" + a.typeName() + "'");
    }

    static PyValue plus(PyValue a) {
        Long x = integral(a);
        if (x != null) {
            return new Int(x);
        }
        if (a instanceof Float) {
            return a;
        }
        throw PyError.typeError("bad operand type for unary +: '" + a.typeName() + "'");
    }

    interface LongOp {
        long apply();
    }

    static long exact(LongOp op) {
        try {
            return op.apply();
        } catch (ArithmeticException e) {
            throw PyError.refused("integer result beyond 64 bits (Python 2 made it a long, which xend dropped)");
        }
    }

    private static PyError unsupported(String op, PyValue a, PyValue b) {
        return PyError.typeError("unsupported operand type(s) for " + op + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    // ---- comparisons ----

    static boolean equal(PyValue a, PyValue b) {
        Double x = numeric(a);
        Double y = numeric(b);
        if (x != null && y != null) {
            Long lx = integral(a);
            Long ly = integral(b);
            return lx != null && ly != null ? lx.longValue() == ly.longValue() : x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Str s && b instanceof Str t) {
            return s.value().equals(t.value());
        }
        if (a instanceof PyList l && b instanceof PyList m) {
            return sequenceEqual(l.items(), m.items());
        }
        if (a instanceof Tuple l && b instanceof Tuple m) {
            return sequenceEqual(l.items(), m.items());
        }
        if (a instanceof None && b instanceof None) {
            return true;
        }
        if (a instanceof PyDict d && b instanceof PyDict e) {
            if (d.length() != e.length()) {
                return false;
            }
            List<PyValue> keys = d.keys();
            List<PyValue> values = d.values();
            for (int i = 0; i < keys.size(); i++) {
                PyValue other = e.get(keys.get(i));
                if (other == null || !equal(values.get(i), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return s.equals(t);
        }
        if (isData(a) && isData(b)) {
            return false;
        }
        return a == b;
    }

    private static boolean isData(PyValue v) {
        return v instanceof Str || v instanceof Int || v instanceof Float || v instanceof Bool || v instanceof None
                || v instanceof PyList || v instanceof Tuple || v instanceof PyDict || v instanceof PySet;
    }

    private static boolean sequenceEqual(List<PyValue> a, List<PyValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Ordering as Python 3 defines it; mixed kinds are a TypeError there (and arbitrary in Python 2). */
    static int order(PyValue a, PyValue b, String op) {
        if (a instanceof PyDict || b instanceof PyDict) {
            throw PyError.refused("ordering a dict is not modelled (Python 2 compared dicts by a rule of its own,"
                    + " Python 3 raises TypeError)");
        }
        Double x = numeric(a);
        Double y = numeric(b);
        if (x != null && y != null) {
            Long lx = integral(a);
            Long ly = integral(b);
            return lx != null && ly != null ? Long.compare(lx, ly) : Double.compare(x, y);
        }
        if (a instanceof Str s && b instanceof Str t) {
            return s.value().compareTo(t.value());
        }
        List<PyValue> la = a instanceof PyList l ? l.items() : a instanceof Tuple t ? t.items() : null;
        List<PyValue> lb = b instanceof PyList l ? l.items() : b instanceof Tuple t ? t.items() : null;
        if (la != null && lb != null && a.getClass() == b.getClass()) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                if (!equal(la.get(i), lb.get(i))) {
                    return order(la.get(i), lb.get(i), op);
                }
            }
            return Integer.compare(la.size(), lb.size());
        }
        throw PyError.typeError("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    static boolean contains(PyValue container, PyValue item) {
        if (container instanceof Str s) {
            if (item instanceof Str t) {
                return s.value().contains(t.value());
            }
            throw PyError.typeError("'in <string>' requires string as left operand, not " + item.typeName());
        }
        if (container instanceof PyDict d) {
            return d.get(item) != null;
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        List<PyValue> items = container instanceof PyList l ? l.items()
                : container instanceof Tuple t ? t.items() : null;
        if (items == null) {
            throw PyError.typeError("argument of type '" + container.typeName() + "' is not iterable");
        }
        for (PyValue v : items) {
            if (equal(v, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- subscripts ----

    static PyValue index(PyValue container, PyValue key) {
        if (container instanceof PyDict d) {
            PyValue v = d.get(key);
            if (v == null) {
                throw PyError.python("KeyError", repr(key));
            }
            return v;
        }
        Long i = integral(key);
        if (container instanceof Str s) {
            return new Str(String.valueOf(s.value().charAt(position(i, s.value().length(), "string", key))));
        }
        List<PyValue> items = container instanceof PyList l ? l.items()
                : container instanceof Tuple t ? t.items() : null;
        if (items == null) {
            throw PyError.typeError("'" + container.typeName() + "' object is not subscriptable");
        }
        return items.get(position(i, items.size(), container.typeName(), key));
    }

    private static int position(Long i, int size, String kind, PyValue key) {
        if (i == null) {
            throw PyError.typeError(kind + " indices must be integers, not " + key.typeName());
        }
        long p = i < 0 ? i + size : i;
        if (p < 0 || p >= size) {
            throw PyError.python("IndexError", kind + " index out of range");
        }
        return (int) p;
    }

    static PyValue slice(PyValue container, PyValue lower, PyValue upper) {
        if (container instanceof PyDict) {
            throw PyError.typeError("unhashable type: 'slice'");
        }
        int size = container instanceof Str s ? s.value().length()
                : container instanceof PyList l ? l.items().size()
                : container instanceof Tuple t ? t.items().size() : -1;
        if (size < 0) {
            throw PyError.typeError("'" + container.typeName() + "' object is not subscriptable");
        }
        int from = bound(lower, 0, size);
        int to = Math.max(from, bound(upper, size, size));
        if (container instanceof Str s) {
            return new Str(s.value().substring(from, to));
        }
        if (container instanceof PyList l) {
            return new PyList(l.items().subList(from, to));
        }
        return new Tuple(((Tuple) container).items().subList(from, to));
    }

    private static int bound(PyValue v, int absent, int size) {
        if (v == null || v instanceof None) {
            return absent;
        }
        Long i = integral(v);
        if (i == null) {
            throw PyError.typeError("slice indices must be integers or None");
        }
        long p = i < 0 ? i + size : i;
        return (int) Math.max(0, Math.min(size, p));
    }
}
