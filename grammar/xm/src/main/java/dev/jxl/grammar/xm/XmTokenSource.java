package dev.jxl.grammar.xm;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Python's layout rules on top of {@link XmConfigLexer}: newlines inside brackets are dropped, blank
 * and comment-only lines vanish, and a change of indentation at the start of a logical line becomes
 * INDENT or DEDENT tokens. Indentation is measured twice, with tabs to the next multiple of 8 (Python
 * 2) and with a tab as one column (Python 3's consistency check); the two must order the same way,
 * else the file is refused, as Python 3 refuses inconsistent tabs and spaces.
 */
final class XmTokenSource implements TokenSource {
    private static final int MAX_BRACKET_DEPTH = XmLimits.MAX_BRACKET_DEPTH;
    private static final int MAX_OPERATORS_PER_LINE = XmLimits.MAX_OPERATORS_PER_LINE;

    private record Indent(int width8, int width1) {
    }

    private final XmConfigLexer lexer;
    private final String source;
    private final int maxTokens;
    private int tokens;
    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Indent> indents = new ArrayDeque<>();
    private int depth;
    private int operators;
    private boolean atLineStart = true;
    private String indentText = "";
    private boolean firstLine = true;
    private boolean done;

    XmTokenSource(XmConfigLexer lexer, String source, int maxTokens) {
        this.lexer = lexer;
        this.source = source;
        this.maxTokens = maxTokens;
        indents.push(new Indent(0, 0));
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (true) {
            Token t = lexer.nextToken();
            // The parse tree holds every token several times over: bound them before it is built.
            if (++tokens > maxTokens) {
                throw error(t, "more than " + maxTokens + " tokens: the token budget is " + maxTokens);
            }
            switch (t.getType()) {
                case XmConfigLexer.NEWLINE -> {
                    if (depth > 0) {
                        continue;
                    }
                    indentText = afterLineBreak(t.getText());
                    firstLine = false;
                    if (atLineStart) {
                        continue; // a blank or comment-only line
                    }
                    atLineStart = true;
                    operators = 0;
                    return synthetic(XmConfigLexer.NEWLINE, "\n", t);
                }
                case Token.EOF -> {
                    if (done) {
                        return t;
                    }
                    done = true;
                    if (!atLineStart) {
                        pending.add(synthetic(XmConfigLexer.NEWLINE, "\n", t));
                    }
                    while (indents.size() > 1) {
                        indents.pop();
                        pending.add(synthetic(XmConfigLexer.DEDENT, "<dedent>", t));
                    }
                    pending.add(t);
                    return pending.poll();
                }
                case XmConfigLexer.BAD_CHAR -> throw error(t, "unexpected character `" + printable(t.getText()) + "'");
                case XmConfigLexer.UNTERMINATED_STRING -> throw error(t, "string not closed on its line");
                default -> {
                    if (atLineStart) {
                        atLineStart = false;
                        indentBefore(t);
                    }
                    trackBrackets(t);
                    pending.add(t);
                    return pending.poll();
                }
            }
        }
    }

    private void trackBrackets(Token t) {
        switch (t.getType()) {
            case XmConfigLexer.PLUS, XmConfigLexer.MINUS, XmConfigLexer.STAR, XmConfigLexer.SLASH,
                    XmConfigLexer.DOUBLE_SLASH, XmConfigLexer.PERCENT, XmConfigLexer.POWER, XmConfigLexer.NOT,
                    XmConfigLexer.AND, XmConfigLexer.OR, XmConfigLexer.IF, XmConfigLexer.DOT, XmConfigLexer.EQ,
                    XmConfigLexer.NE, XmConfigLexer.LT, XmConfigLexer.GT, XmConfigLexer.LE, XmConfigLexer.GE -> {
                if (++operators > MAX_OPERATORS_PER_LINE) {
                    throw error(t, "more than " + MAX_OPERATORS_PER_LINE + " operators in one statement");
                }
            }
            case XmConfigLexer.LPAREN, XmConfigLexer.LBRACKET, XmConfigLexer.LBRACE -> {
                if (++depth > MAX_BRACKET_DEPTH) {
                    throw error(t, "brackets nested more than " + MAX_BRACKET_DEPTH + " deep");
                }
            }
            case XmConfigLexer.RPAREN, XmConfigLexer.RBRACKET, XmConfigLexer.RBRACE -> depth = Math.max(0, depth - 1);
            default -> {
            }
        }
    }

    /** Queues the INDENT or DEDENTs that the first token of a logical line implies. */
    private void indentBefore(Token first) {
        if (firstLine) {
            if (first.getCharPositionInLine() > 0) {
                throw error(first, "unexpected indent on the first line");
            }
            return;
        }
        Indent now = measure(indentText);
        Indent top = indents.peek();
        if (now.width8 > top.width8) {
            if (now.width1 <= top.width1) {
                throw error(first, "inconsistent use of tabs and spaces in indentation");
            }
            indents.push(now);
            pending.add(synthetic(XmConfigLexer.INDENT, "<indent>", first));
            return;
        }
        while (now.width8 < indents.peek().width8) {
            indents.pop();
            pending.add(synthetic(XmConfigLexer.DEDENT, "<dedent>", first));
        }
        if (now.width8 != indents.peek().width8) {
            throw error(first, "unindent does not match any outer indentation level");
        }
        if (now.width1 != indents.peek().width1) {
            throw error(first, "inconsistent use of tabs and spaces in indentation");
        }
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String afterLineBreak(String newline) {
        int i = 0;
        while (i < newline.length() && (newline.charAt(i) == '\r' || newline.charAt(i) == '\n')) {
            i++;
        }
        return newline.substring(i);
    }

    private static Indent measure(String blanks) {
        int width8 = 0;
        int width1 = 0;
        for (int i = 0; i < blanks.length(); i++) {
            char c = blanks.charAt(i);
            if (c == '\t') {
                width8 = (width8 / 8 + 1) * 8;
                width1++;
            } else if (c == '\f') {
                width8 = 0; // Python resets the count at a form feed
                width1 = 0;
            } else {
                width8++;
                width1++;
            }
        }
        return new Indent(width8, width1);
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken t = new CommonToken(at);
        t.setType(type);
        t.setText(text);
        return t;
    }

    private ConfigException error(Token t, String message) {
        return new ConfigException(Diagnostic.error(
                new SourcePosition(source, t.getLine(), t.getCharPositionInLine() + 1), null, message));
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return source;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
