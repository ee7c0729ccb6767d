package dev.jxl.grammar.xm;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.Map;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses xm config text into a parse tree. The first syntax error stops the parse (as Python's
 * compiler does) and is reported with its position; when the offending token begins a Python
 * construct outside the subset, the message names that construct.
 */
final class XmParser {
    private static final Map<String, String> KEYWORD_CONSTRUCTS = Map.ofEntries(
            Map.entry("for", "`for` loops and comprehensions"),
            Map.entry("while", "`while` loops"),
            Map.entry("break", "loops (`break`)"),
            Map.entry("continue", "loops (`continue`)"),
            Map.entry("lambda", "`lambda` functions"),
            Map.entry("class", "class definitions"),
            Map.entry("try", "exception handling (`try`)"),
            Map.entry("except", "exception handling (`except`)"),
            Map.entry("finally", "exception handling (`finally`)"),
            Map.entry("with", "`with` statements"),
            Map.entry("yield", "generators (`yield`)"),
            Map.entry("global", "`global` declarations"),
            Map.entry("nonlocal", "`nonlocal` declarations"),
            Map.entry("del", "`del` statements"),
            Map.entry("assert", "`assert` statements"),
            Map.entry("from", "`from ... import` (only `import os, os.path, re, sys` is modelled)"),
            Map.entry("as", "`import ... as`"),
            Map.entry("async", "coroutines"),
            Map.entry("await", "coroutines"));

    private XmParser() {
    }

    static XmConfig.FileContext parse(String source, String text, XmLimits limits) {
        XmConfigLexer lexer = new XmConfigLexer(CharStreams.fromString(text, source));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new XmTokenSource(lexer, source, limits.maxSourceTokens()));
        XmConfig parser = new XmConfig(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.file();
        } catch (ParseCancellationException e) {
            // SLL can fail where full LL succeeds: retry before reporting.
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return parser.file();
            } catch (ParseCancellationException again) {
                Token offending = again.getCause() instanceof RecognitionException re && re.getOffendingToken() != null
                        ? re.getOffendingToken() : tokens.LT(1);
                throw new ConfigException(Diagnostic.error(position(source, offending), null,
                        describe(offending, tokens)));
            }
        } catch (StackOverflowError e) {
            throw new ConfigException(Diagnostic.error(new SourcePosition(source, 1, 1), null,
                    "expressions nested too deeply to read"));
        }
    }

    static SourcePosition position(String source, Token t) {
        return new SourcePosition(source, t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static String describe(Token t, CommonTokenStream tokens) {
        String outside = " is outside the Python subset jxl evaluates";
        String text = t.getText();
        int index = t.getTokenIndex();
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        if (previous != null && previous.getType() == XmConfigLexer.NAME
                && (previous.getText().equals("print") || previous.getText().equals("exec"))
                && t.getType() != XmConfigLexer.LPAREN) {
            return "the Python 2 `" + previous.getText() + "` statement" + outside;
        }
        return switch (t.getType()) {
            case XmConfigLexer.UNSUPPORTED_KEYWORD -> KEYWORD_CONSTRUCTS.getOrDefault(text, "`" + text + "`") + outside;
            case XmConfigLexer.OTHER_ASSIGN -> "augmented assignment `" + text + "`" + outside;
            case XmConfigLexer.OLD_NE -> "the Python 2 `<>` operator (write `!=`)" + outside;
            case XmConfigLexer.SHIFT, XmConfigLexer.BITWISE -> "bitwise operator `" + text + "`" + outside;
            case XmConfigLexer.BACKTICK -> "Python 2 backtick quoting" + outside;
            case XmConfigLexer.AT -> "decorators (`@`)" + outside;
            case XmConfigLexer.ASSIGN, XmConfigLexer.PLUS_ASSIGN, XmConfigLexer.MINUS_ASSIGN, XmConfigLexer.STAR_ASSIGN ->
                    "assignment to anything but a plain name" + outside;
            case XmConfigLexer.INDENT -> "syntax error: unexpected indent";
            case XmConfigLexer.DEDENT -> "syntax error: unexpected end of block";
            case XmConfigLexer.NEWLINE -> "syntax error: unexpected end of line";
            case Token.EOF -> "syntax error: unexpected end of file";
            default -> "syntax error: unexpected `" + XmTokenSource.printable(text) + "`";
        };
    }
}
