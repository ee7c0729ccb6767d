package dev.jxl.grammar.xm;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;

/**
 * Reads a legacy xm (xend) domain config safely: parses the Python subset and evaluates it with
 * {@link XmEvaluator}, never executing anything. Errors are {@link ConfigException}s positioned at
 * {@code FILE:LINE:COL}.
 */
public final class XmReader {
    private XmReader() {
    }

    public static XmEvaluation read(String source, String text, XmEnvironment environment) {
        return read(source, text, environment, XmLimits.DEFAULT);
    }

    public static XmEvaluation read(String source, String text, XmEnvironment environment, XmLimits limits) {
        if (text.length() > limits.maxSourceChars()) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(source), null,
                    "config of " + text.length() + " characters is refused (limit " + limits.maxSourceChars() + ")"));
        }
        // Python reads source with universal newlines.
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        XmConfig.FileContext tree = XmParser.parse(source, normalized);
        return new XmEvaluator(source, environment, limits).evaluate(tree);
    }
}
