package dev.jxl.config.spec;

import java.util.function.Consumer;

/** One {@code irqs} item: a decimal number (strtoul: leading blanks and a sign accepted), below 2^32 - 1. */
public final class IrqSpec {
    private IrqSpec() {
    }

    public static long parse(String spec, Consumer<String> warn) {
        CText.Num n = CText.strtoul(spec, 0, 10);
        if (n.parsedNothing(0) || n.end() != spec.length()) {
            throw new SpecException("Invalid argument parsing irq: " + spec, n.parsedNothing(0) ? 0 : n.end());
        }
        if (Long.compareUnsigned(n.value(), 0xFFFFFFFFL) >= 0) {
            throw new SpecException("irq " + Long.toHexString(n.value()) + " too big");
        }
        return n.value();
    }
}
