package dev.jxl.config;

import dev.jxl.grammar.xl.XlSettings;

/** Turns parsed settings into a typed {@link DomainConfig}, as xl's parse_config_data does. */
public final class DomainConfigBinder {
    private DomainConfigBinder() {
    }

    public static LoadedConfig bind(XlSettings settings) {
        throw new UnsupportedOperationException("binder: being written");
    }
}
