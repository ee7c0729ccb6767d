package dev.jxl.fuzz;

import java.util.Random;

/** One way of damaging an input; a name that says what it did, for counts and reproducers. */
interface Mutator {
    /** The biggest mutant any mutator makes: large enough for 100,000-digit numbers and deep nesting. */
    int MAX_BYTES = 1 << 20;

    String name();

    /**
     * The mutant of {@code input}, or null when this mutator does not apply to it (a semantic
     * mutator on a document it cannot read, a token mutator on an input without that token).
     *
     * @param donor another seed of the same kind, for splices
     */
    byte[] mutate(byte[] input, Random random, byte[] donor);

    static Mutator of(String name, Body body) {
        return new Mutator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] mutate(byte[] input, Random random, byte[] donor) {
                byte[] out = body.mutate(input, random, donor);
                return out == null || out.length > MAX_BYTES ? null : out;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @FunctionalInterface
    interface Body {
        byte[] mutate(byte[] input, Random random, byte[] donor);
    }
}
