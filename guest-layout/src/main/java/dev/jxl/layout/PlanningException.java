package dev.jxl.layout;

import dev.jxl.config.spec.VnvdimmSpec;
import dev.jxl.diag.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The layout cannot be planned on this host (exit code 3): the message names the regions that
 * collide, or the host limit that is exceeded; {@link #key()} is the xl key whose value does not
 * fit, and {@link #item()} the list item's own position where one item is to blame (or
 * {@link #index()} its index in the key's list, for the CLI to find it).
 */
public class PlanningException extends RuntimeException {
    private final String key;
    private final Optional<SourcePosition> item;
    private final OptionalInt index;
    private final List<String> regions;

    public PlanningException(String key, Optional<SourcePosition> item, String message, List<String> regions) {
        this(key, item, OptionalInt.empty(), message, regions);
    }

    private PlanningException(String key, Optional<SourcePosition> item, OptionalInt index, String message,
            List<String> regions) {
        super(message);
        this.key = Objects.requireNonNull(key, "key");
        this.item = Objects.requireNonNull(item, "item");
        this.index = Objects.requireNonNull(index, "index");
        this.regions = List.copyOf(regions);
    }

    /** Item {@code index} of the list {@code key} is to blame ({@code iomem[1]}). */
    public static PlanningException item(String key, int index, String message, List<String> regions) {
        return new PlanningException(key, Optional.empty(), OptionalInt.of(index), message, regions);
    }

    public PlanningException(String key, String message, List<String> regions) {
        this(key, Optional.empty(), message, regions);
    }

    public PlanningException(String key, String message) {
        this(key, message, List.of());
    }

    /** One vNVDIMM is to blame: the error points at its spec in the {@code vnvdimms} list. */
    static PlanningException vnvdimm(VnvdimmSpec spec, String message, List<String> regions) {
        return new PlanningException("vnvdimms", Optional.of(spec.position()), message, regions);
    }

    /** The xl key whose value cannot be laid out ({@code memory}, {@code vnvdimms}, {@code rdm}, …). */
    public String key() {
        return key;
    }

    /** Where the offending list item is written, when the planner knows it. */
    public Optional<SourcePosition> item() {
        return item;
    }

    /** The index of the item to blame in the key's list, when the planner knows it but not its position. */
    public OptionalInt index() {
        return index;
    }

    /** The colliding regions, each as rendered in the layout. */
    public List<String> regions() {
        return regions;
    }
}
