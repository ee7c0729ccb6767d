package dev.jxl.config;

import dev.jxl.config.libxl.IomemRange;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.grammar.xl.XlValue;
import java.util.Optional;

/** One `iomem` item: {@code START,NUM[@GFN]}, hexadecimal page numbers (xl's sscanf "%lx,%lx%n@%lx%n"). */
final class Iomem {
    private Iomem() {
    }

    static Optional<IomemRange> parse(XlValue.Text item) {
        String s = item.text();
        Hex start = Hex.scan(s, 0);
        if (start == null || start.end >= s.length() || s.charAt(start.end) != ',') {
            return Optional.empty();
        }
        Hex number = Hex.scan(s, start.end + 1);
        if (number == null) {
            return Optional.empty();
        }
        long gfn = LibxlJson.INVALID_GFN;
        int used = number.end;
        if (used < s.length() && s.charAt(used) == '@') {
            Hex g = Hex.scan(s, used + 1);
            if (g == null) {
                return Optional.empty();
            }
            gfn = g.value;
            used = g.end;
        }
        if (used != s.length()) {
            return Optional.empty();
        }
        return Optional.of(new IomemRange(start.value, number.value, gfn));
    }

    /** scanf's %x: blanks, optional sign, optional 0x, hex digits (wrapping like C on overflow). */
    private record Hex(long value, int end) {
        static Hex scan(String s, int from) {
            int i = from;
            while (i < s.length() && CNumbers.isCSpace(s.charAt(i))) {
                i++;
            }
            boolean negative = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            if (i + 2 < s.length() + 1 && s.startsWith("0x", i) || s.startsWith("0X", i)) {
                if (i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) {
                    i += 2;
                }
            }
            int digits = i;
            long v = 0;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                v = v * 16 + Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i == digits) {
                return null;
            }
            return new Hex(negative ? -v : v, i);
        }
    }
}
