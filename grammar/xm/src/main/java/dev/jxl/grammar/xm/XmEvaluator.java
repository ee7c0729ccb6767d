package dev.jxl.grammar.xm;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xm.PyValue.Bool;
import dev.jxl.grammar.xm.PyValue.BoundMethod;
import dev.jxl.grammar.xm.PyValue.Builtin;
import dev.jxl.grammar.xm.PyValue.ExceptionValue;
import dev.jxl.grammar.xm.PyValue.Float;
import dev.jxl.grammar.xm.PyValue.Function;
import dev.jxl.grammar.xm.PyValue.Int;
import dev.jxl.grammar.xm.PyValue.Module;
import dev.jxl.grammar.xm.PyValue.None;
import dev.jxl.grammar.xm.PyValue.PyList;
import dev.jxl.grammar.xm.PyValue.Str;
import dev.jxl.grammar.xm.PyValue.Tuple;
import dev.jxl.grammar.xm.PyValue.XmVars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Interprets a parsed xm config the way {@code xm create} ran it, without executing anything: the
 * file's top level runs with xend's two dictionaries — empty globals and a locals dict pre-filled
 * with the command-line script variables, {@code sys}, {@code os}, {@code xm_file}, {@code xm_help}
 * and {@code xm_vars} — so a function body sees its own variables, the (empty) globals and the
 * builtins, but not the file's top-level names, exactly as under xend. Afterwards only locals whose
 * type is exactly str, list, int or float are kept.
 */
final class XmEvaluator {

    /** A function call's (or the top level's) variables. */
    private static final class Frame {
        final Map<String, PyValue> vars;
        final Set<String> localNames; // null at the top level, where every name is looked up dynamically

        Frame(Map<String, PyValue> vars, Set<String> localNames) {
            this.vars = vars;
            this.localNames = localNames;
        }
    }

    /** How a block ended: normally (null) or by {@code return}. */
    private record Return(PyValue value) {
    }

    private final String source;
    private final XmEnvironment environment;
    private final Budget budget;
    private final Map<String, PyValue> globals = new HashMap<>();
    private final Map<String, PyValue> locals = new LinkedHashMap<>();
    private final Map<String, SourcePosition> assignedAt = new HashMap<>();
    private final Map<XmConfig.FunctionDefinitionContext, Set<String>> localNamesCache = new IdentityHashMap<>();
    private final XmVars xmVars = new XmVars();
    private final XmBuiltins builtins;
    private int depth;

    XmEvaluator(String source, XmEnvironment environment, XmLimits limits) {
        this.source = source;
        this.environment = environment;
        this.budget = new Budget(limits);
        this.builtins = new XmBuiltins(environment.uname(), budget, this::invoke);
    }

    XmEvaluation evaluate(XmConfig.FileContext file) {
        SourcePosition commandLine = new SourcePosition("<command line>", 0, 0);
        int word = 0;
        for (Map.Entry<String, String> v : environment.scriptVariables().entrySet()) {
            locals.put(v.getKey(), new Str(v.getValue()));
            assignedAt.put(v.getKey(), new SourcePosition("<command line>", ++word, 1));
        }
        SourcePosition preamble = SourcePosition.ofSource(source);
        define("sys", new Module("sys"), preamble);
        define("os", new Module("os"), preamble);
        define("xm_file", new Str(environment.xmFile()), preamble);
        define("xm_help", new Int(0), preamble);
        define("xm_vars", xmVars, preamble);
        Frame top = new Frame(locals, null);
        try {
            for (ParseTree child : file.children) {
                if (child instanceof XmConfig.StatementContext st) {
                    execute(st, top);
                }
            }
        } catch (PyError e) {
            throw toConfigException(e);
        } catch (StackOverflowError e) {
            throw new ConfigException(Diagnostic.error(new SourcePosition(source, 1, 1), null,
                    "evaluation nested too deeply"));
        }
        return harvest();
    }

    private void define(String name, PyValue value, SourcePosition at) {
        locals.put(name, value);
        assignedAt.put(name, at);
    }

