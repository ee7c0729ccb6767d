package dev.jxl.grammar.xm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value of the Python subset. Only str, int (64-bit), float, bool, None, list and tuple are data;
 * the rest (functions, the modelled modules and their functions, match results, {@code xm_vars}) exist
 * so that configs can call them, and are never kept as settings.
 */
public sealed interface PyValue {

    /** Python's name for the type, as its error messages print it. */
    String typeName();

    record Str(String value) implements PyValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "str";
        }
    }

    /** A Python int. Values beyond 64 bits are refused where they would arise (xend dropped longs). */
    record Int(long value) implements PyValue {
        @Override
        public String typeName() {
            return "int";
        }
    }

    record Float(double value) implements PyValue {
        @Override
        public String typeName() {
            return "float";
        }
    }

    record Bool(boolean value) implements PyValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }

        @Override
        public String typeName() {
            return "bool";
        }
    }

    record None() implements PyValue {
        public static final None NONE = new None();

        @Override
        public String typeName() {
            return "NoneType";
        }
    }

    /**
     * A Python list: mutable ({@code append}) and shared by reference, as in Python. It keeps the
     * size it holds ({@link PyOps#size}); mutation goes through {@link #addAll} so that stays true.
     */
    final class PyList implements PyValue {
        private final List<PyValue> items;
        private long size;

        public PyList(List<PyValue> items) {
            this.items = new ArrayList<>(items);
            this.size = PyOps.sizeOfItems(this.items);
        }

        /** A read-only view. */
        public List<PyValue> items() {
            return java.util.Collections.unmodifiableList(items);
        }

        long size() {
            return size;
        }

        /** Appends in place ({@code append}, {@code extend}, {@code +=}); the caller has charged the budget. */
        void addAll(List<PyValue> more) {
            long added = PyOps.sizeOfItems(more);
            items.addAll(new ArrayList<>(more));
            size = PyOps.saturatedSum(size, added);
        }

        @Override
        public String typeName() {
            return "list";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PyList l && l.items.equals(items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return "PyList" + items;
        }
    }

    /** A Python tuple: immutable, and knowing the size it holds. */
    final class Tuple implements PyValue {
        private final List<PyValue> items;
        private final long size;

        public Tuple(List<PyValue> items) {
            this.items = List.copyOf(items);
            this.size = PyOps.sizeOfItems(this.items);
        }

        public List<PyValue> items() {
            return items;
        }

        long size() {
            return size;
        }

        @Override
        public String typeName() {
            return "tuple";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tuple t && t.items.equals(items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return "Tuple" + items;
        }
    }

    /** A function defined by the config with {@code def}. */
    record Function(String name, XmConfig.FunctionDefinitionContext definition, List<PyValue> defaults)
            implements PyValue {
        @Override
        public String typeName() {
            return "function";
        }
    }

    /** One of the modelled modules: {@code os}, {@code os.path}, {@code re}, {@code sys}. */
    record Module(String name) implements PyValue {
        @Override
        public String typeName() {
            return "module";
        }
    }

    /** A modelled callable: a builtin ({@code int}), a module function ({@code re.search}) or an exception class. */
    record Builtin(String name) implements PyValue {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** A method looked up on a value, not yet called ({@code vals.append}, {@code xm_vars.check}). */
    record BoundMethod(PyValue self, String name) implements PyValue {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** What {@code re.search}/{@code re.match} return on success: the matched groups. */
    record Match(List<String> groups, int start, int end) implements PyValue {
        public Match {
            groups = java.util.Collections.unmodifiableList(new ArrayList<>(groups));
        }

        @Override
        public String typeName() {
            return "re.Match";
        }
    }

    /** xend's {@code xm_vars}: declared script variables and their check functions. */
    final class XmVars implements PyValue {
        record Declared(String name, PyValue check) {
        }

        private final List<Declared> declared = new ArrayList<>();

        public List<Declared> declared() {
            return declared;
        }

        @Override
        public String typeName() {
            return "instance";
        }
    }

    /** An exception instance made by calling an exception class ({@code ValueError("bad")}). */
    record ExceptionValue(String type, String message) implements PyValue {
        @Override
        public String typeName() {
            return type;
        }
    }
}
