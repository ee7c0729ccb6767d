package dev.jxl.grammar.xm;

/**
 * What one evaluation has spent against its {@link XmLimits}. Every operation that builds a value
 * asks here first, with the size the value would have, so a refused value is never built.
 */
final class Budget {
    private final XmLimits limits;
    private final long startNanos = System.nanoTime();
    private long steps;
    private long total;

    Budget(XmLimits limits) {
        this.limits = limits;
    }

    XmLimits limits() {
        return limits;
    }

    void step() {
        steps(1);
    }

    void steps(long n) {
        long before = steps;
        steps += n;
        if (steps > limits.maxSteps()) {
            throw PyError.refused("evaluation stopped: the step budget of " + limits.maxSteps()
                    + " steps is spent (is there unbounded recursion?)");
        }
        if (before / XmLimits.STEPS_PER_CLOCK_CHECK != steps / XmLimits.STEPS_PER_CLOCK_CHECK) {
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            if (millis > limits.maxMillis()) {
                throw PyError.refused("evaluation stopped: the time budget of " + limits.maxMillis()
                        + " ms is spent");
            }
        }
    }

    /** Checks, before building it, that a string or list of {@code size} new characters or items may be made. */
    void allocate(long size) {
        grow(size, size);
    }

    /**
     * Checks that a string or list may reach {@code size} characters or items when {@code added} of
     * them are new (an in-place append adds one item to a list, it does not copy the list).
     */
    void grow(long size, long added) {
        if (size > limits.maxStringChars()) {
            throw PyError.refused("a value of " + size + " characters or items is refused: the string-size budget is "
                    + limits.maxStringChars());
        }
        total += added;
        if (total > limits.maxTotalChars()) {
            throw PyError.refused("the config creates more than " + limits.maxTotalChars()
                    + " characters and list items in total (the total-size budget)");
        }
    }

    /**
     * Checks, before building it, that a value holding {@code size} characters and items (see
     * {@link PyOps#size}) may be made: sharing makes {@code [s] * n} cheap to build, but not to write.
     */
    void hold(long size) {
        if (size > limits.maxValueSize()) {
            throw PyError.refused("a value holding " + size + " characters and items is refused: the value-size"
                    + " budget is " + limits.maxValueSize() + " (a part held several times counts each time,"
                    + " as writing the value out would)");
        }
    }
}
