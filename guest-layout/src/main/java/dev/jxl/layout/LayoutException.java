package dev.jxl.layout;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A config error found while planning: the value of {@code key} (or two keys together) cannot be
 * laid out. It carries the key rather than a position, because the typed config has none; the CLI
 * attaches the key's position, or its list item's when {@link #index()} names one.
 */
public class LayoutException extends RuntimeException {
    private final String key;
    private final OptionalInt index;

    public LayoutException(String key, String message) {
        this(key, OptionalInt.empty(), message);
    }

    /** An error about item {@code index} of the list {@code key} ({@code iomem[1]}). */
    public LayoutException(String key, int index, String message) {
        this(key, OptionalInt.of(index), message);
    }

    private LayoutException(String key, OptionalInt index, String message) {
        super(message);
        this.key = Objects.requireNonNull(key, "key");
        this.index = index;
    }

    /** The config key (xl's name) the error is about. */
    public String key() {
        return key;
    }

    /** Which item of the key's list is to blame, when one is. */
    public OptionalInt index() {
        return index;
    }
}
