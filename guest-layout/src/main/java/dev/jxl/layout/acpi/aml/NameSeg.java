package dev.jxl.layout.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** An AML NameSeg: 4 characters {@code [A-Z_][A-Z0-9_]{3}}; shorter names are padded with '_' as iasl does. */
public record NameSeg(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Z_][A-Z0-9_]{0,3}");

    public NameSeg {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ACPI name segment: \"" + value
                    + "\" (1-4 of A-Z 0-9 _, not starting with a digit)");
        }
        value = (value + "___").substring(0, 4);
    }

    public static NameSeg of(String value) {
        return new NameSeg(value);
    }

    /** Whether 4 raw bytes form a valid NameSeg (used when reading blobs). */
    public static boolean isValid(byte[] raw, int offset) {
        String text = new String(raw, offset, 4, StandardCharsets.ISO_8859_1);
        return text.matches("[A-Z_][A-Z0-9_]{3}");
    }

    public byte[] toBytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return value;
    }
}
