package dev.jxl.config;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.LibxlDomainConfig;
import java.util.Objects;

/**
 * The typed, validated guest: what libxl would be given ({@link LibxlDomainConfig}, in Xen's own
 * structure and words) plus the keys jxl adds beyond xl ({@link JxlExtensions}). Every later stage
 * reads this and nothing else; JSON, text and xl syntax are views of it.
 */
public record DomainConfig(String source, LibxlDomainConfig libxl, JxlExtensions jxl) {
    public DomainConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(libxl, "libxl");
        Objects.requireNonNull(jxl, "jxl");
    }

    public DomainType type() {
        return libxl.type();
    }

    public String name() {
        return libxl.cInfo().name();
    }
}
