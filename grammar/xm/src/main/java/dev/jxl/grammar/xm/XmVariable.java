package dev.jxl.grammar.xm;

import dev.jxl.diag.SourcePosition;
import java.util.Objects;

/** A variable the config left behind that xend would keep: its last value and where it was set. */
public record XmVariable(String name, PyValue value, SourcePosition position) {
    public XmVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(position, "position");
    }
}
