package dev.jxl.grammar.xl;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses xl config text into {@link XlSettings}, accepting and rejecting exactly what libxlu does.
 * Errors carry {@code source:line:column}; all of them are collected before failing, as xl
 * reports several lines in one run.
 */
public final class XlConfigReader {

    /** Name under which {@code KEY=VALUE} command-line words are reported. */
    public static final String COMMAND_LINE = "<command line>";

    private XlConfigReader() {
    }

    /** Parses one config file's text. */
    public static XlSettings parse(String source, String text) {
        return parse(source, text, List.of());
    }

    /**
     * Parses a config file with {@code KEY=VALUE} words appended, as {@code xl create FILE KEY=VALUE…}
     * does: the words are added after the text, one per line, so they override the file and
     * {@code +=} works across them. Positions in them are reported as {@code <command line>:N:COL}
     * where N counts the words from 1.
     */
    public static XlSettings parse(String source, String text, List<String> overrides) {
        String all = text;
        LineMap lines = new LineMap(source, text, overrides.size());
        if (!overrides.isEmpty()) {
            all = text + "\n" + String.join("\n", overrides) + "\n";
        }
        return new Run(lines, all).parse();
    }

    /** Maps a line of the joined text back to the file or to a command-line word. */
    static final class LineMap {
        private final String source;
        private final int firstOverrideLine;
        private final int overrideCount;

