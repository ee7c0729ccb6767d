package dev.jxl.grammar;

/** What the xl syntax (libxlu, C's escapes) and the xm syntax (Python's) both read in a string. */
public final class Escapes {
    private Escapes() {
    }

    /**
     * The character a one-letter escape stands for, {@code \\ \' \" \a \b \f \n \r \t \v} (the set C
     * and Python share), or -1 when the letter starts no such escape.
     */
    public static int single(char letter) {
        return switch (letter) {
            case '\\', '\'', '"' -> letter;
            case 'a' -> '\007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\013';
            default -> -1;
        };
    }
}
