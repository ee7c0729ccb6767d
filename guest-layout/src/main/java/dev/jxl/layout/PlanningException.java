package dev.jxl.layout;

import java.util.List;

/**
 * The layout cannot be planned on this host (exit code 3): the message names the regions that
 * collide, or the host limit that is exceeded.
 */
public class PlanningException extends RuntimeException {
    private final List<String> regions;

    public PlanningException(String message, List<String> regions) {
        super(message);
        this.regions = List.copyOf(regions);
    }

    public PlanningException(String message) {
        this(message, List.of());
    }

    /** The colliding regions, each as rendered in the layout. */
    public List<String> regions() {
        return regions;
    }
}
