package dev.jxl.grammar.xl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * How deep libxlu's bison parser stack gets on a token stream. Bison gives up ("memory exhausted")
 * when its stack needs {@value #BISON_MAX_STATES} states (YYMAXDEPTH), so xl rejects deeply nested
 * lists — and how deep depends on where the nesting sits: an open list holds {@code '[' nlok} (2
 * states) while its first item is read, {@code '[' nlok values ',' nlok} (5) for any later item. This
 * replays those counts so jxl refuses exactly what xl refuses (xl accepts 4996 levels of first items
 * and 1998 of later ones), and so that jxl's own recursive parser is never handed more.
 */
final class XlParserStackModel {
    static final int BISON_MAX_STATES = 10000;
    /** The initial state, {@code stmts}, the key and {@code =} under any value. */
    private static final int BASE = 4;

    private XlParserStackModel() {
    }

    /** The first token at which xl's parser stack overflows, or null when it never does. */
    static Token overflowAt(List<Token> tokens) {
        Deque<int[]> levels = new ArrayDeque<>(); // per open list: its states below the item being read
        int below = BASE; // states of every open level: BASE + the sum of levels
        for (Token t : tokens) {
            int type = t.getType();
            int peak;
            if (type == XlConfigLexer.LBRACKET) {
                int cost = 2; // '[' nlok
                levels.push(new int[] {cost});
                below += cost;
                peak = below;
            } else if (levels.isEmpty()) {
                if (type == XlConfigLexer.NEWLINE || type == XlConfigLexer.SEMICOLON) {
                    below = BASE;
                }
                continue;
            } else if (type == XlConfigLexer.STRING || type == XlConfigLexer.NUMBER) {
                peak = below + 2; // value nlok, then reduced into values
                below += completeItem(levels);
            } else if (type == XlConfigLexer.COMMA) {
                int[] top = levels.peek();
                below += 5 - top[0];
                top[0] = 5; // '[' nlok values ',' nlok
                peak = below;
            } else if (type == XlConfigLexer.NEWLINE) {
                peak = below + 1; // nlok NEWLINE, reduced at once
            } else if (type == XlConfigLexer.RBRACKET) {
                int[] top = levels.pop();
                peak = below - top[0] + 4; // '[' nlok valuelist ']'
                below -= top[0];
                if (!levels.isEmpty()) {
                    peak = Math.max(peak, below + 2); // the list is now an item: value nlok
                    below += completeItem(levels);
                } else {
                    below = BASE;
                }
            } else {
                continue;
            }
            if (peak >= BISON_MAX_STATES) {
                return t;
            }
        }
        return null;
    }

    /**
     * The open list's states become {@code '[' nlok values}; returns the change, so {@code below} is
     * kept as a running sum (summing every level at each item made 5000 levels quadratic).
     */
    private static int completeItem(Deque<int[]> levels) {
        int[] top = levels.peek();
        int change = 3 - top[0];
        top[0] = 3; // '[' nlok values
        return change;
    }
}
