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

    /**
     * For diagnostics about the run rather than a place in a file (no such domain, Xen unreachable):
     * rendered as {@code jxl}, so they print as gcc's do, {@code jxl: error: MESSAGE}.
     */
    public static SourcePosition program() {
        return new SourcePosition("jxl", 0, 0);
    }

    /** True for {@link #program()}: no file, no line. */
    public boolean isProgram() {
        return line == 0;
    }

    public SourcePosition withSource(String newSource) {
        return new SourcePosition(newSource, line, column);
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line + ":" + column;
    }
}
