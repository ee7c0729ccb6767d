package dev.jxl.layout;

import java.util.Objects;

/**
 * A config error found while planning: the value of {@code key} (or two keys together) cannot be
 * laid out. It carries the key rather than a position, because the typed config has none; the CLI
 * attaches the key's position.
 */
public class LayoutException extends RuntimeException {
    private final String key;

    public LayoutException(String key, String message) {
        super(message);
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The config key (xl's name) the error is about. */
    public String key() {
        return key;
    }
}
