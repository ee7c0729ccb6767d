package dev.jxl.grammar.xm;

import dev.jxl.grammar.xm.PyValue.Bool;
import dev.jxl.grammar.xm.PyValue.BoundMethod;
import dev.jxl.grammar.xm.PyValue.Builtin;
import dev.jxl.grammar.xm.PyValue.ExceptionValue;
import dev.jxl.grammar.xm.PyValue.Float;
import dev.jxl.grammar.xm.PyValue.Int;
import dev.jxl.grammar.xm.PyValue.Match;
import dev.jxl.grammar.xm.PyValue.Module;
import dev.jxl.grammar.xm.PyValue.None;
import dev.jxl.grammar.xm.PyValue.PyList;
import dev.jxl.grammar.xm.PyValue.Str;
import dev.jxl.grammar.xm.PyValue.Tuple;
import dev.jxl.grammar.xm.PyValue.XmVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The names a config can reach besides its own: a few pure builtins ({@code int str float len abs
 * repr}), the exception classes, {@code os.uname()} (answered from the given {@link
 * XmEnvironment.Uname}), pure {@code os.path} string functions, {@code re.search/match}, a few str and
 * list methods, and {@code xm_vars}. Everything that would run code, read files or the environment,
 * or look inside objects is refused by name.
 */
final class XmBuiltins {

    /** Calls a config value (a function the config defined) from inside a builtin. */
    interface Invoker {
        PyValue invoke(PyValue callee, List<PyValue> args);
    }

    private static final Set<String> FUNCTIONS = Set.of("int", "str", "float", "len", "abs", "repr");
    private static final Set<String> EXCEPTIONS = Set.of("ValueError", "TypeError", "Exception", "RuntimeError",
            "KeyError", "IndexError", "NameError", "StandardError");
    private static final Set<String> EXECUTES_CODE = Set.of("eval", "exec", "execfile", "compile", "__import__",
            "reload", "input", "breakpoint", "exit", "quit");
    private static final Set<String> HOST_ACCESS = Set.of("open", "file", "raw_input", "print", "help");
    private static final Set<String> INTROSPECTION = Set.of("getattr", "setattr", "delattr", "hasattr", "globals",
            "locals", "vars", "dir", "type", "object", "super", "id", "isinstance", "issubclass", "classmethod",
            "staticmethod", "property", "memoryview", "bytearray", "bytes");
    private static final Set<String> XEND_HOST_HELPERS = Set.of("get_current_ipaddr", "get_current_ipmask",
            "get_current_ipgw");

    private final XmEnvironment.Uname uname;
    private final Budget budget;
    private final Invoker invoker;

    XmBuiltins(XmEnvironment.Uname uname, Budget budget, Invoker invoker) {
        this.uname = uname;
        this.budget = budget;
        this.invoker = invoker;
    }

    static boolean isExceptionClass(String name) {
        return EXCEPTIONS.contains(name);
    }

    /** The builtin of that name, null when Python has none, or a refusal for the dangerous ones. */
    PyValue builtin(String name) {
        if (FUNCTIONS.contains(name) || EXCEPTIONS.contains(name)) {
            return new Builtin(name);
        }
        if (EXECUTES_CODE.contains(name)) {
            throw PyError.refused("`" + name + "` would run code; jxl evaluates configs without executing anything");
        }
        if (HOST_ACCESS.contains(name)) {
            throw PyError.refused("`" + name + "` would read or write outside the config; jxl never does");
        }
        if (INTROSPECTION.contains(name)) {
            throw PyError.refused("`" + name + "` (introspection) is outside the Python subset jxl evaluates");
        }
        if (XEND_HOST_HELPERS.contains(name)) {
            throw PyError.refused("`" + name + "` asks the host's network configuration; set the value in the"
                    + " config instead");
        }
        return null;
    }

    // ---------------------------------------------------------------- attributes

    PyValue attribute(PyValue owner, String name, XmVars xmVars) {
        if (name.startsWith("_")) {
            throw PyError.refused("attribute `" + name + "`: jxl refuses underscore attributes (no introspection)");
        }
        if (owner instanceof Module m) {
            return moduleAttribute(m.name(), name);
        }
        if (owner == xmVars && (name.equals("var") || name.equals("check"))) {
            return new BoundMethod(owner, name);
        }
        if (owner instanceof Str && Set.of("split", "strip", "lstrip", "rstrip", "lower", "upper", "replace",
                "startswith", "endswith", "join", "find").contains(name)) {
            return new BoundMethod(owner, name);
        }
        if (owner instanceof PyList && Set.of("append", "extend").contains(name)) {
            return new BoundMethod(owner, name);
        }
        if (owner instanceof PyValue.PyDict && name.equals("get")) {
            return new BoundMethod(owner, name);
        }
        if (owner instanceof Match && Set.of("group", "groups", "start", "end").contains(name)) {
            return new BoundMethod(owner, name);
        }
        throw PyError.refused("attribute `" + name + "` of a " + owner.typeName() + " is not modelled");
    }