    private ConfigException toConfigException(PyError e) {
        SourcePosition at = e.position() != null ? e.position() : new SourcePosition(source, 1, 1);
        String message = e.isRefusal() ? e.describe() : "the config raised " + e.describe();
        return new ConfigException(Diagnostic.error(at, null, message));
    }

    private XmEvaluation harvest() {
        List<XmVariable> kept = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        for (Map.Entry<String, PyValue> e : locals.entrySet()) {
            PyValue v = e.getValue();
            SourcePosition at = assignedAt.getOrDefault(e.getKey(), SourcePosition.ofSource(source));
            if (v instanceof Str || v instanceof Int || v instanceof Float || v instanceof PyList) {
                kept.add(new XmVariable(e.getKey(), v, at));
            } else if (v instanceof Bool || v instanceof None || v instanceof Tuple || v instanceof PyValue.PyDict
                    || v instanceof PyValue.PySet || v instanceof PyValue.Match
                    || v instanceof ExceptionValue) {
                notes.add(new Diagnostic(dev.jxl.diag.Severity.NOTE, at, java.util.Optional.of(e.getKey()),
                        "`" + e.getKey() + "` is a " + v.typeName()
                                + "; xend kept only str, list, int and float values, so it is dropped"));
            }
            // modules, functions and xm_vars are the config's machinery, not settings
        }
        return new XmEvaluation(source, kept, notes);
    }

    // ---------------------------------------------------------------- statements

    private Return execute(XmConfig.StatementContext st, Frame frame) {
        if (st instanceof XmConfig.SimpleStatementContext s) {
            return executeSimple(s.simpleStatements(), frame);
        }
        XmConfig.CompoundStatementContext c = ((XmConfig.CompoundContext) st).compoundStatement();
        try {
            budget.step();
        } catch (PyError e) {
            throw e.at(pos(c));
        }
        if (c instanceof XmConfig.IfStatementContext i) {
            for (int k = 0; k < i.test().size(); k++) {
                if (PyOps.truthy(evaluate(i.test(k), frame))) {
                    return executeSuite(i.suite(k), frame);
                }
            }
            return i.elseSuite != null ? executeSuite(i.elseSuite, frame) : null;
        }
        XmConfig.FunctionDefinitionContext def = (XmConfig.FunctionDefinitionContext) c;
        List<PyValue> defaults = new ArrayList<>();
        if (def.parameters() != null) {
            boolean seenDefault = false;
            for (XmConfig.ParameterContext p : def.parameters().parameter()) {
                if (p.defaultValue != null) {
                    seenDefault = true;
                    defaults.add(evaluate(p.defaultValue, frame));
                } else if (seenDefault) {
                    throw PyError.python("SyntaxError", "non-default argument follows default argument").at(pos(p));
                }
            }
        }
        assign(def.name.getText(), new Function(def.name.getText(), def, defaults), frame, pos(def));
        return null;
    }

