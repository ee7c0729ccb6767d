package dev.jxl.diag;

import java.util.List;

/**
 * A config that cannot be used: carries every error found (and the warnings seen before them), each
 * with its position. The CLI prints them one per line and exits 1.
 */
public class ConfigException extends DiagnosticException {
    public ConfigException(List<Diagnostic> diagnostics) {
        super(Failure.CONFIG, diagnostics);
    }

    public ConfigException(Diagnostic error) {
        this(List.of(error));
    }
}