        LineMap(String source, String text, int overrideCount) {
            this.source = source;
            int newlines = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    newlines++;
                }
            }
            this.firstOverrideLine = newlines + 2;
            this.overrideCount = overrideCount;
        }

        SourcePosition at(int line, int column) {
            if (overrideCount > 0 && line >= firstOverrideLine) {
                int word = Math.min(line - firstOverrideLine + 1, overrideCount);
                return new SourcePosition(COMMAND_LINE, word, column);
            }
            return new SourcePosition(source, line, column);
        }
    }

    /** One parse: lexes everything, then parses statement by statement. */
    private static final class Run {
        private final LineMap lines;
        private final String text;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final BitSet linesWithLexicalErrors = new BitSet();
        private boolean likelyPython;

        Run(LineMap lines, String text) {
            this.lines = lines;
            this.text = text;
        }

        XlSettings parse() {
            List<Token> tokens = lex();
            XlSettingsBuilder builder = new XlSettingsBuilder(lines, diagnostics);
            if (!tooDeep(tokens)) {
                if (maxNesting(tokens) > SHALLOW) {
                    onBigStack(() -> parseStatements(tokens, builder));
                } else {
                    parseStatements(tokens, builder);
                }
            }
            if (Diagnostic.anyError(diagnostics)) {
                if (likelyPython) {
                    diagnostics.add(Diagnostic.warning(lines.at(1, 1).withSource(lines.source), null,
                            "this config looks like Python; xl configs are not Python"
                                    + " (for a legacy xm config use `jxl convert-xm`)"));
                }
                throw new ConfigException(diagnostics);
            }
            return builder.build(lines.source);
        }

        /** Nesting up to this depth parses on the caller's stack; deeper, on a thread with room for xl's maximum. */
        private static final int SHALLOW = 200;

        private static int maxNesting(List<Token> tokens) {
            int depth = 0;
            int max = 0;
            for (Token t : tokens) {
                if (t.getType() == XlConfigLexer.LBRACKET) {
                    max = Math.max(max, ++depth);
                } else if (t.getType() == XlConfigLexer.RBRACKET && depth > 0) {
                    depth--;
                }
            }
            return max;
        }

        private static void onBigStack(Runnable parse) {
            RuntimeException[] failure = {null};
            Thread t = new Thread(null, () -> {
                try {
                    parse.run();
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }, "jxl-deep-parse", 256L << 20);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
        }

        private List<Token> lex() {
            XlConfigLexer lexer = new XlConfigLexer(CharStreams.fromString(text, lines.source));
            lexer.removeErrorListeners(); // every character matches some rule; nothing to report
            lexer.setInterpreter(new CharClassLexerSimulator(lexer));
            List<Token> kept = new ArrayList<>();
            for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
                switch (t.getType()) {
                    case XlConfigLexer.LEX_ERROR -> lexicalError(t);
                    case XlConfigLexer.UNTERMINATED_STRING -> {
                        // Quirk: a lone quote that is the file's last byte passes, like any other
                        // unusable last character (libxlu's error state never sees a following one)
                        if (!(t.getText().length() == 1 && t.getStopIndex() == text.length() - 1)) {
                            lexicalError(t);
                        }
                    }
                    case XlConfigLexer.LEX_ERROR_NEWLINE -> {
                        lexicalError(t);
                        CommonToken nl = new CommonToken(t);
                        nl.setType(XlConfigLexer.NEWLINE);
                        kept.add(nl);
                    }
                    case XlConfigLexer.COMMENT_AT_EOF -> {
                        // Quirk: libxlu only reports an error once something follows the '#'
                        // (its error state needs one more character); a lone final '#' passes.
                        if (t.getText().length() > 1) {
                            lexicalError(t);
                        }
                    }
                    default -> kept.add(t);
                }
                if (t.getType() == Token.EOF) {
                    return kept;
                }
            }
        }

        private void lexicalError(Token t) {
            String shown = t.getText();
            int cut = 0;
            while (cut < shown.length() && " \t\n".indexOf(shown.charAt(cut)) < 0) {
                cut++;
            }
            shown = shown.substring(0, cut);
            char first = shown.isEmpty() ? ' ' : shown.charAt(0);
            if ("+-.():".indexOf(first) >= 0) {
                likelyPython = true;
            }
            String why = switch (t.getType()) {
                case XlConfigLexer.UNTERMINATED_STRING -> "string not closed on its line";
                case XlConfigLexer.COMMENT_AT_EOF -> "a comment on the last line must end with a newline";
                default -> describeBadCharacter(first);
            };
            linesWithLexicalErrors.set(t.getLine());
            refuseIfBinary(t);
            diagnostics.add(Diagnostic.error(lines.at(t.getLine(), t.getCharPositionInLine() + 1), null,
                    "lexical error near `" + printable(shown) + "': " + why));
        }

        /**
         * A file with a NUL byte that does not lex is not a config at all (a binary given by mistake):
         * one line at the first bad bytes instead of an error per fragment. A NUL that xl lexes
         * (inside a string) still passes, as in xl.
         */
        private void refuseIfBinary(Token t) {
            int nul = text.indexOf('\0');
            if (nul < 0) {
                return;
            }
            diagnostics.add(Diagnostic.error(lines.at(t.getLine(), t.getCharPositionInLine() + 1), null,
                    "not a text file (a NUL byte at offset " + nul + "); an xl config is text"));
            throw new ConfigException(diagnostics);
        }

        private static String describeBadCharacter(char c) {
            if (c >= 'A' && c <= 'Z') {
                return "uppercase outside quotes (keys and hex digits are lowercase in xl configs)";
            }
            if (c == '\r') {
                return "carriage return (xl configs need Unix line endings)";
            }
            if ("+-.():".indexOf(c) >= 0) {
                return "unexpected `" + c + "' (numbers are unsigned integers; quote other values)";
            }
            return "unexpected character";
        }

        /** Lists nested beyond what xl's parser stack holds: an error where xl's stack would overflow. */
        private boolean tooDeep(List<Token> tokens) {
            Token at = XlParserStackModel.overflowAt(tokens);
            if (at == null) {
                return false;
            }
            diagnostics.add(Diagnostic.error(lines.at(at.getLine(), at.getCharPositionInLine() + 1), null,
                    "lists nested too deeply: xl's parser runs out of stack here ("
                            + XlParserStackModel.BISON_MAX_STATES + " states; about 5000 levels at most)"));
            return true;
        }

        private void parseStatements(List<Token> tokens, XlSettingsBuilder builder) {
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
            XlConfig parser = newParser(stream);
            while (true) {
                int start = stream.index();
                try {
                    XlConfig.StatementContext st = parser.statement();
                    if (st instanceof XlConfig.EndOfFileContext) {
                        return;
                    }
                    builder.visit(st);
                } catch (ParseCancellationException e) {
                    syntaxError(parser, e.getCause() instanceof RecognitionException re ? re : null, stream);
                    skipPastNewline(stream, Math.max(start, stream.index()));
                    parser = newParser(stream);
                }
                if (stream.LA(1) == Token.EOF && stream.index() == start) {
                    return; // defensive: no progress
                }
            }
        }

        private static XlConfig newParser(CommonTokenStream stream) {
            XlConfig parser = new XlConfig(stream);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            return parser;
        }

        private void skipPastNewline(CommonTokenStream stream, int from) {
            stream.seek(from);
            while (stream.LA(1) != Token.EOF) {
                int type = stream.LA(1);
                stream.consume();
                if (type == XlConfigLexer.NEWLINE) {
                    return;
                }
            }
        }

        private void syntaxError(XlConfig parser, RecognitionException e, CommonTokenStream stream) {
            Token offending = e != null && e.getOffendingToken() != null ? e.getOffendingToken() : stream.LT(1);
            if (offending.getType() == XlConfigLexer.NEWLINE || offending.getType() == XlConfigLexer.COMMENT_AT_EOF) {
                // a NEWLINE token may include a comment: point at its start
            }
            if (linesWithLexicalErrors.get(offending.getLine())) {
                return; // as libxlu: a lexical error hides the parse errors it causes on its line
            }
            IntervalSet expected = expectedTokens(parser, e);
            String message = "syntax error: unexpected " + describe(offending)
                    + (expected.isNil() ? "" : ", expecting " + describe(expected));
            diagnostics.add(Diagnostic.error(lines.at(offending.getLine(), offending.getCharPositionInLine() + 1),
                    null, message));
        }

        private static IntervalSet expectedTokens(XlConfig parser, RecognitionException e) {
            if (e instanceof InputMismatchException || e instanceof NoViableAltException) {
                try {
                    return e.getExpectedTokens();
                } catch (RuntimeException ignored) {
                    // fall through
                }
            }
            return new IntervalSet();
        }

        private static final Set<Integer> SHOWN = Set.of(XlConfigLexer.IDENT, XlConfigLexer.NUMBER);

        private static String describe(Token t) {
            return switch (t.getType()) {
                case Token.EOF -> "end of file";
                case XlConfigLexer.NEWLINE, XlConfigLexer.COMMENT_AT_EOF -> "end of line";
                case XlConfigLexer.STRING -> "string " + printable(t.getText());
                case XlConfigLexer.IDENT -> "bare word `" + printable(t.getText()) + "' (quote string values)";
                default -> SHOWN.contains(t.getType()) ? "`" + t.getText() + "'" : "`" + printable(t.getText()) + "'";
            };
        }

        private static String describe(IntervalSet expected) {
            List<String> names = new ArrayList<>();
            for (int type : expected.toList()) {
                names.add(switch (type) {
                    case Token.EOF -> "end of file";
                    case XlConfigLexer.IDENT -> "a key name";
                    case XlConfigLexer.NUMBER -> "a number";
                    case XlConfigLexer.STRING -> "a string";
                    case XlConfigLexer.NEWLINE -> "end of line";
                    case XlConfigLexer.SEMICOLON -> "';'";
                    case XlConfigLexer.ASSIGN -> "'='";
                    case XlConfigLexer.OP_ADD -> "'+='";
                    case XlConfigLexer.COMMA -> "','";
                    case XlConfigLexer.LBRACKET -> "'['";
                    case XlConfigLexer.RBRACKET -> "']'";
                    default -> XlConfig.VOCABULARY.getDisplayName(type);
                });
            }
            if (names.size() <= 1) {
                return String.join("", names);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }
    }

    /** Control characters shown as escapes, so a message is always one readable line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        int limit = Math.min(s.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append("^M");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > limit) {
            b.append("...");
        }
        return b.toString();
    }
}
