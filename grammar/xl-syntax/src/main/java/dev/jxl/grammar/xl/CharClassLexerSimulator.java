package dev.jxl.grammar.xl;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's lexer simulator, except that an edge it adds to the lexer's DFA is also given to every
 * other character the state's transitions cannot tell apart from the one just read.
 *
 * <p>ANTLR caches one DFA edge per (state, character) and computes each from the ATN the first time
 * it is needed: inside a string or a comment every new letter costs an ATN closure and a DFA-state
 * lookup, about 100 µs interpreted, and a cold {@code jxl -N create} computed 153 of them for one
 * small config (a third of its CPU on JDK 17). The reach of a character from a DFA state depends only
 * on which of its configurations' transitions match the character, in order; every character of the
 * range between two of those transitions' interval bounds matches the same ones, so it reaches the
 * same target. Filling that range makes the edges per character class. An edge ANTLR itself does not
 * cache (a predicate decided it) is not filled either.
 */
final class CharClassLexerSimulator extends LexerATNSimulator {
    /** A simulator for {@code lexer} over the DFA its generated class shares among all its lexers. */
    CharClassLexerSimulator(Lexer lexer) {
        this(lexer, lexer.getInterpreter().decisionToDFA);
    }

    CharClassLexerSimulator(Lexer lexer, DFA[] decisionToDfa) {
        super(lexer, lexer.getATN(), decisionToDfa, new PredictionContextCache());
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        DFAState target = super.computeTargetState(input, s, t);
        if (t < MIN_DFA_EDGE || t > MAX_DFA_EDGE || s.edges == null || s.edges[t - MIN_DFA_EDGE] != target) {
            return target;
        }
        int[] range = {MIN_DFA_EDGE, MAX_DFA_EDGE};
        if (narrowToClassOf(s.configs, t, range)) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (c != t && s.edges[c - MIN_DFA_EDGE] == null) {
                    addDFAEdge(s, c, target);
                }
            }
        }
        return target;
    }

    /**
     * Narrows {@code range} to the characters every transition of {@code configs} treats as it treats
     * {@code t}; false when a transition's characters are not known as intervals.
     */
    private static boolean narrowToClassOf(ATNConfigSet configs, int t, int[] range) {
        for (ATNConfig config : configs) {
            for (int i = 0; i < config.state.getNumberOfTransitions(); i++) {
                Transition transition = config.state.transition(i);
                if (transition.isEpsilon() || transition instanceof WildcardTransition) {
                    continue; // the same for every character
                }
                IntervalSet label = transition.label();
                if (label == null) {
                    return false;
                }
                for (Interval in : label.getIntervals()) {
                    if (in.b < t) {
                        range[0] = Math.max(range[0], in.b + 1);
                    } else if (in.a > t) {
                        range[1] = Math.min(range[1], in.a - 1);
                    } else {
                        range[0] = Math.max(range[0], in.a);
                        range[1] = Math.min(range[1], in.b);
                    }
                }
            }
        }
        return true;
    }
}
