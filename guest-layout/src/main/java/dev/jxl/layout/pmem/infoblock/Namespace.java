package dev.jxl.layout.pmem.infoblock;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The namespace an info block is checked against: its physical start and size ({@code nsio->res}),
 * its name for messages, and its UUID ({@code nd_dev_to_uuid}: the label's UUID, or the null UUID for
 * label-less e820/NFIT pmem). An empty UUID means "not known" (an image file), and the parent-UUID
 * check is then skipped, the one place where an offline check cannot follow the kernel.
 */
public record Namespace(String name, long start, long size, Optional<UUID> uuid) {
    public Namespace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        if (size <= 0) {
            throw new IllegalArgumentException("namespace size must be positive: " + size);
        }
    }

    /** An image file or device taken to start at a physical address aligned to its size, as ndctl does. */
    public static Namespace image(String name, long size) {
        return new Namespace(name, 0, size, Optional.empty());
    }
}
