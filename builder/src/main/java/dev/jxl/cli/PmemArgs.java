package dev.jxl.cli;

import dev.jxl.layout.pmem.infoblock.InfoBlockMode;
import dev.jxl.layout.pmem.infoblock.PfnMode;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Argument converters for the pmem commands, spelled as ndctl spells its arguments. */
final class PmemArgs {
    private PmemArgs() {
    }

    // strtoull(str, &end, 0): hex with 0x, octal with a leading 0, else decimal; then one suffix
    private static final Pattern SIZE = Pattern.compile("(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([kKmMgGtT]?)");

    /** ndctl's {@code parse_size64}: a number with an optional K/M/G/T (binary) suffix, no overflow. */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (a number with an optional K, M, G"
                    + " or T suffix)");
        }
        String digits = m.group(1);
        long value;
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                value = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = Long.parseUnsignedLong(digits.substring(1), 8);
            } else {
                value = Long.parseUnsignedLong(digits);
            }
            int shift = switch (m.group(2).toLowerCase()) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                case "t" -> 40;
                default -> 0;
            };
            if (value < 0 || value > (Long.MAX_VALUE >> shift)) {
                throw new NumberFormatException();
            }
            return value << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
    }

    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Mode implements ITypeConverter<InfoBlockMode> {
        @Override
        public InfoBlockMode convert(String value) {
            try {
                return InfoBlockMode.byNdctlName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Map implements ITypeConverter<PfnMode> {
        @Override
        public PfnMode convert(String value) {
            try {
                return PfnMode.byNdctlMap(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Uuid implements ITypeConverter<UUID> {
        private static final Pattern TEXT = Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public UUID convert(String value) {
            if ("0".equals(value)) {
                return new UUID(0, 0); // the null UUID of label-less pmem
            }
            if (!TEXT.matcher(value).matches()) {
                throw new TypeConversionException("failed to parse uuid: '" + value + "'");
            }
            return UUID.fromString(value);
        }
    }
}
