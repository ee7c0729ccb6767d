package dev.jxl.grammar.xm;

/**
 * The budgets of reading one xm config and converting it, so that no config can hang jxl, exhaust
 * its memory or make it write a huge file. Every budget is one named constant here; the defaults are
 * far above what any real xm config needs (xend's examples take a few hundred steps, a few hundred
 * tokens and a few kilobytes). Each refusal names its budget and the limit.
 *
 * @param maxSteps         step budget: statements, expressions and regex characters examined, in total
 * @param maxMillis        time budget: wall-clock milliseconds one evaluation may take (the backstop
 *                         behind the other budgets; checked every {@link #STEPS_PER_CLOCK_CHECK} steps)
 * @param maxStringChars   string-size budget: longest string or list one operation may create
 * @param maxValueSize     value-size budget: characters and items one value may hold, counting a
 *                         part it holds several times (a list repeated by {@code *}) each time, as
 *                         writing it out would
 * @param maxTotalChars    total-size budget: characters and items created over the whole evaluation
 * @param maxDepth         nesting budget: calls and expressions nested in one another
 * @param maxSourceChars   source-size budget: longest config file read
 * @param maxSourceTokens  token budget: tokens in one config (parsing holds them all in memory)
 * @param maxXlChars       output budget: characters of the converted xl config and its report together
 */
public record XmLimits(long maxSteps, long maxMillis, int maxStringChars, long maxValueSize, long maxTotalChars,
        int maxDepth, int maxSourceChars, int maxSourceTokens, long maxXlChars) {

    public static final long MAX_STEPS = 1_000_000;
    public static final long MAX_MILLIS = 10_000;
    public static final int MAX_STRING_CHARS = 1 << 20;
    public static final long MAX_VALUE_SIZE = 4L << 20;
    public static final long MAX_TOTAL_CHARS = 16L << 20;
    public static final int MAX_DEPTH = 100;
    public static final int MAX_SOURCE_CHARS = 1 << 20;
    public static final int MAX_SOURCE_TOKENS = 200_000;
    public static final long MAX_XL_CHARS = 4L << 20;

    /** Deepest bracket nesting the parser accepts; it bounds the parser's recursion. */
    public static final int MAX_BRACKET_DEPTH = 100;
    /**
     * Most operators in one logical line. Prefix and right-associative operators nest the parse tree
     * as deep as they are long; real configs use a handful per line.
     */
    public static final int MAX_OPERATORS_PER_LINE = 1000;
    /** How often (in steps) the time budget reads the clock. */
    public static final int STEPS_PER_CLOCK_CHECK = 1024;

    public static final XmLimits DEFAULT = new XmLimits(MAX_STEPS, MAX_MILLIS, MAX_STRING_CHARS, MAX_VALUE_SIZE,
            MAX_TOTAL_CHARS, MAX_DEPTH, MAX_SOURCE_CHARS, MAX_SOURCE_TOKENS, MAX_XL_CHARS);

    public XmLimits {
        if (maxSteps <= 0 || maxMillis <= 0 || maxStringChars <= 0 || maxValueSize <= 0 || maxTotalChars <= 0
                || maxDepth <= 0 || maxSourceChars <= 0 || maxSourceTokens <= 0 || maxXlChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public XmLimits withMaxSteps(long n) {
        return new XmLimits(n, maxMillis, maxStringChars, maxValueSize, maxTotalChars, maxDepth, maxSourceChars,
                maxSourceTokens, maxXlChars);
    }

    public XmLimits withMaxMillis(long n) {
        return new XmLimits(maxSteps, n, maxStringChars, maxValueSize, maxTotalChars, maxDepth, maxSourceChars,
                maxSourceTokens, maxXlChars);
    }

    public XmLimits withMaxXlChars(long n) {
        return new XmLimits(maxSteps, maxMillis, maxStringChars, maxValueSize, maxTotalChars, maxDepth,
                maxSourceChars, maxSourceTokens, n);
    }
}
