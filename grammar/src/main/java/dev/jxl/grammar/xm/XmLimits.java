package dev.jxl.grammar.xm;

/**
 * Bounds on one evaluation, so that no config can hang jxl or exhaust its memory. The defaults are
 * far above what any real xm config needs (xend's examples take a few hundred steps and a few
 * kilobytes).
 *
 * @param maxSteps        statements, expressions and regex characters examined, in total
 * @param maxStringChars  longest string (or list) one operation may create
 * @param maxTotalChars   characters and list items created over the whole evaluation
 * @param maxDepth        nesting of calls and expressions
 * @param maxSourceChars  longest config file read
 */
public record XmLimits(long maxSteps, int maxStringChars, long maxTotalChars, int maxDepth, int maxSourceChars) {
    public static final XmLimits DEFAULT = new XmLimits(1_000_000, 1 << 20, 16L << 20, 100, 1 << 20);

    public XmLimits {
        if (maxSteps <= 0 || maxStringChars <= 0 || maxTotalChars <= 0 || maxDepth <= 0 || maxSourceChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