    private PyValue moduleAttribute(String module, String name) {
        String qualified = module + "." + name;
        switch (qualified) {
            case "os.uname", "os.path.join", "os.path.basename", "os.path.dirname", "re.search", "re.match" -> {
                return new Builtin(qualified);
            }
            case "os.path" -> {
                return new Module("os.path");
            }
            case "re.I", "re.IGNORECASE" -> {
                return new Int(2);
            }
            case "re.M", "re.MULTILINE" -> {
                return new Int(8);
            }
            case "re.S", "re.DOTALL" -> {
                return new Int(16);
            }
            default -> {
            }
        }
        if (module.equals("os.path")) {
            throw PyError.refused("`" + qualified + "` would look at the host's files; jxl never does");
        }
        if (module.equals("os")) {
            throw PyError.refused("`" + qualified + "` would read or change the host; only os.uname() and"
                    + " os.path.join/basename/dirname are modelled");
        }
        throw PyError.refused("`" + qualified + "` is not modelled");
    }

    // ---------------------------------------------------------------- calls

    PyValue callBuiltin(String name, List<PyValue> args, Map<String, PyValue> keywords) {
        if (EXCEPTIONS.contains(name)) {
            noKeywords(name, keywords);
            String message = args.isEmpty() ? "" : args.size() == 1 ? PyOps.str(args.get(0)) : PyOps.repr(new Tuple(args));
            return new ExceptionValue(name, message);
        }
        switch (name) {
            case "int" -> {
                return toInt(args, keywords);
            }
            case "str" -> {
                noKeywords(name, keywords);
                arity(name, args, 0, 1);
                String s = args.isEmpty() ? "" : PyOps.str(args.get(0), budget.limits().maxStringChars());
                budget.allocate(s.length());
                return new Str(s);
            }
            case "repr" -> {
                noKeywords(name, keywords);
                arity(name, args, 1, 1);
                String s = PyOps.repr(args.get(0), budget.limits().maxStringChars());
                budget.allocate(s.length());
                return new Str(s);
            }
            case "float" -> {
                noKeywords(name, keywords);
                arity(name, args, 0, 1);
                return toFloat(args.isEmpty() ? new Float(0.0) : args.get(0));
            }
            case "len" -> {
                noKeywords(name, keywords);
                arity(name, args, 1, 1);
                PyValue v = args.get(0);
                if (v instanceof Str s) {
                    return new Int(s.value().length());
                }
                if (v instanceof PyList l) {
                    return new Int(l.items().size());
                }
                if (v instanceof Tuple t) {
                    return new Int(t.items().size());
                }
                if (v instanceof PyValue.PyDict d) {
                    return new Int(d.length());
                }
                if (v instanceof PyValue.PySet s) {
                    return new Int(s.length());
                }
                throw PyError.typeError("object of type '" + v.typeName() + "' has no len()");
            }
            case "abs" -> {
                noKeywords(name, keywords);
                arity(name, args, 1, 1);
                PyValue v = args.get(0);
                Long n = PyOps.integral(v);
                if (n != null) {
                    return new Int(PyOps.exact(() -> n < 0 ? Math.negateExact(n) : n));
                }
                if (v instanceof Float f) {
                    return new Float(Math.abs(f.value()));
                }
                throw PyError.typeError("bad operand type for abs(): '" + v.typeName() + "'");
            }
            case "os.uname" -> {
                noKeywords(name, keywords);
                arity(name, args, 0, 0);
                return new Tuple(List.of(new Str(uname.sysname()), new Str(uname.nodename()), new Str(uname.release()),
                        new Str(uname.version()), new Str(uname.machine())));
            }
            case "os.path.join" -> {
                noKeywords(name, keywords);
                if (args.isEmpty()) {
                    throw PyError.typeError("join() missing 1 required positional argument: 'a'");
                }
                String path = string(name, args.get(0));
                for (PyValue part : args.subList(1, args.size())) {
                    String p = string(name, part);
                    path = p.startsWith("/") ? p : path.isEmpty() || path.endsWith("/") ? path + p : path + "/" + p;
                }
                budget.allocate(path.length());
                return new Str(path);
            }
            case "os.path.basename" -> {
                noKeywords(name, keywords);
                arity(name, args, 1, 1);
                String p = string(name, args.get(0));
                return new Str(p.substring(p.lastIndexOf('/') + 1));
            }
            case "os.path.dirname" -> {
                noKeywords(name, keywords);
                arity(name, args, 1, 1);
                String p = string(name, args.get(0));
                String head = p.substring(0, p.lastIndexOf('/') + 1);
                // as posixpath: strip trailing slashes unless the head is all slashes
                if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
                    head = head.replaceAll("/+$", "");
                }
                return new Str(head);
            }
            case "re.search", "re.match" -> {
                return regex(name, args, keywords);
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private PyValue toInt(List<PyValue> args, Map<String, PyValue> keywords) {
        List<PyValue> all = new ArrayList<>(args);
        if (keywords.containsKey("base") && all.size() == 1) {
            all.add(keywords.get("base"));
        } else {
            noKeywords("int", keywords);
        }
        arity("int", all, 0, 2);
        if (all.isEmpty()) {
            return new Int(0);
        }
        PyValue v = all.get(0);
        if (all.size() == 2) {
            Long base = PyOps.integral(all.get(1));
            if (!(v instanceof Str s) || base == null) {
                throw PyError.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(s.value(), base.intValue());
        }
        Long n = PyOps.integral(v);
        if (n != null) {
            return new Int(n);
        }
        if (v instanceof Float f) {
            double d = f.value();
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) >= 0x1p63) {
                throw PyError.refused("int() of " + PyOps.floatRepr(d) + " is beyond 64 bits");
            }
            return new Int((long) d);
        }
        if (v instanceof Str s) {
            return parseInt(s.value(), 10);
        }
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + v.typeName() + "'");
    }

