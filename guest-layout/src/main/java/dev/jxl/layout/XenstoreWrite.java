package dev.jxl.layout;

import java.util.Objects;

/** A xenstore node the build writes, its path relative to {@code /local/domain/<domid>/}. */
public record XenstoreWrite(String path, String value) {
    public XenstoreWrite {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("relative to the domain's home: " + path);
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
