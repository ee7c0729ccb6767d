package dev.jxl.grammar.xl;

import dev.jxl.diag.SourcePosition;
import java.util.Objects;

/**
 * One effective assignment. For {@code +=} the value already holds the earlier value joined with the
 * new one, as libxlu stores it; {@code keyPosition} is where the key was written.
 */
public record XlSetting(String key, XlOperation op, XlValue value, SourcePosition keyPosition) {
    public XlSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(keyPosition, "keyPosition");
    }
}
