package dev.jxl.cli;

import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.diag.Diagnostic;
import java.util.List;

/** Diagnostics as JSON, for check's report and for the error object of any --format json command. */
final class JsonDiagnostics {
    private JsonDiagnostics() {
    }

    static void write(YajlWriter w, List<Diagnostic> diagnostics) {
        w.openArray();
        for (Diagnostic d : diagnostics) {
            w.openMap();
            w.key("severity").value(d.severity().label());
            w.key("source").value(d.position().source());
            if (!d.position().isProgram()) {
                w.key("line").value(d.position().line());
                w.key("column").value(d.position().column());
            }
            if (d.key().isPresent()) {
                w.key("key").value(d.key().get());
            }
            w.key("message").value(d.message());
            w.closeMap();
        }
        w.closeArray();
    }

    /** {@code {"error": {"exit": N, "diagnostics": […]}}}: what a failed --format json command prints on stdout. */
    static String errorObject(int exitCode, List<Diagnostic> diagnostics) {
        YajlWriter w = new YajlWriter();
        w.openMap().key("error").openMap().key("exit").value(exitCode).key("diagnostics");
        write(w, diagnostics);
        return w.closeMap().closeMap().toString();
    }
}
