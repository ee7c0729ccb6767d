package dev.jxl.units;

/** Address formatting shared by every rendering: 0x, lower case, 9 hex digits at least (36-bit). */
public final class Hex {
    private Hex() {
    }

    public static String of(long value) {
        String digits = Long.toHexString(value);
        return "0x" + "0".repeat(Math.max(0, 9 - digits.length())) + digits;
    }

    /** Plain {@code 0x…} without padding, for messages. */
    public static String plain(long value) {
        return "0x" + Long.toHexString(value);
    }
}
