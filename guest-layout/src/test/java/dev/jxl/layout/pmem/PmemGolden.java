package dev.jxl.layout.pmem;

import dev.jxl.golden.Golden;

/** Golden files under {@code golden/pmem/} (see {@link Golden}). */
public final class PmemGolden {
    private PmemGolden() {
    }

    public static void verify(String name, String text) {
        Golden.verify("pmem", name, text);
    }
}
