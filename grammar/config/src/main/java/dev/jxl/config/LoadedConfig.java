package dev.jxl.config;

import dev.jxl.diag.Diagnostic;
import java.util.List;

/** A config that bound without errors, and the warnings met on the way (in file order). */
public record LoadedConfig(DomainConfig config, List<Diagnostic> warnings) {
    public LoadedConfig {
        warnings = List.copyOf(warnings);
    }
}
