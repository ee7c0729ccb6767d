package dev.jxl.layout.acpi;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GUID in its text form. ACPI tables store it in EFI_GUID layout: the first three groups
 * little-endian, the last eight bytes in text order.
 */
public record Guid(String text) {
    private static final Pattern FORM =
            Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");

    /** Byte-addressable persistent memory region (ACPI 6.0 5.2.25.1), the only SPA type jxl emits. */
    public static final Guid PERSISTENT_MEMORY = new Guid("66F0D379-B4F3-4074-AC43-0D3318B78CDB");

    public Guid {
        text = text.toUpperCase(Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a GUID: " + text);
        }
    }

    public byte[] toEfiBytes() {
        String hex = text.replace("-", "");
        byte[] straight = HexFormat.of().parseHex(hex);
        byte[] efi = straight.clone();
        reverse(efi, 0, 4);
        reverse(efi, 4, 2);
        reverse(efi, 6, 2);
        return efi;
    }

    private static void reverse(byte[] data, int offset, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = data[offset + i];
            data[offset + i] = data[offset + length - 1 - i];
            data[offset + length - 1 - i] = t;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
