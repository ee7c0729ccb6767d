package dev.jxl.layout.e820;

/**
 * An E820 address-range type: the number the firmware and Xen use. Any number is kept, because
 * Xen's {@code e820_sanitize} copies unknown types through unchanged.
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

    public E820Type {
        if (code < 0) {
            throw new IllegalArgumentException("negative E820 type " + code);
        }
    }

    public static E820Type of(int code) {
        return new E820Type(code);
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
            default -> "Unknown (" + code + ")";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
