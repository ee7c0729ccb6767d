package dev.jxl.units;

/** Sizes in human units: the largest binary unit that divides the size exactly (so nothing is rounded away). */
public final class ByteSize {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteSize() {
    }

    public static String of(long bytes) {
        if (bytes == 0) {
            return "0 B";
        }
        if (bytes < 0) {
            // unsigned sizes ≥ 2^63 only occur in libxl's quirk entries; say so exactly
            return Long.toUnsignedString(bytes) + " B";
        }
        int unit = 0;
        long v = bytes;
        while (unit < UNITS.length - 1 && v % 1024 == 0) {
            v /= 1024;
            unit++;
        }
        return v + " " + UNITS[unit];
    }

    public static long kib(long n) {
        return n << 10;
    }

    public static long mib(long n) {
        return n << 20;
    }

    public static long gib(long n) {
        return n << 30;
    }
}
