package dev.jxl.oracle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One dry run to make: a config file and the {@code KEY=VALUE} words after it. */
public record XlRequest(Path config, List<String> overrides) {
    public XlRequest {
        Objects.requireNonNull(config, "config");
        overrides = List.copyOf(overrides);
    }
}
