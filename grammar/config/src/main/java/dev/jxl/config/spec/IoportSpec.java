package dev.jxl.config.spec;

import dev.jxl.config.libxl.IoportRange;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/**
 * One {@code ioports} item, {@code FIRST[-LAST]} in hex, inclusive.
 *
 * <p>Quirks kept: junk after a single port only warns (the port is used); xl's {@code start > end}
 * check runs before {@code end} is set, so a reversed range is accepted and its 32-bit count wraps
 * ({@code 3ff-3f8} gives number 4294967290).
 */
public final class IoportSpec {
    private IoportSpec() {
    }

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    public static IoportRange parse(String spec, Consumer<String> warn) {
        CText.Num a = CText.strtoul(spec, 0, 16);
        if (a.parsedNothing(0)) {
            throw invalid(spec, 0);
        }
        if (Long.compareUnsigned(a.value(), UINT32_MAX) >= 0) {
            throw tooBig(a.value());
        }
        long start = a.value();
        long end = start;
        char c = CText.at(spec, a.end());
        if (c == '-') {
            int from = a.end() + 1;
            CText.Num b = CText.strtoul(spec, from, 16);
            if (b.parsedNothing(from) || b.end() != spec.length()) {
                throw invalid(spec, from);
            }
            if (Long.compareUnsigned(b.value(), UINT32_MAX) >= 0) {
                throw tooBig(b.value());
            }
            end = b.value();
        } else if (a.end() != spec.length()) {
            warn.accept("junk after ioport in `" + Echo.value(spec) + "' ignored");
        }
        return new IoportRange(start, (end - start + 1) & UINT32_MAX);
    }

    private static SpecException invalid(String spec, int offset) {
        return new SpecException("Invalid argument parsing ioport: " + spec, offset);
    }

    private static SpecException tooBig(long v) {
        return new SpecException("ioport " + Long.toHexString(v) + " too big");
    }
}
