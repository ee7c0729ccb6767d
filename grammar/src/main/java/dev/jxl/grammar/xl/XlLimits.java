package dev.jxl.grammar.xl;

/** Bounds that keep parsing linear and small whatever the input. */
final class XlLimits {
    /** Deepest list nesting accepted; see {@link XlConfigReader#MAX_LIST_DEPTH}. */
    static final int MAX_LIST_DEPTH = 2000;

    private XlLimits() {
    }
}
