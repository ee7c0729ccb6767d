package dev.jxl.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shrinks an input while it still shows its failure class: for documents the test can read, whole
 * array items and object members go first (so the reproducer stays a readable document), then any
 * run of bytes (delta debugging: halves, quarters, … of what is left). Bounded by {@link #MAX_PLAYS}
 * replays per class.
 */
final class Shrinker {
    static final int MAX_PLAYS = 200;

    private final Scenario scenario;
    private final Path work;
    private int plays;
    private long attempt;

    Shrinker(Scenario scenario, Path work) {
        this.scenario = scenario;
        this.work = work;
    }

    Input shrink(Input input, String key) {
        plays = 0;
        Input best = input;
        if (input.kind().isDocument()) {
            best = shrinkTree(best, key);
        }
        return shrinkBytes(best, key);
    }

    private boolean shows(Input candidate, String key) {
        plays++;
        Path dir = work.resolve("shrink-" + attempt++);
        try {
            for (Scenario.Executed e : scenario.play(candidate, dir)) {
                for (OutputRules.Problem p : e.problems()) {
                    if (Report.classKey(candidate, p).equals(key)) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            Campaign.deleteTree(dir);
        }
    }

    /** Drops array items and object members, one at a time, while the class stays. */
    private Input shrinkTree(Input input, String key) {
        Optional<Object> parsed = ImpossibleDocuments.tree(input.bytes());
        if (parsed.isEmpty()) {
            return input;
        }
        Object tree = parsed.get();
        Input best = input;
        boolean progress = true;
        while (progress && plays < MAX_PLAYS) {
            progress = false;
            List<Runnable[]> removals = new ArrayList<>();
            collect(tree, removals);
            for (Runnable[] r : removals) {
                if (plays >= MAX_PLAYS) {
                    break;
                }
                r[0].run(); // remove
                Input candidate = best.withBytes(Json.write(tree).getBytes(StandardCharsets.UTF_8));
                if (shows(candidate, key)) {
                    best = candidate;
                    progress = true;
                    break; // the tree changed: collect its removals again
                }
                r[1].run(); // put back
            }
        }
        return best;
    }

    /** Each removal as {remove, undo}, outermost first. */
    @SuppressWarnings("unchecked")
    private static void collect(Object v, List<Runnable[]> out) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            for (String k : new ArrayList<>(map.keySet())) {
                Object value = map.get(k);
                List<String> order = new ArrayList<>(map.keySet());
                out.add(new Runnable[] {() -> map.remove(k), () -> restore(map, order, k, value)});
            }
            for (Object x : map.values()) {
                collect(x, out);
            }
        } else if (v instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            for (int i = list.size() - 1; i >= 0; i--) {
                int at = i;
                Object item = list.get(i);
                out.add(new Runnable[] {() -> list.remove(at), () -> list.add(at, item)});
            }
            for (Object x : list) {
                collect(x, out);
            }
        }
    }

    /** Puts a member back where it stood (members keep their document order). */
    private static void restore(Map<String, Object> map, List<String> order, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(map);
        map.clear();
        for (String k : order) {
            map.put(k, k.equals(key) ? value : copy.get(k));
        }
    }

    private Input shrinkBytes(Input input, String key) {
        byte[] best = input.bytes();
        int parts = 2;
        while (best.length > 1 && plays < MAX_PLAYS) {
            int chunk = (best.length + parts - 1) / parts;
            boolean cut = false;
            for (int from = 0; from < best.length && plays < MAX_PLAYS; from += chunk) {
                byte[] candidate = ByteMutators.cut(best, from, Math.min(best.length, from + chunk));
                if (shows(input.withBytes(candidate), key)) {
                    best = candidate;
                    parts = Math.max(parts - 1, 2);
                    cut = true;
                    break;
                }
            }
            if (!cut) {
                if (chunk == 1) {
                    break;
                }
                parts = Math.min(best.length, parts * 2);
            }
        }
        return input.withBytes(best);
    }
}
