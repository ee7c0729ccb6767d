package dev.jxl.layout.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The longest common subsequence of two lists, as a unified diff's operations: each element of
 * either side once, in order, marked kept, removed (left only) or added (right only).
 */
final class LineDiff {
    enum Op { KEEP, REMOVE, ADD }

    /** One operation: the left and right positions (-1 where the side has no element). */
    record Edit(Op op, int left, int right) {
    }

    /** Past this many cells the table is not built: everything is one change (no input gets near it). */
    private static final long MAX_CELLS = 16L << 20;

    private LineDiff() {
    }

    static <T> List<Edit> of(List<T> a, List<T> b) {
        return of(a, b, Object::equals);
    }

    static <T> List<Edit> of(List<T> a, List<T> b, BiPredicate<T, T> same) {
        int n = a.size();
        int m = b.size();
        // common head and tail first: most diffs change a little in the middle
        int head = 0;
        while (head < n && head < m && same.test(a.get(head), b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && same.test(a.get(n - 1 - tail), b.get(m - 1 - tail))) {
            tail++;
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Edit(Op.KEEP, i, i));
        }
        int an = n - head - tail;
        int bm = m - head - tail;
        if ((long) (an + 1) * (bm + 1) > MAX_CELLS) {
            for (int i = 0; i < an; i++) {
                out.add(new Edit(Op.REMOVE, head + i, -1));
            }
            for (int j = 0; j < bm; j++) {
                out.add(new Edit(Op.ADD, -1, head + j));
            }
        } else {
            int[][] lcs = new int[an + 1][bm + 1];
            for (int i = an - 1; i >= 0; i--) {
                for (int j = bm - 1; j >= 0; j--) {
                    lcs[i][j] = same.test(a.get(head + i), b.get(head + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < an || j < bm) {
                if (i < an && j < bm && same.test(a.get(head + i), b.get(head + j))) {
                    out.add(new Edit(Op.KEEP, head + i++, head + j++));
                } else if (j < bm && (i == an || lcs[i][j + 1] > lcs[i + 1][j])) {
                    out.add(new Edit(Op.ADD, -1, head + j++));
                } else {
                    out.add(new Edit(Op.REMOVE, head + i++, -1));
                }
            }
        }
        for (int i = 0; i < tail; i++) {
            out.add(new Edit(Op.KEEP, n - tail + i, m - tail + i));
        }
        return out;
    }

    static boolean changed(List<Edit> edits) {
        return edits.stream().anyMatch(e -> e.op() != Op.KEEP);
    }
}
