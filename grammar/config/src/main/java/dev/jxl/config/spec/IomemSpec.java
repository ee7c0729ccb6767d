package dev.jxl.config.spec;

import dev.jxl.config.libxl.IomemRange;
import dev.jxl.config.libxl.LibxlJson;
import java.util.function.Consumer;

/**
 * One {@code iomem} item, {@code START,NUMBER[@GFN]} in hex page numbers, read as xl's
 * {@code sscanf("%lx,%lx%n@%lx%n")}: blanks before a number and a {@code 0x} prefix are accepted,
 * nothing may follow. Without {@code @GFN} the gfn stays LIBXL_INVALID_GFN.
 */
public final class IomemSpec {
    private IomemSpec() {
    }

    public static IomemRange parse(String spec, Consumer<String> warn) {
        CText.Num start = CText.scanNumber(spec, 0, 16);
        CText.Num number = start != null && CText.at(spec, start.end()) == ','
                ? CText.scanNumber(spec, start.end() + 1, 16) : null;
        if (number == null) {
            throw invalid(spec, start == null ? 0 : start.end());
        }
        int used = number.end();
        long gfn = LibxlJson.INVALID_GFN;
        if (CText.at(spec, used) == '@') {
            CText.Num g = CText.scanNumber(spec, used + 1, 16);
            if (g != null) {
                gfn = g.value();
                used = g.end();
            }
        }
        if (used != spec.length()) {
            throw invalid(spec, used);
        }
        return new IomemRange(start.value(), number.value(), gfn);
    }

    private static SpecException invalid(String spec, int offset) {
        return new SpecException("Invalid argument parsing iomem: " + spec, offset);
    }
}
