package dev.jxl.layout.e820;

/**
 * An E820 address-range type: the number the firmware and Xen use, a {@code uint32_t} (held in an
 * int, read unsigned). Any number is kept, because Xen's {@code e820_sanitize} copies unknown types
 * through unchanged.
 */
public record E820Type(int code) {
    public static final E820Type RAM = new E820Type(1);
    public static final E820Type RESERVED = new E820Type(2);
    public static final E820Type ACPI = new E820Type(3);
    public static final E820Type NVS = new E820Type(4);
    public static final E820Type UNUSABLE = new E820Type(5);
    public static final E820Type DISABLED = new E820Type(6);
    public static final E820Type PMEM = new E820Type(7);
    public static final E820Type PRAM = new E820Type(12);
    /** Linux's E820_TYPE_SOFT_RESERVED (EFI specific-purpose memory). */
    public static final E820Type SOFT_RESERVED = new E820Type(0xEFFFFFFF);

    /*
     * equals and hashCode written out: a record's generated ones are linked on first call by an
     * invokedynamic bootstrap (java.lang.runtime.ObjectMethods) that costs a cold jxl process several
     * milliseconds, and every command compares E820 types.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof E820Type t && t.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    public static E820Type of(int code) {
        return new E820Type(code);
    }

    /** A type read as a number, 0..2^32 - 1. */
    public static E820Type of(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("E820 type " + value + " does not fit 32 bits");
        }
        return new E820Type((int) value);
    }

    /** The number as written in JSON and printed: unsigned. */
    public long value() {
        return Integer.toUnsignedLong(code);
    }

    /** The one-word name used in build-step lines ({@code 0x100000-0xefffffff:ram}). */
    public String word() {
        return switch (code) {
            case 1 -> "ram";
            case 2 -> "reserved";
            case 3 -> "acpi";
            case 4 -> "nvs";
            case 5 -> "unusable";
            case 7 -> "pmem";
            case 12 -> "pram";
            default -> "type" + Integer.toUnsignedString(code);
        };
    }

    /** The name as libxl's {@code e820_names} and hvmloader's dump say it, extended by ACPI 6. */
    public String label() {
        return switch (code) {
            case 1 -> "RAM";
            case 2 -> "Reserved";
            case 3 -> "ACPI";
            case 4 -> "ACPI NVS";
            case 5 -> "Unusable";
            case 6 -> "Disabled";
            case 7 -> "Persistent memory";
            case 12 -> "Persistent RAM (legacy)";
            case 0xEFFFFFFF -> "Soft Reserved";
            default -> "Unknown (" + Integer.toUnsignedString(code) + ")";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