    private Return executeSuite(XmConfig.SuiteContext suite, Frame frame) {
        if (suite instanceof XmConfig.InlineSuiteContext inline) {
            return executeSimple(inline.simpleStatements(), frame);
        }
        for (XmConfig.StatementContext st : ((XmConfig.BlockSuiteContext) suite).statement()) {
            Return r = execute(st, frame);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Return executeSimple(XmConfig.SimpleStatementsContext statements, Frame frame) {
        for (XmConfig.SmallStatementContext s : statements.smallStatement()) {
            Return r;
            try {
                budget.step();
                r = executeSmall(s, frame);
            } catch (PyError e) {
                throw e.at(pos(s));
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Return executeSmall(XmConfig.SmallStatementContext s, Frame frame) {
        if (s instanceof XmConfig.AssignmentContext a) {
            assign(a.target.getText(), evaluate(a.value, frame), frame, pos(a));
        } else if (s instanceof XmConfig.AugmentedAssignmentContext a) {
            String name = a.target.getText();
            PyValue current = lookup(name, frame, a.target);
            PyValue operand = evaluate(a.value, frame);
            PyValue result;
            try {
                result = switch (a.op.getType()) {
                    case XmConfigLexer.PLUS_ASSIGN -> {
                        if (current instanceof PyList l && operand instanceof PyList m) {
                            budget.grow((long) l.items().size() + m.items().size(), m.items().size());
                            budget.hold(PyOps.saturatedSum(l.size(), m.size()));
                            l.addAll(m.items()); // in place, as Python's list += does
                            yield l;
                        }
                        yield PyOps.add(current, operand, budget);
                    }
                    case XmConfigLexer.MINUS_ASSIGN -> PyOps.subtract(current, operand);
                    default -> PyOps.multiply(current, operand, budget);
                };
            } catch (PyError e) {
                throw e.at(pos(a));
            }
            assign(name, result, frame, pos(a));
        } else if (s instanceof XmConfig.ExpressionStatementContext e) {
            evaluate(e.testList(), frame);
        } else if (s instanceof XmConfig.ReturnStatementContext r) {
            if (frame.localNames == null) {
                throw PyError.python("SyntaxError", "'return' outside function").at(pos(r));
            }
            return new Return(r.testList() == null ? None.NONE : evaluate(r.testList(), frame));
        } else if (s instanceof XmConfig.RaiseStatementContext r) {
            throw raise(r, frame);
        } else if (s instanceof XmConfig.ImportStatementContext i) {
            for (XmConfig.DottedNameContext name : i.dottedName()) {
                String module = name.getText();
                if (!List.of("os", "os.path", "re", "sys").contains(module)) {
                    throw PyError.refused("import of `" + module + "`: only os, os.path, re and sys are modelled")
                            .at(pos(name));
                }
                String bound = name.NAME(0).getText();
                assign(bound, new Module(bound), frame, pos(name));
            }
        }
        // pass: nothing
        return null;
    }

    private PyError raise(XmConfig.RaiseStatementContext r, Frame frame) {
        SourcePosition at = pos(r);
        if (r.exception == null) {
            return PyError.python("RuntimeError", "No active exception to reraise").at(at);
        }
        PyValue exception = evaluate(r.exception, frame);
        String message = r.message == null ? null : PyOps.str(evaluate(r.message, frame));
        if (exception instanceof Builtin b && XmBuiltins.isExceptionClass(b.name())) {
            return PyError.python(b.name(), message == null ? "" : message).at(at);
        }
        if (exception instanceof ExceptionValue ev && message == null) {
            return PyError.python(ev.type(), ev.message()).at(at);
        }
        return PyError.typeError("exceptions must derive from BaseException").at(at);
    }

    private void assign(String name, PyValue value, Frame frame, SourcePosition at) {
        frame.vars.put(name, value);
        if (frame.localNames == null) {
            assignedAt.put(name, at);
        }
    }

    private PyValue lookup(String name, Frame frame, Token at) {
        if (frame.localNames == null) {
            PyValue v = frame.vars.get(name);
            if (v != null) {
                return v;
            }
        } else if (frame.localNames.contains(name)) {
            PyValue v = frame.vars.get(name);
            if (v == null) {
                throw PyError.python("UnboundLocalError", "local variable '" + name + "' referenced before assignment")
                        .at(pos(at));
            }
            return v;
        }
        PyValue g = globals.get(name);
        if (g != null) {
            return g;
        }
        try {
            PyValue b = builtins.builtin(name);
            if (b != null) {
                return b;
            }
        } catch (PyError e) {
            throw e.at(pos(at));
        }
        String hint = frame.localNames != null && locals.containsKey(name)
                ? " (xend ran functions with empty globals: a function cannot see the file's top-level names)"
                : "";
        throw PyError.python("NameError", "name '" + name + "' is not defined" + hint).at(pos(at));
    }

    // ---------------------------------------------------------------- expressions

    private PyValue evaluate(XmConfig.TestListContext list, Frame frame) {
        if (list.test().size() == 1 && list.trailingComma == null) {
            return evaluate(list.test(0), frame);
        }
        List<PyValue> items = new ArrayList<>();
        for (XmConfig.TestContext t : list.test()) {
            items.add(evaluate(t, frame));
        }
        try {
            budget.allocate(items.size());
            budget.hold(PyOps.sizeOfItems(items));
        } catch (PyError e) {
            throw e.at(pos(list));
        }
        return new Tuple(items);
    }

    private PyValue evaluate(XmConfig.TestContext test, Frame frame) {
        try {
            budget.step();
        } catch (PyError e) {
            throw e.at(pos(test));
        }
        if (test instanceof XmConfig.ConditionalTestContext c) {
            return PyOps.truthy(evaluate(c.condition, frame)) ? evaluate(c.body, frame) : evaluate(c.otherwise, frame);
        }
        return evaluate(((XmConfig.PlainTestContext) test).orTest(), frame);
    }

    private PyValue evaluate(XmConfig.OrTestContext or, Frame frame) {
        PyValue v = null;
        for (XmConfig.AndTestContext and : or.andTest()) {
            v = evaluate(and, frame);
            if (PyOps.truthy(v)) {
                return v;
            }
        }
        return v;
    }

    private PyValue evaluate(XmConfig.AndTestContext and, Frame frame) {
        PyValue v = null;
        for (XmConfig.NotTestContext not : and.notTest()) {
            v = evaluate(not, frame);
            if (!PyOps.truthy(v)) {
                return v;
            }
        }
        return v;
    }

    private PyValue evaluate(XmConfig.NotTestContext not, Frame frame) {
        if (not instanceof XmConfig.NegationContext n) {
            enter(n);
            try {
                return Bool.of(!PyOps.truthy(evaluate(n.notTest(), frame)));
            } finally {
                depth--;
            }
        }
        XmConfig.ComparisonContext c = ((XmConfig.ComparisonTestContext) not).comparison();
        PyValue left = evaluate(c.expr(0), frame);
        for (int k = 0; k < c.compOp().size(); k++) {
            PyValue right = evaluate(c.expr(k + 1), frame);
            boolean holds;
            try {
                holds = compare(c.compOp(k), left, right);
            } catch (PyError e) {
                throw e.at(pos(c.compOp(k)));
            }
            if (!holds) {
                return Bool.FALSE;
            }
            left = right;
        }
        return c.compOp().isEmpty() ? left : Bool.TRUE;
    }

    private static boolean compare(XmConfig.CompOpContext op, PyValue a, PyValue b) {
        String text = op.getText();
        return switch (text) {
            case "==" -> PyOps.equal(a, b);
            case "!=" -> !PyOps.equal(a, b);
            case "<", ">", "<=", ">=" -> a instanceof PyValue.PySet s && b instanceof PyValue.PySet t
                    ? subsetOrder(text, s, t) : ordered(text, a, b);
            case "in" -> PyOps.contains(b, a);
            case "notin" -> !PyOps.contains(b, a);
            case "is", "isnot" -> {
                if (!isSingleton(a) && !isSingleton(b)) {
                    // identity of ints and strings is a CPython accident; only None/True/False are certain
                    throw PyError.refused("`is` is only modelled against None, True or False");
                }
                boolean same = a.getClass() == b.getClass() && PyOps.equal(a, b);
                yield text.equals("is") == same;
            }
            default -> throw new IllegalStateException(text);
        };
    }

    private static boolean ordered(String op, PyValue a, PyValue b) {
        int c = PyOps.order(a, b, op);
        return switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    /** Sets order by inclusion, in Python 2 and 3 alike. */
    private static boolean subsetOrder(String op, PyValue.PySet a, PyValue.PySet b) {
        boolean aInB = a.items().stream().allMatch(b::contains);
        boolean bInA = b.items().stream().allMatch(a::contains);
        return switch (op) {
            case "<" -> aInB && !bInA;
            case ">" -> bInA && !aInB;
            case "<=" -> aInB;
            default -> bInA;
        };
    }

    private static boolean isSingleton(PyValue v) {
        return v instanceof None || v instanceof Bool;
    }

    private void enter(ParserRuleContext ctx) {
        if (++depth > budget.limits().maxDepth()) {
            depth = 0; // the error unwinds everything
            throw PyError.refused("expressions or calls nested more than " + budget.limits().maxDepth() + " deep")
                    .at(pos(ctx));
        }
    }

    private PyValue evaluate(XmConfig.ExprContext expr, Frame frame) {
        budget.step();
        enter(expr);
        try {
            return evaluateExpr(expr, frame);
        } catch (PyError e) {
            throw e.at(pos(expr));
        } finally {
            depth--;
        }
    }

    private PyValue evaluateExpr(XmConfig.ExprContext expr, Frame frame) {
        if (expr instanceof XmConfig.AtomExprContext a) {
            return atom(a.atom(), frame);
        }
        if (expr instanceof XmConfig.AdditiveContext a) {
            PyValue l = evaluate(a.left, frame);
            PyValue r = evaluate(a.right, frame);
            return a.op.getType() == XmConfigLexer.PLUS ? PyOps.add(l, r, budget) : PyOps.subtract(l, r);
        }
        if (expr instanceof XmConfig.MultiplicativeContext m) {
            PyValue l = evaluate(m.left, frame);
            PyValue r = evaluate(m.right, frame);
            return switch (m.op.getType()) {
                case XmConfigLexer.STAR -> PyOps.multiply(l, r, budget);
                case XmConfigLexer.SLASH -> PyOps.trueDivide(l, r);
                case XmConfigLexer.DOUBLE_SLASH -> PyOps.floorDivide(l, r);
                default -> PyOps.modulo(l, r, budget);
            };
        }
        if (expr instanceof XmConfig.PowerContext p) {
            return PyOps.power(evaluate(p.left, frame), evaluate(p.right, frame));
        }
        if (expr instanceof XmConfig.UnaryContext u) {
            PyValue v = evaluate(u.operand, frame);
            return u.op.getType() == XmConfigLexer.MINUS ? PyOps.negate(v) : PyOps.plus(v);
        }
        if (expr instanceof XmConfig.AttributeRefContext a) {
            PyValue owner = evaluate(a.owner, frame);
            try {
                return builtins.attribute(owner, a.attribute.getText(), xmVars);
            } catch (PyError e) {
                throw e.at(pos(a.attribute));
            }
        }
        if (expr instanceof XmConfig.SubscriptionContext s) {
            PyValue container = evaluate(s.container, frame);
            if (s.subscript() instanceof XmConfig.IndexContext i) {
                return PyOps.index(container, evaluate(i.test(), frame));
            }
            XmConfig.SliceContext sl = (XmConfig.SliceContext) s.subscript();
            PyValue lower = sl.lower == null ? null : evaluate(sl.lower, frame);
            PyValue upper = sl.upper == null ? null : evaluate(sl.upper, frame);
            PyValue result = PyOps.slice(container, lower, upper);
            return result;
        }
        XmConfig.CallContext call = (XmConfig.CallContext) expr;
        PyValue callee = evaluate(call.function, frame);
        List<PyValue> args = new ArrayList<>();
        Map<String, PyValue> keywords = new LinkedHashMap<>();
        if (call.arguments() != null) {
            for (XmConfig.ArgumentContext arg : call.arguments().argument()) {
                PyValue v = evaluate(arg.test(), frame);
                if (arg.keyword != null) {
                    if (keywords.put(arg.keyword.getText(), v) != null) {
                        throw PyError.python("SyntaxError", "keyword argument repeated").at(pos(arg));
                    }
                } else if (!keywords.isEmpty()) {
                    throw PyError.python("SyntaxError", "positional argument follows keyword argument").at(pos(arg));
                } else {
                    args.add(v);
                }
            }
        }
        return call(callee, args, keywords, pos(call));
    }

    private PyValue atom(XmConfig.AtomContext atom, Frame frame) {
        if (atom instanceof XmConfig.NameContext n) {
            return lookup(n.NAME().getText(), frame, n.NAME().getSymbol());
        }
        if (atom instanceof XmConfig.NumberLiteralContext n) {
            return XmNumbers.parse(n.number.getText());
        }
        if (atom instanceof XmConfig.StringLiteralsContext s) {
            StringBuilder b = new StringBuilder();
            for (var token : s.STRING()) {
                try {
                    b.append(XmStrings.decode(token.getText()));
                } catch (PyError e) {
                    throw e.at(pos(token.getSymbol()));
                }
            }
            budget.allocate(b.length());
            return new Str(b.toString());
        }
        if (atom instanceof XmConfig.ConstantContext c) {
            return switch (c.value.getType()) {
                case XmConfigLexer.TRUE -> Bool.TRUE;
                case XmConfigLexer.FALSE -> Bool.FALSE;
                default -> None.NONE;
            };
        }
        if (atom instanceof XmConfig.ListDisplayContext l) {
            List<PyValue> items = new ArrayList<>();
            if (l.testList() != null) {
                for (XmConfig.TestContext t : l.testList().test()) {
                    items.add(evaluate(t, frame));
                }
            }
            budget.allocate(items.size());
            budget.hold(PyOps.sizeOfItems(items));
            return new PyList(items);
        }
        if (atom instanceof XmConfig.DictDisplayContext d) {
            // Python 2 (xend) evaluated each value before its key; Python 3.8+ evaluates the key first.
            List<PyValue> pairs = new ArrayList<>();
            if (d.dictEntries() != null) {
                for (XmConfig.DictEntryContext e : d.dictEntries().dictEntry()) {
                    PyValue value = evaluate(e.value, frame);
                    PyValue key = evaluate(e.key, frame);
                    try {
                        PyOps.hashKey(key);
                    } catch (PyError err) {
                        throw err.at(pos(e.key));
                    }
                    pairs.add(key);
                    pairs.add(value);
                }
            }
            budget.allocate(pairs.size() / 2);
            PyValue.PyDict dict = new PyValue.PyDict(pairs);
            budget.hold(dict.size());
            return dict;
        }
        if (atom instanceof XmConfig.SetDisplayContext s) {
            List<PyValue> items = new ArrayList<>();
            for (XmConfig.TestContext t : s.testList().test()) {
                PyValue v = evaluate(t, frame);
                try {
                    PyOps.hashKey(v);
                } catch (PyError err) {
                    throw err.at(pos(t));
                }
                items.add(v);
            }
            budget.allocate(items.size());
            budget.hold(PyOps.sizeOfItems(items));
            return new PyValue.PySet(items);
        }
        XmConfig.ParenthesizedContext p = (XmConfig.ParenthesizedContext) atom;
        return p.testList() == null ? new Tuple(List.of()) : evaluate(p.testList(), frame);
    }

    // ---------------------------------------------------------------- calls

    /** Calls any callable value; used by the builtins too (xm_vars.check calls the config's functions). */
    private PyValue invoke(PyValue callee, List<PyValue> args) {
        return call(callee, args, Map.of(), null);
    }

    private PyValue call(PyValue callee, List<PyValue> args, Map<String, PyValue> keywords, SourcePosition at) {
        if (callee instanceof Function f) {
            return callFunction(f, args, keywords);
        }
        if (callee instanceof Builtin b) {
            return builtins.callBuiltin(b.name(), args, keywords);
        }
        if (callee instanceof BoundMethod m) {
            if (m.self() == xmVars && m.name().equals("check")) {
                return checkXmVars(args, keywords, at);
            }
            return builtins.callMethod(m, args, keywords);
        }
        throw PyError.typeError("'" + callee.typeName() + "' object is not callable");
    }

    /** xend's Vars.check(): each declared variable's check(name, value) result replaces the variable. */
    private PyValue checkXmVars(List<PyValue> args, Map<String, PyValue> keywords, SourcePosition at) {
        if (!args.isEmpty() || !keywords.isEmpty()) {
            throw PyError.typeError("check() takes no arguments");
        }
        for (XmVars.Declared d : xmVars.declared()) {
            if (d.check() == null || d.check() instanceof None) {
                continue;
            }
            PyValue current = locals.getOrDefault(d.name(), None.NONE);
            PyValue checked;
            try {
                checked = invoke(d.check(), List.of(new Str(d.name()), current));
            } catch (PyError e) {
                if (e.isRefusal()) {
                    throw e;
                }
                // xend re-raised every StandardError as "<name> - <message>"
                String hint = current instanceof None ? " (set it on the command line: " + d.name() + "=VALUE)" : "";
                throw PyError.python(e.pythonType(), d.name() + " - " + e.getMessage() + hint);
            }
            locals.put(d.name(), checked);
            assignedAt.put(d.name(), at != null ? at : SourcePosition.ofSource(source));
        }
        return None.NONE;
    }

    private PyValue callFunction(Function f, List<PyValue> args, Map<String, PyValue> keywords) {
        XmConfig.FunctionDefinitionContext def = f.definition();
        List<String> names = new ArrayList<>();
        if (def.parameters() != null) {
            for (XmConfig.ParameterContext p : def.parameters().parameter()) {
                names.add(p.name.getText());
            }
        }
        if (args.size() > names.size()) {
            throw PyError.typeError(f.name() + "() takes " + names.size() + " positional arguments but "
                    + args.size() + " were given");
        }
        Map<String, PyValue> vars = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            vars.put(names.get(i), args.get(i));
        }
        for (Map.Entry<String, PyValue> k : keywords.entrySet()) {
            if (!names.contains(k.getKey())) {
                throw PyError.typeError(f.name() + "() got an unexpected keyword argument '" + k.getKey() + "'");
            }
            if (vars.put(k.getKey(), k.getValue()) != null) {
                throw PyError.typeError(f.name() + "() got multiple values for argument '" + k.getKey() + "'");
            }
        }
        int firstDefault = names.size() - f.defaults().size();
        for (int i = 0; i < names.size(); i++) {
            if (!vars.containsKey(names.get(i))) {
                if (i < firstDefault) {
                    throw PyError.typeError(f.name() + "() missing required positional argument: '" + names.get(i) + "'");
                }
                vars.put(names.get(i), f.defaults().get(i - firstDefault));
            }
        }
        enter(def);
        try {
            Return r = executeSuite(def.suite(), new Frame(vars, localNames(def)));
            return r == null ? None.NONE : r.value();
        } finally {
            depth--;
        }
    }

    /** Python decides at compile time which names are a function's locals: parameters and assignment targets. */
    private Set<String> localNames(XmConfig.FunctionDefinitionContext def) {
        return localNamesCache.computeIfAbsent(def, d -> {
            Set<String> names = new HashSet<>();
            if (d.parameters() != null) {
                for (XmConfig.ParameterContext p : d.parameters().parameter()) {
                    names.add(p.name.getText());
                }
            }
            collectTargets(d.suite(), names);
            return names;
        });
    }

    private static void collectTargets(ParseTree tree, Set<String> names) {
        if (tree instanceof XmConfig.AssignmentContext a) {
            names.add(a.target.getText());
        } else if (tree instanceof XmConfig.AugmentedAssignmentContext a) {
            names.add(a.target.getText());
        } else if (tree instanceof XmConfig.FunctionDefinitionContext f) {
            names.add(f.name.getText());
            return; // a nested function's own locals are its own
        } else if (tree instanceof XmConfig.ImportStatementContext i) {
            for (XmConfig.DottedNameContext n : i.dottedName()) {
                names.add(n.NAME(0).getText());
            }
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            collectTargets(tree.getChild(k), names);
        }
    }

    // ---------------------------------------------------------------- positions

    private SourcePosition pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private SourcePosition pos(Token t) {
        return new SourcePosition(source, t.getLine(), t.getCharPositionInLine() + 1);
    }
}
