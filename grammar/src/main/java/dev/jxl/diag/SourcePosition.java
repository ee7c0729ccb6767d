package dev.jxl.diag;

import java.util.Objects;

/** A place in a config source: file name, 1-based line and 1-based column. */
public record SourcePosition(String source, int line, int column) {
    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** For diagnostics about a whole source rather than a place in it: its start. */
    public static SourcePosition ofSource(String source) {
        return new SourcePosition(source, 1, 1);
    }

    public SourcePosition withSource(String newSource) {
        return new SourcePosition(newSource, line, column);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
