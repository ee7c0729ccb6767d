package dev.jxl.grammar.xl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed xl config: every assignment in file order, and the effective one per key (the last
 * wins, as libxlu's prepend-and-find-first gives).
 */
public final class XlSettings {
    private final String source;
    private final List<XlSetting> assignments;
    private final Map<String, XlSetting> effective;

    /**
     * @param assignments every assignment as written ({@code +=} values not yet joined)
     * @param effective   the effective setting of each key ({@code +=} joined), ordered by where each was last set
     */
    XlSettings(String source, List<XlSetting> assignments, List<XlSetting> effective) {
        this.source = source;
        this.assignments = List.copyOf(assignments);
        Map<String, XlSetting> last = new LinkedHashMap<>();
        for (XlSetting s : effective) {
            last.put(s.key(), s);
        }
        this.effective = Collections.unmodifiableMap(last);
    }

    /** Settings made of plain assignments (no {@code +=}): the last of each key wins. */
    public static XlSettings of(String source, List<XlSetting> assignments) {
        Map<String, XlSetting> last = new LinkedHashMap<>();
        for (XlSetting s : assignments) {
            if (s.op() != XlOperation.ASSIGN) {
                throw new IllegalArgumentException("XlSettings.of takes plain assignments; parse text for +=");
            }
            last.remove(s.key());
            last.put(s.key(), s);
        }
        return new XlSettings(source, new ArrayList<>(assignments), new ArrayList<>(last.values()));
    }

    public String source() {
        return source;
    }

    /** Every assignment, in the order written (overridden ones included; {@code +=} values as written). */
    public List<XlSetting> assignments() {
        return assignments;
    }

    /** The effective setting of each key, ordered by where each was last set. */
    public Map<String, XlSetting> effective() {
        return effective;
    }

    public Optional<XlSetting> find(String key) {
        return Optional.ofNullable(effective.get(key));
    }

    public boolean isEmpty() {
        return assignments.isEmpty();
    }
}
