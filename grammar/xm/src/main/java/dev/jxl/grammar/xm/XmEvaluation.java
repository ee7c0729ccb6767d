package dev.jxl.grammar.xm;

import dev.jxl.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of evaluating an xm config as xend did: the variables it kept (exactly str, list, int and
 * float values, in the order they were first defined) and notes about those it dropped.
 */
public record XmEvaluation(String source, List<XmVariable> variables, List<Diagnostic> notes) {
    public XmEvaluation {
        variables = List.copyOf(variables);
        notes = List.copyOf(notes);
    }

    public Optional<XmVariable> find(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Map<String, XmVariable> byName() {
        return variables.stream().collect(Collectors.toMap(XmVariable::name, Function.identity(), (a, b) -> b,
                java.util.LinkedHashMap::new));
    }
}
