package dev.jxl.grammar.xm;

/** Python's text forms of a kept value, for messages and reports outside this package. */
public final class XmValues {
    private XmValues() {
    }

    /** {@code repr(value)} as Python 3 prints it. */
    public static String repr(PyValue value) {
        return PyOps.repr(value);
    }

    /** {@code str(value)} as Python 3 prints it. */
    public static String str(PyValue value) {
        return PyOps.str(value);
    }
}
