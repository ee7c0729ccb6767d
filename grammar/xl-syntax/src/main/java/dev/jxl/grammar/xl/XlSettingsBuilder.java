package dev.jxl.grammar.xl;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Builds settings from parsed statements with libxlu's storage rules: the last assignment wins, and
 * {@code +=} joins onto the most recent value of the key (string to string, list to list).
 */
final class XlSettingsBuilder {
    private final XlConfigReader.LineMap lines;
    private final List<Diagnostic> diagnostics;
    private final List<XlSetting> assignments = new ArrayList<>();
    /** Per key, the value being built: {@code +=} appends in place, so a chain of them stays linear. */
    private final Map<String, Accumulator> latest = new LinkedHashMap<>();

    /** The effective value of one key while the file is read. */
    private static final class Accumulator {
        final XlOperation op;
        final SourcePosition keyPosition;
        final StringBuilder text;      // a string value
        final List<XlValue> items;     // or a list value
        SourcePosition valuePosition;

        Accumulator(XlOperation op, SourcePosition keyPosition, XlValue value) {
            this.op = op;
            this.keyPosition = keyPosition;
            this.valuePosition = value.position();
            if (value instanceof XlValue.Text t) {
                text = new StringBuilder(t.text());
                items = null;
            } else {
                text = null;
                items = new ArrayList<>(((XlValue.Items) value).items());
            }
        }

        /** The same storage under a new op and key position (a {@code +=} moves the setting, not its value). */
        Accumulator(XlOperation op, SourcePosition keyPosition, Accumulator from) {
            this.op = op;
            this.keyPosition = keyPosition;
            this.valuePosition = from.valuePosition;
            this.text = from.text;
            this.items = from.items;
        }

        XlValue value() {
            return text != null ? new XlValue.Text(text.toString(), valuePosition) : new XlValue.Items(items, valuePosition);
        }
    }

    XlSettingsBuilder(XlConfigReader.LineMap lines, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    void visit(XlConfig.StatementContext statement) {
        if (statement instanceof XlConfig.AssignmentStatementContext a) {
            store(a.assignment());
        }
    }

    private void store(XlConfig.AssignmentContext a) {
        String key = a.key.getText();
        SourcePosition keyAt = at(a.key);
        XlValue value = value(a.value());
        if (value == null) {
            return; // a bad escape, already reported
        }
        XlOperation op = a.op.getType() == XlConfig.OP_ADD ? XlOperation.ADD : XlOperation.ASSIGN;
        assignments.add(new XlSetting(key, op, value, keyAt));
        Accumulator previous = latest.get(key);
        if (op == XlOperation.ADD && previous != null) {
            if ((previous.text != null) != (value instanceof XlValue.Text)) {
                diagnostics.add(Diagnostic.error(value.position(), key, "can't add " + kind(value) + " to "
                        + (previous.text != null ? "a string" : "a list") + " with += (key `" + key + "')"));
                return;
            }
            // as libxlu: the joined value takes the new setting's place (and its position and op)
            Accumulator joined = previous;
            if (value instanceof XlValue.Text t) {
                joined.text.append(t.text());
            } else {
                joined.items.addAll(((XlValue.Items) value).items());
            }
            joined.valuePosition = value.position();
            latest.remove(key);
            Accumulator moved = new Accumulator(op, keyAt, joined);
            latest.put(key, moved);
            return;
        }
        latest.remove(key);
        latest.put(key, new Accumulator(op, keyAt, value));
    }

    private static String kind(XlValue v) {
        return v instanceof XlValue.Items ? "a list" : "a string";
    }

    private XlValue value(XlConfig.ValueContext v) {
        if (v instanceof XlConfig.AtomValueContext atom) {
            Token t = atom.atom;
            SourcePosition pos = at(t);
            if (t.getType() == XlConfig.NUMBER) {
                return new XlValue.Text(t.getText(), pos);
            }
            XlDequoter.Result r = XlDequoter.dequote(t.getText());
            if (r.failure() != null) {
                diagnostics.add(Diagnostic.error(
                        lines.at(t.getLine(), t.getCharPositionInLine() + 1 + r.failure().offset()), null,
                        r.failure().message()));
                return null;
            }
            return new XlValue.Text(r.text(), pos);
        }
        XlConfig.ListValueContext list = (XlConfig.ListValueContext) v;
        List<XlValue> items = new ArrayList<>(list.value().size());
        boolean ok = true;
        for (XlConfig.ValueContext item : list.value()) {
            XlValue iv = value(item);
            if (iv == null) {
                ok = false;
            } else {
                items.add(iv);
            }
        }
        return ok ? new XlValue.Items(items, at(list.open)) : null;
    }

    private SourcePosition at(Token t) {
        return lines.at(t.getLine(), t.getCharPositionInLine() + 1);
    }

    XlSettings build(String source) {
        List<XlSetting> effective = new ArrayList<>(latest.size());
        for (Map.Entry<String, Accumulator> e : latest.entrySet()) {
            Accumulator acc = e.getValue();
            effective.add(new XlSetting(e.getKey(), acc.op, acc.value(), acc.keyPosition));
        }
        return new XlSettings(source, assignments, effective);
    }
}
