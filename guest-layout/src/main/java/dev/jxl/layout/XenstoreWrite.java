package dev.jxl.layout;

import java.util.Objects;

/** A xenstore node the build writes, its path relative to {@code /local/domain/<domid>/}. */
public record XenstoreWrite(String path, String value) {
    /** XENSTORE_PAYLOAD_MAX: the most a value may hold. */
    public static final int PAYLOAD_MAX = 4096;

    public XenstoreWrite {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
            throw new IllegalArgumentException("xenstore path must be relative to the domain's home: " + path);
        }
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PAYLOAD_MAX) {
            throw new IllegalArgumentException("xenstore value longer than XENSTORE_PAYLOAD_MAX: " + path);
        }
    }

    /** hvmloader's {@code platform/mmio_hole_size} (HVM_XS_MMIO_HOLE_SIZE): bytes, in decimal as libxl writes it. */
    public static XenstoreWrite mmioHoleSize(long bytes) {
        return new XenstoreWrite("platform/mmio_hole_size", Long.toString(bytes));
    }

    /** The absolute path for a domain. */
    public String absolutePath(int domid) {
        return "/local/domain/" + domid + "/" + path;
    }

    @Override
    public String toString() {
        return "/local/domain/<domid>/" + path + " = \"" + value + "\"";
    }
}