    private static Int parseInt(String text, int base) {
        String t = text.strip();
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        int b = base;
        String lower = t.toLowerCase(Locale.ROOT);
        if ((b == 16 || b == 0) && lower.startsWith("0x")) {
            t = t.substring(2);
            b = 16;
        } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
            t = t.substring(2);
            b = 8;
        } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
            t = t.substring(2);
            b = 2;
        } else if (b == 0) {
            b = 10;
        }
        if (b < 2 || b > 36 || t.isEmpty() || !t.chars().allMatch(c -> Character.digit(c, 36) >= 0
                && Character.digit(c, 36) < 36 && c < 0x80)) {
            throw PyError.valueError("invalid literal for int() with base " + base + ": " + PyOps.reprString(text));
        }
        try {
            long v = Long.parseLong(t, b);
            return new Int(negative ? -v : v);
        } catch (NumberFormatException e) {
            int radix = b;
            if (t.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
                throw PyError.refused("int() result beyond 64 bits (Python 2 made it a long, which xend dropped)");
            }
            throw PyError.valueError("invalid literal for int() with base " + base + ": " + PyOps.reprString(text));
        }
    }

    private static PyValue toFloat(PyValue v) {
        Double d = PyOps.numeric(v);
        if (d != null) {
            return new Float(d);
        }
        if (v instanceof Str s) {
            String t = s.value().strip();
            if (t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                return new Float(Double.parseDouble(t));
            }
            throw PyError.valueError("could not convert string to float: " + PyOps.reprString(s.value()));
        }
        throw PyError.typeError("float() argument must be a string or a real number, not '" + v.typeName() + "'");
    }

    private PyValue regex(String name, List<PyValue> args, Map<String, PyValue> keywords) {
        List<PyValue> all = new ArrayList<>(args);
        if (keywords.containsKey("flags") && all.size() == 2) {
            all.add(keywords.get("flags"));
        } else {
            noKeywords(name, keywords);
        }
        arity(name, all, 2, 3);
        String pattern = string(name, all.get(0));
        String text = string(name, all.get(1));
        long pyFlags = all.size() == 3 ? integerArg(name, all.get(2)) : 0;
        int flags = ((pyFlags & 2) != 0 ? Pattern.CASE_INSENSITIVE : 0) | ((pyFlags & 8) != 0 ? Pattern.MULTILINE : 0)
                | ((pyFlags & 16) != 0 ? Pattern.DOTALL : 0);
        Pattern compiled;
        try {
            compiled = Pattern.compile(javaRegex(pattern), flags);
        } catch (PatternSyntaxException e) {
            throw PyError.python("re.error", e.getDescription());
        }
        // Every character the matcher reads is a step, so a backtracking pattern cannot hang jxl.
        Matcher m = compiled.matcher(new CountingChars(text, budget));
        try {
            boolean found = name.equals("re.search") ? m.find() : m.lookingAt();
            if (!found) {
                return None.NONE;
            }
        } catch (StackOverflowError e) {
            throw PyError.refused("regular expression too complex for this text");
        }
        List<String> groups = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) {
            groups.add(m.group(g));
        }
        return new Match(groups, m.start(), m.end());
    }

    /** Python's regex spellings that Java writes differently; anything else is passed as is. */
    private static String javaRegex(String python) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                char n = python.charAt(++i);
                b.append(n == 'Z' ? "\\z" : "\\" + n);
            } else if (python.startsWith("(?P<", i)) {
                b.append("(?<");
                i += 3;
            } else if (python.startsWith("(?P=", i)) {
                int end = python.indexOf(')', i);
                if (end < 0) {
                    throw PyError.python("re.error", "missing ), unterminated name");
                }
                b.append("\\k<").append(python, i + 4, end).append('>');
                i = end;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A CharSequence that charges one evaluation step per character read. */
    private static final class CountingChars implements CharSequence {
        private final String text;
        private final Budget budget;
        private int reads;

        CountingChars(String text, Budget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads == 256) {
                budget.steps(reads);
                reads = 0;
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    PyValue callMethod(BoundMethod m, List<PyValue> args, Map<String, PyValue> keywords) {
        String name = m.name();
        if (m.self() instanceof XmVars vars) {
            // var(name, use=None, check=None)
            List<PyValue> all = new ArrayList<>(args);
            for (String k : List.of("name", "use", "check")) {
                if (keywords.containsKey(k)) {
                    while (all.size() < List.of("name", "use", "check").indexOf(k)) {
                        all.add(None.NONE);
                    }
                    if (all.size() > List.of("name", "use", "check").indexOf(k)) {
                        throw PyError.typeError("var() got multiple values for argument '" + k + "'");
                    }
                    all.add(keywords.get(k));
                }
            }
            for (String k : keywords.keySet()) {
                if (!List.of("name", "use", "check").contains(k)) {
                    throw PyError.typeError("var() got an unexpected keyword argument '" + k + "'");
                }
            }
            arity("var", all, 1, 3);
            String varName = string("var", all.get(0));
            vars.declared().add(new XmVars.Declared(varName, all.size() == 3 ? all.get(2) : None.NONE));
            return None.NONE;
        }
        if (m.self() instanceof PyList list) {
            noKeywords(name, keywords);
            arity(name, args, 1, 1);
            if (name.equals("append")) {
                budget.grow(list.items().size() + 1L, 1);
                budget.hold(PyOps.saturatedSum(list.size(), 1 + PyOps.size(args.get(0))));
                list.addAll(List.of(args.get(0)));
            } else {
                List<PyValue> more = args.get(0) instanceof PyList l ? l.items()
                        : args.get(0) instanceof Tuple t ? t.items() : null;
                if (more == null) {
                    throw PyError.refused("extend() from a " + args.get(0).typeName() + " is not modelled");
                }
                budget.grow((long) list.items().size() + more.size(), more.size());
                budget.hold(PyOps.saturatedSum(list.size(), PyOps.sizeOfItems(more)));
                list.addAll(more);
            }
            return None.NONE;
        }
        if (m.self() instanceof PyValue.PyDict dict) {
            noKeywords(name, keywords);
            arity(name, args, 1, 2);
            PyValue v = dict.get(args.get(0));
            return v != null ? v : args.size() == 2 ? args.get(1) : None.NONE;
        }
        if (m.self() instanceof Match match) {
            noKeywords(name, keywords);
            return switch (name) {
                case "group" -> {
                    arity(name, args, 0, 1);
                    long g = args.isEmpty() ? 0 : integerArg(name, args.get(0));
                    if (g < 0 || g >= match.groups().size()) {
                        throw PyError.python("IndexError", "no such group");
                    }
                    String s = match.groups().get((int) g);
                    yield s == null ? None.NONE : new Str(s);
                }
                case "groups" -> {
                    arity(name, args, 0, 0);
                    List<PyValue> out = new ArrayList<>();
                    for (String s : match.groups().subList(1, match.groups().size())) {
                        out.add(s == null ? None.NONE : new Str(s));
                    }
                    yield new Tuple(out);
                }
                case "start" -> new Int(match.start());
                default -> new Int(match.end());
            };
        }
        return stringMethod(((Str) m.self()).value(), name, args, keywords);
    }

    private PyValue stringMethod(String s, String name, List<PyValue> args, Map<String, PyValue> keywords) {
        noKeywords(name, keywords);
        switch (name) {
            case "lower" -> {
                arity(name, args, 0, 0);
                return new Str(s.toLowerCase(Locale.ROOT));
            }
            case "upper" -> {
                arity(name, args, 0, 0);
                return new Str(s.toUpperCase(Locale.ROOT));
            }
            case "strip", "lstrip", "rstrip" -> {
                arity(name, args, 0, 1);
                String chars = args.isEmpty() || args.get(0) instanceof None ? null : string(name, args.get(0));
                int from = 0;
                int to = s.length();
                if (!name.equals("rstrip")) {
                    while (from < to && strippable(s.charAt(from), chars)) {
                        from++;
                    }
                }
                if (!name.equals("lstrip")) {
                    while (to > from && strippable(s.charAt(to - 1), chars)) {
                        to--;
                    }
                }
                return new Str(s.substring(from, to));
            }
            case "startswith", "endswith" -> {
                arity(name, args, 1, 1);
                String x = string(name, args.get(0));
                return Bool.of(name.equals("startswith") ? s.startsWith(x) : s.endsWith(x));
            }
            case "find" -> {
                arity(name, args, 1, 1);
                return new Int(s.indexOf(string(name, args.get(0))));
            }
            case "replace" -> {
                arity(name, args, 2, 2);
                String old = string(name, args.get(0));
                String with = string(name, args.get(1));
                if (old.isEmpty()) {
                    throw PyError.refused("replace() of the empty string is not modelled");
                }
                long count = (s.length() - s.replace(old, "").length()) / old.length();
                budget.allocate(s.length() + count * Math.max(0, with.length() - old.length()));
                return new Str(s.replace(old, with));
            }
            case "join" -> {
                arity(name, args, 1, 1);
                List<PyValue> items = args.get(0) instanceof PyList l ? l.items()
                        : args.get(0) instanceof Tuple t ? t.items() : null;
                if (items == null) {
                    throw PyError.refused("join() of a " + args.get(0).typeName() + " is not modelled");
                }
                long length = 0;
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof Str item)) {
                        throw PyError.typeError("sequence item " + i + ": expected str instance, "
                                + items.get(i).typeName() + " found");
                    }
                    length = PyOps.saturatedSum(length, (i > 0 ? s.length() : 0) + (long) item.value().length());
                }
                budget.allocate(length);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    Str item = (Str) items.get(i);
                    if (i > 0) {
                        b.append(s);
                    }
                    b.append(item.value());
                }
                return new Str(b.toString());
            }
            default -> { // split
                arity(name, args, 0, 2);
                String sep = args.isEmpty() || args.get(0) instanceof None ? null : string(name, args.get(0));
                long max = args.size() == 2 ? integerArg(name, args.get(1)) : -1;
                return split(s, sep, max);
            }
        }
    }

    private PyValue split(String s, String sep, long max) {
        List<PyValue> parts = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    break;
                }
                if (max >= 0 && parts.size() == max) {
                    parts.add(new Str(s.substring(i).stripTrailing()));
                    break;
                }
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                parts.add(new Str(s.substring(i, j)));
                i = j;
            }
        } else {
            if (sep.isEmpty()) {
                throw PyError.valueError("empty separator");
            }
            int i = 0;
            while (true) {
                int j = s.indexOf(sep, i);
                if (j < 0 || (max >= 0 && parts.size() == max)) {
                    parts.add(new Str(s.substring(i)));
                    break;
                }
                parts.add(new Str(s.substring(i, j)));
                i = j + sep.length();
            }
        }
        budget.allocate(parts.size());
        return new PyList(parts);
    }

    private static boolean strippable(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static String string(String function, PyValue v) {
        if (v instanceof Str s) {
            return s.value();
        }
        throw PyError.typeError(function + "() argument must be str, not " + v.typeName());
    }

    private static long integerArg(String function, PyValue v) {
        Long n = PyOps.integral(v);
        if (n == null) {
            throw PyError.typeError(function + "() argument must be an integer, not " + v.typeName());
        }
        return n;
    }

    private static void arity(String function, List<PyValue> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw PyError.typeError(function + "() takes " + (min == max ? "" + min : min + " to " + max)
                    + " arguments (" + args.size() + " given)");
        }
    }

    private static void noKeywords(String function, Map<String, PyValue> keywords) {
        if (!keywords.isEmpty()) {
            throw PyError.typeError(function + "() takes no keyword arguments");
        }
    }
}
