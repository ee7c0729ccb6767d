package dev.jxl.convert;

import dev.jxl.config.libxl.YajlWriter;
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

    /**
     * The same as a JSON object, {@code {"changes": [{file, line, column, key, kind, message}…],
     * "notes": […]}}, in jxl's one JSON style (libxl's, {@link YajlWriter}).
     */
    public String toJson() {
        YajlWriter w = new YajlWriter();
        w.openMap().key("changes").openArray();
        for (ConversionChange c : changes) {
            w.openMap().key("file").value(c.position().source()).key("line").value(c.position().line())
                    .key("column").value(c.position().column()).key("key").value(c.xmKey())
                    .key("kind").value(c.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .key("message").value(c.message()).closeMap();
        }
        w.closeArray().key("notes").openArray();
        for (Diagnostic d : notes) {
            w.openMap().key("file").value(d.position().source()).key("line").value(d.position().line())
                    .key("column").value(d.position().column()).key("severity").value(d.severity().label())
                    .key("message").value(d.message()).closeMap();
        }
        return w.closeArray().closeMap().toString();
    }
}
