package dev.jxl.grammar.xl;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<String, XlSetting> latest = new HashMap<>();

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
        XlSetting previous = latest.get(key);
        if (op == XlOperation.ADD && previous != null) {
            value = join(key, previous.value(), value);
            if (value == null) {
                return;
            }
        }
        XlSetting setting = new XlSetting(key, op, value, keyAt);
        assignments.add(setting);
        latest.put(key, setting);
    }

    private XlValue join(String key, XlValue before, XlValue added) {
        if (before instanceof XlValue.Text t && added instanceof XlValue.Text u) {
            return new XlValue.Text(t.text() + u.text(), u.position());
        }
        if (before instanceof XlValue.Items l && added instanceof XlValue.Items m) {
            List<XlValue> all = new ArrayList<>(l.items());
            all.addAll(m.items());
            return new XlValue.Items(all, m.position());
        }
        diagnostics.add(Diagnostic.error(added.position(), key,
                "can't add " + kind(added) + " to " + kind(before) + " with += (key `" + key + "')"));
        return null;
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
        return new XlSettings(source, assignments);
    }
}
