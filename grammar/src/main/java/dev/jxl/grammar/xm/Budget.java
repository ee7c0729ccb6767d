package dev.jxl.grammar.xm;

/** What one evaluation has spent against its {@link XmLimits}. */
final class Budget {
    private final XmLimits limits;
    private long steps;
    private long chars;

    Budget(XmLimits limits) {
        this.limits = limits;
    }

    XmLimits limits() {
        return limits;
    }

    void step() {
        if (++steps > limits.maxSteps()) {
            throw PyError.refused("evaluation stopped after " + limits.maxSteps() + " steps (is there unbounded recursion?)");
        }
    }

    void steps(long n) {
        steps += n;
        if (steps > limits.maxSteps()) {
            throw PyError.refused("evaluation stopped after " + limits.maxSteps() + " steps");
        }
    }

    /** Checks, before building it, that a string or list of {@code size} elements may be made. */
    void allocate(long size) {
        if (size > limits.maxStringChars()) {
            throw PyError.refused("a value of " + size + " characters or items is refused (limit "
                    + limits.maxStringChars() + ")");
        }
        chars += size;
        if (chars > limits.maxTotalChars()) {
            throw PyError.refused("the config creates more than " + limits.maxTotalChars()
                    + " characters and list items in total");
        }
    }
}
