package dev.jxl.diag;

import java.util.List;

/**
 * A config that cannot be used: carries every error found (and the warnings seen before them), each
 * with its position. The CLI prints them one per line and exits 1.
 */
public class ConfigException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .map(Diagnostic::toString).orElse("config error"));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ConfigException(Diagnostic error) {
        this(List.of(error));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
