package dev.jxl.config.libxl;

/** libxl_defbool: a boolean that remembers "not set" (libxl picks the default later). */
public enum Defbool {
    DEFAULT, TRUE, FALSE;

    public static Defbool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean isDefault() {
        return this == DEFAULT;
    }

    /** The value, or {@code otherwise} when not set. */
    public boolean or(boolean otherwise) {
        return this == DEFAULT ? otherwise : this == TRUE;
    }

    /** As libxl_defbool_to_string prints it. */
    public String libxlString() {
        return switch (this) {
            case DEFAULT -> "<default>";
            case TRUE -> "True";
            case FALSE -> "False";
        };
    }
}
