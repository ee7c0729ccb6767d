package dev.jxl.convert;

import dev.jxl.diag.Diagnostic;
import java.util.List;

/** Every change an xm → xl conversion made, plus the evaluator's notes, in file order. */
public record ConversionReport(List<ConversionChange> changes, List<Diagnostic> notes) {
    public ConversionReport {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** One line per change, {@code FILE:LINE:COL: KIND: KEY: MESSAGE}, then the notes. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (ConversionChange c : changes) {
            b.append(c).append('\n');
        }
        for (Diagnostic d : notes) {
            b.append(d).append('\n');
        }
        return b.toString();
    }

    /** The same as a JSON object: {@code {"changes":[{file,line,column,key,kind,message}…],"notes":[…]}}. */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < changes.size(); i++) {
            ConversionChange c = changes.get(i);
            b.append(i == 0 ? "" : ",").append("{\"file\":").append(string(c.position().source()))
                    .append(",\"line\":").append(c.position().line())
                    .append(",\"column\":").append(c.position().column())
                    .append(",\"key\":").append(string(c.xmKey()))
                    .append(",\"kind\":").append(string(c.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"message\":").append(string(c.message())).append('}');
        }
        b.append("],\"notes\":[");
        for (int i = 0; i < notes.size(); i++) {
            Diagnostic d = notes.get(i);
            b.append(i == 0 ? "" : ",").append("{\"file\":").append(string(d.position().source()))
                    .append(",\"line\":").append(d.position().line())
                    .append(",\"column\":").append(d.position().column())
                    .append(",\"severity\":").append(string(d.severity().label()))
                    .append(",\"message\":").append(string(d.message())).append('}');
        }
        return b.append("]}").toString();
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
