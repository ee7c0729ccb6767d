package dev.jxl.grammar.xl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.oracle.CorpusConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.junit.jupiter.api.Test;

/**
 * The class-filling simulator against ANTLR's own, each with a DFA of its own: every corpus config,
 * every example and random text over the characters the rules tell apart lex to the same tokens
 * (type, text, line, column, offsets) through both.
 */
class CharClassLexerSimulatorTest {

    @Test
    void corpusAndExamplesLexAsWithAntlrsOwnSimulator() {
        Lexers lexers = new Lexers();
        List<CorpusConfig> configs = new ArrayList<>(CorpusConfig.corpus());
        configs.addAll(CorpusConfig.examples());
        assertTrue(configs.size() > 100, "the corpus is missing: " + configs.size() + " configs");
        for (CorpusConfig c : configs) {
            lexers.assertSameTokens(c.name(), c.text());
        }
    }

    @Test
    void randomTextLexesAsWithAntlrsOwnSimulator() {
        // every ASCII character (so a class boundary anywhere is crossed), the ones the rules treat
        // apart weighted up so strings, comments and lists form, and a few beyond the DFA's edges
        String often = "'\"\\\n#[]=,";
        String beyond = "\u00e9\u0100\u2028";
        Random random = new Random(20261203);
        Lexers lexers = new Lexers();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                int pick = random.nextInt(40);
                text.append(pick < 15 ? often.charAt(random.nextInt(often.length()))
                        : pick == 39 ? beyond.charAt(random.nextInt(beyond.length())) : (char) random.nextInt(128));
            }
            lexers.assertSameTokens("random text " + i, text.toString());
        }
    }

    @Test
    void aStringsLettersShareOneComputedEdge() {
        Lexers lexers = new Lexers();
        lexers.assertSameTokens("letters", "k = 'abcdefghijklmnopqrstuvwxyz'\n");
        // ANTLR computes one edge per letter; filled, the first letter gives all 26 theirs
        assertTrue(lexers.filledEdges() > lexers.plainEdges() + 20,
                "filled " + lexers.filledEdges() + " edges, ANTLR alone " + lexers.plainEdges());
    }

    /** Two lexers over fresh DFAs: ANTLR's simulator and jxl's. */
    private static final class Lexers {
        private final DFA[] plainDfa = freshDfa();
        private final DFA[] filledDfa = freshDfa();

        void assertSameTokens(String what, String text) {
            assertEquals(tokens(text, false), tokens(text, true), what);
        }

        private List<String> tokens(String text, boolean filled) {
            XlConfigLexer lexer = new XlConfigLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            lexer.setInterpreter(filled ? new CharClassLexerSimulator(lexer, filledDfa)
                    : new LexerATNSimulator(lexer, lexer.getATN(), plainDfa, new PredictionContextCache()));
            List<String> out = new ArrayList<>();
            for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
                out.add(t.getType() + " " + t.getLine() + ":" + t.getCharPositionInLine() + " " + t.getStartIndex()
                        + ".." + t.getStopIndex() + " [" + t.getText() + "]");
                if (t.getType() == Token.EOF) {
                    return out;
                }
            }
        }

        int plainEdges() {
            return edges(plainDfa);
        }

        int filledEdges() {
            return edges(filledDfa);
        }

        private static int edges(DFA[] dfas) {
            int n = 0;
            for (DFA dfa : dfas) {
                for (DFAState s : dfa.states.keySet()) {
                    if (s.edges != null) {
                        for (DFAState e : s.edges) {
                            n += e == null ? 0 : 1;
                        }
                    }
                }
            }
            return n;
        }

        private static DFA[] freshDfa() {
            DFA[] dfas = new DFA[XlConfigLexer._ATN.getNumberOfDecisions()];
            for (int i = 0; i < dfas.length; i++) {
                dfas[i] = new DFA(XlConfigLexer._ATN.getDecisionState(i), i);
            }
            return dfas;
        }
    }
}
