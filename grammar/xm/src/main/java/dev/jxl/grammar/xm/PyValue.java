package dev.jxl.grammar.xm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value of the Python subset. Only str, int (64-bit), float, bool, None, list, tuple, dict and set
 * are data;
 * the rest (functions, the modelled modules and their functions, match results, {@code xm_vars}) exist
 * so that configs can call them, and are never kept as settings.
 */
public sealed interface PyValue {

    /** Python's name for a type of the subset, as its error messages print it ({@code type(v).__name__}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface TypeName {
        String value();
    }

    /** Python's name for the type of this value: its class's {@link TypeName}. */
    default String typeName() {
        return getClass().getAnnotation(TypeName.class).value();
    }

    @TypeName("str")
    record Str(String value) implements PyValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A Python int. Values beyond 64 bits are refused where they would arise (xend dropped longs). */
    @TypeName("int")
    record Int(long value) implements PyValue {
    }

    @TypeName("float")
    record Float(double value) implements PyValue {
    }

    @TypeName("bool")
    record Bool(boolean value) implements PyValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    @TypeName("NoneType")
    record None() implements PyValue {
        public static final None NONE = new None();
    }

    /** What a list and a tuple share: their items, and the size they hold ({@link PyOps#size}). */
    abstract sealed class Sequence implements PyValue permits PyList, Tuple {
        final List<PyValue> items;
        long size;

        Sequence(List<PyValue> items) {
            this.items = items;
            this.size = PyOps.sizeOfItems(items);
        }

        long size() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && ((Sequence) o).items.equals(items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + items;
        }
    }

    /**
     * A Python list: mutable ({@code append}) and shared by reference, as in Python. Mutation goes
     * through {@link #addAll} so that the size it holds stays true.
     */
    @TypeName("list")
    final class PyList extends Sequence {
        public PyList(List<PyValue> items) {
            super(new ArrayList<>(items));
        }

        /** A read-only view. */
        public List<PyValue> items() {
            return java.util.Collections.unmodifiableList(items);
        }

        /** Appends in place ({@code append}, {@code extend}, {@code +=}); the caller has charged the budget. */
        void addAll(List<PyValue> more) {
            long added = PyOps.sizeOfItems(more);
            items.addAll(new ArrayList<>(more));
            size = PyOps.saturatedSum(size, added);
        }
    }

    /** A Python tuple: immutable. */
    @TypeName("tuple")
    final class Tuple extends Sequence {
        public Tuple(List<PyValue> items) {
            super(List.copyOf(items));
        }

        public List<PyValue> items() {
            return items;
        }
    }

    /**
     * A Python dict made by a display ({@code {'pf': '03:00.0'}}). Keys are compared as Python
     * compares them ({@code 1}, {@code 1.0} and {@code True} are one key; see {@link PyOps#hashKey});
     * a repeated key keeps its first key object and place and takes the last value, as in Python.
     * No operation of the subset changes a dict.
     */
    @TypeName("dict")
    final class PyDict implements PyValue {
        private final java.util.LinkedHashMap<Object, PyValue[]> entries = new java.util.LinkedHashMap<>();
        private final long size;

        /** {@code pairs} alternate key, value; the keys are hashable (checked by the caller). */
        PyDict(List<PyValue> pairs) {
            long n = 0;
            for (int i = 0; i < pairs.size(); i += 2) {
                PyValue key = pairs.get(i);
                PyValue value = pairs.get(i + 1);
                PyValue[] old = entries.get(PyOps.hashKey(key));
                if (old != null) {
                    n -= PyOps.size(old[1]);
                    old[1] = value;
                } else {
                    entries.put(PyOps.hashKey(key), new PyValue[] {key, value});
                    n = PyOps.saturatedSum(n, 1 + PyOps.size(key));
                }
                n = PyOps.saturatedSum(n, PyOps.size(value));
            }
            this.size = n;
        }

        public int length() {
            return entries.size();
        }

        /** The keys, in the order a Python 3 dict keeps them (first insertion). */
        public List<PyValue> keys() {
            return entries.values().stream().map(e -> e[0]).toList();
        }

        public List<PyValue> values() {
            return entries.values().stream().map(e -> e[1]).toList();
        }

        /** The value for {@code key}, or null; a TypeError if the key is not hashable. */
        public PyValue get(PyValue key) {
            PyValue[] e = entries.get(PyOps.hashKey(key));
            return e == null ? null : e[1];
        }

        long size() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PyDict d) || d.entries.size() != entries.size()) {
                return false;
            }
            for (var e : entries.entrySet()) {
                PyValue[] other = d.entries.get(e.getKey());
                if (other == null || !other[1].equals(e.getValue()[1])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return entries.keySet().hashCode();
        }

        @Override
        public String toString() {
            return "PyDict" + keys() + values();
        }
    }

    /** A Python set made by a display ({@code {'a', 'b'}}); items compare as dict keys do. */
    @TypeName("set")
    final class PySet implements PyValue {
        private final java.util.LinkedHashMap<Object, PyValue> items = new java.util.LinkedHashMap<>();
        private final long size;

        PySet(List<PyValue> values) {
            long n = 0;
            for (PyValue v : values) {
                if (items.putIfAbsent(PyOps.hashKey(v), v) == null) {
                    n = PyOps.saturatedSum(n, 1 + PyOps.size(v));
                }
            }
            this.size = n;
        }

        public int length() {
            return items.size();
        }

        /** The items in the order they were first given (Python prints them in hash order). */
        public List<PyValue> items() {
            return List.copyOf(items.values());
        }

        public boolean contains(PyValue v) {
            return items.containsKey(PyOps.hashKey(v));
        }

        long size() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PySet t && t.items.keySet().equals(items.keySet());
        }

        @Override
        public int hashCode() {
            return items.keySet().hashCode();
        }

        @Override
        public String toString() {
            return "PySet" + items.values();
        }
    }

    /** A function defined by the config with {@code def}. */
    @TypeName("function")
    record Function(String name, XmConfig.FunctionDefinitionContext definition, List<PyValue> defaults)
            implements PyValue {
    }

    /** One of the modelled modules: {@code os}, {@code os.path}, {@code re}, {@code sys}. */
    @TypeName("module")
    record Module(String name) implements PyValue {
    }

    /** A modelled callable: a builtin ({@code int}), a module function ({@code re.search}) or an exception class. */
    @TypeName("builtin_function_or_method")
    record Builtin(String name) implements PyValue {
    }

    /** A method looked up on a value, not yet called ({@code vals.append}, {@code xm_vars.check}). */
    @TypeName("builtin_function_or_method")
    record BoundMethod(PyValue self, String name) implements PyValue {
    }

    /** What {@code re.search}/{@code re.match} return on success: the matched groups. */
    @TypeName("re.Match")
    record Match(List<String> groups, int start, int end) implements PyValue {
        public Match {
            groups = java.util.Collections.unmodifiableList(new ArrayList<>(groups));
        }
    }

    /** xend's {@code xm_vars}: declared script variables and their check functions. */
    @TypeName("instance")
    final class XmVars implements PyValue {
        record Declared(String name, PyValue check) {
        }

        private final List<Declared> declared = new ArrayList<>();

        public List<Declared> declared() {
            return declared;
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
