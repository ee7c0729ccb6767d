package dev.jxl.config.libxl;

/**
 * Writes JSON byte for byte as libxl's yajl generator does in beautify mode (4-space indent, an
 * opened container always followed by a newline, so an empty one shows a blank line; control
 * characters escaped, {@code /} and bytes 0x7f and above left alone).
 */
public final class YajlWriter {
    private static final String INDENT = "    ";
    private final StringBuilder out = new StringBuilder(4096);
    private int depth;
    /** Whether the container at each depth already holds an element (a comma is due). */
    private final boolean[] hasElement = new boolean[256];
    private boolean afterKey;

    public YajlWriter openMap() {
        beforeValue();
        out.append("{\n");
        hasElement[++depth] = false;
        return this;
    }

    public YajlWriter closeMap() {
        return close('}');
    }

    public YajlWriter openArray() {
        beforeValue();
        out.append("[\n");
        hasElement[++depth] = false;
        return this;
    }

    public YajlWriter closeArray() {
        return close(']');
    }

    private YajlWriter close(char c) {
        depth--;
        out.append('\n');
        indent();
        out.append(c);
        if (depth == 0) {
            out.append('\n');
        }
        return this;
    }

    public YajlWriter key(String name) {
        separator();
        indent();
        string(name);
        out.append(": ");
        afterKey = true;
        return this;
    }

    public YajlWriter value(String s) {
        beforeValue();
        string(s);
        return this;
    }

    public YajlWriter value(long n) {
        beforeValue();
        out.append(n);
        return this;
    }

    /** A C uint64_t, printed as libxl__uint64_gen_json does. */
    public YajlWriter unsignedValue(long n) {
        beforeValue();
        out.append(Long.toUnsignedString(n));
        return this;
    }

    public YajlWriter value(boolean b) {
        beforeValue();
        out.append(b ? "true" : "false");
        return this;
    }

    public YajlWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    private void beforeValue() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (depth > 0) {
            separator();
            indent();
        }
    }

    private void separator() {
        if (hasElement[depth]) {
            out.append(",\n");
        }
        hasElement[depth] = true;
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
