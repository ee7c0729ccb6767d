package dev.jxl.layout.render;

import dev.jxl.units.ByteSize;
import java.util.Locale;

/**
 * Sizes for people: the exact size in the largest unit that divides it ({@link ByteSize}), and,
 * when that unit is bytes or KiB and the count is long ("2751484 KiB"), the rounded size in the
 * unit a reader thinks in, marked approximate ("2751484 KiB ≈ 2.62 GiB").
 */
final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    /** The size of {@code [first, last]} (inclusive, unsigned; the whole 2^64 space too). */
    static String ofRange(long first, long last) {
        long size = last - first + 1;
        return size == 0 ? "16 EiB" : of(size);
    }

    static String of(long bytes) {
        String exact = ByteSize.of(bytes);
        String approx = approximate(bytes);
        return approx == null ? exact : exact + " ≈ " + approx;
    }

    /** The same in ASCII, for text the CLI prints byte for byte ("2751484 KiB ~2.62 GiB"). */
    static String text(long bytes) {
        String exact = ByteSize.of(bytes);
        String approx = approximate(bytes);
        return approx == null ? exact : exact + " ~" + approx;
    }

    /**
     * Three significant digits in the largest unit the size reaches, when the exact form counts
     * bytes or KiB in 4 digits or more (a count of MiB or GiB reads well as it is).
     */
    static String approximate(long bytes) {
        int exactUnit = exactUnit(bytes);
        double v = unsigned(bytes);
        if (exactUnit > 1 || v / Math.pow(1024, exactUnit) < 1024) {
            return null;
        }
        int unit = 0;
        while (unit < UNITS.length - 1 && v >= 1024) {
            v /= 1024;
            unit++;
        }
        String digits = v >= 99.95 ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 9.995 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        return digits + " " + UNITS[unit];
    }

    private static int exactUnit(long bytes) {
        if (bytes <= 0) {
            return 0;
        }
        int unit = 0;
        long v = bytes;
        while (unit < UNITS.length - 1 && v % 1024 == 0) {
            v /= 1024;
            unit++;
        }
        return unit;
    }

    static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }
}
