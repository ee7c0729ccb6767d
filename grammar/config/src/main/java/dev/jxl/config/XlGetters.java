package dev.jxl.config;

import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.spec.CText;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlOperation;
import dev.jxl.grammar.xl.XlSetting;
import dev.jxl.grammar.xl.XlSettings;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads settings the way libxlu's consumer API does (xlu_cfg_get_string/long/defbool/list …), so a
 * value means to jxl what it means to xl. Where xl only warns and treats the key as absent, so does
 * this (as a positioned warning); the binder turns xl's fatal checks into errors. Every key read is
 * checked against the {@link KeySchema} and remembered, so unread keys can be reported.
 */
final class XlGetters {
    private final XlSettings settings;
    private final List<Diagnostic> diagnostics;
    private final Set<String> read = new HashSet<>();

    XlGetters(XlSettings settings, List<Diagnostic> diagnostics) {
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    Set<String> keysRead() {
        return read;
    }

    Optional<XlSetting> setting(String key) {
        KeySchema.require(key);
        read.add(key);
        return settings.find(key);
    }

    boolean isSet(String key) {
        return setting(key).isPresent();
    }

    SourcePosition positionOf(String key) {
        return setting(key).map(s -> s.value().position()).orElse(SourcePosition.ofSource(settings.source()));
    }

    void warn(String key, String message) {
        diagnostics.add(Diagnostic.warning(positionOf(key), key, message));
    }

    /** The schema's deprecation warning for a key that is set; {@code value} is what to write instead, if known. */
    void warnDeprecated(String key, Optional<String> value) {
        ConfigKey k = KeySchema.require(key);
        warn(key, k.deprecation().orElseThrow(() -> new IllegalArgumentException(key + " is not deprecated"))
                .warning(key, value));
    }

    void warnAt(SourcePosition at, String key, String message) {
        diagnostics.add(Diagnostic.warning(at, key, message));
    }

    /** xlu_cfg_get_string: a list where a single value is wanted is a warning, and the key counts as absent. */
    Optional<String> string(String key) {
        return string(key, false);
    }

    Optional<String> string(String key, boolean quiet) {
        Optional<XlSetting> s = setting(key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().value() instanceof XlValue.Text t) {
            return Optional.of(t.text());
        }
        if (!quiet) {
            warn(key, "`" + Echo.value(key) + "' is a list but should be a single value; ignored (as xl does)");
        }
        return Optional.empty();
    }

    boolean isList(String key) {
        Optional<XlSetting> s = setting(key);
        return s.isPresent() && s.get().value() instanceof XlValue.Items;
    }

    /** xlu_cfg_get_list: a single value where a list is wanted is a warning, and the key counts as absent. */
    Optional<XlValue.Items> list(String key) {
        return list(key, false);
    }

    Optional<XlValue.Items> list(String key, boolean quiet) {
        Optional<XlSetting> s = setting(key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().value() instanceof XlValue.Items items) {
            return Optional.of(items);
        }
        if (!quiet) {
            warn(key, "`" + Echo.value(key) + "' is a single value but should be a list; ignored (as xl does)");
        }
        return Optional.empty();
    }

    /**
     * The string items of a list, as xl walks them: it stops at the first item that is itself a
     * list (xlu_cfg_get_listitem returns NULL there). jxl refuses such an item instead of silently
     * dropping the rest of the list.
     */
    List<XlValue.Text> stringItems(String key, XlValue.Items items) {
        List<XlValue.Text> out = new ArrayList<>();
        for (XlValue v : items.items()) {
            if (v instanceof XlValue.Text t) {
                out.add(t);
            } else {
                throw new BindError(v.position(), key, "`" + Echo.value(key) + "' items must be strings, not lists"
                        + " (xl would silently drop this item and every one after it)");
            }
        }
        return out;
    }

    /** xlu_cfg_get_long: strtol base 0 over the whole text; refuses values set with {@code +=}. */
    OptionalLong number(String key) {
        return boundedNumber(key, Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    OptionalLong number(String key, boolean quiet) {
        return boundedNumber(key, Long.MIN_VALUE, Long.MAX_VALUE, quiet);
    }

    /** A memory size in KiB, from a number in the unit the schema gives the key (xl: MiB times 1024). */
    OptionalLong memkb(String key) {
        ConfigKey.Unit unit = KeySchema.require(key).unit();
        OptionalLong n = number(key);
        return n.isPresent() ? OptionalLong.of(unit.toKib(n.getAsLong())) : n;
    }

    /** What went wrong reading a number, for keys where xl exits on any failure. */
    enum NumberProblem { NONE, ABSENT, INVALID }

    NumberProblem numberProblem(String key, long min, long max) {
        Optional<XlSetting> s = setting(key);
        if (s.isEmpty()) {
            return NumberProblem.ABSENT;
        }
        return boundedNumber(key, min, max, true).isPresent() ? NumberProblem.NONE : NumberProblem.INVALID;
    }

    OptionalLong boundedNumber(String key, long min, long max, boolean quiet) {
        Optional<XlSetting> found = setting(key);
        if (found.isEmpty()) {
            return OptionalLong.empty();
        }
        XlSetting s = found.get();
        if (!(s.value() instanceof XlValue.Text t)) {
            if (!quiet) {
                warn(key, "`" + Echo.value(key) + "' is a list but should be a single value; ignored (as xl does)");
            }
            return OptionalLong.empty();
        }
        if (s.op() == XlOperation.ADD) {
            if (!quiet) {
                warn(key, "can't use += with numbers for `" + Echo.value(key) + "'; ignored (as xl does)");
            }
            return OptionalLong.empty();
        }
        String text = t.text();
        CText.Num p = CText.strtol(text, 0, 0);
        if (p.end() == 0 || p.end() != text.length()) {
            if (!quiet) {
                warn(key, "`" + Echo.value(key) + "' is not a valid number: '" + Echo.value(text)
                        + "'; ignored (as xl does)");
            }
            return OptionalLong.empty();
        }
        if (p.overflow()) {
            if (!quiet) {
                warn(key, "`" + Echo.value(key) + "' is out of range: " + Echo.value(text) + "; ignored (as xl does)");
            }
            return OptionalLong.empty();
        }
        if (p.value() < min || p.value() > max) {
            if (!quiet) {
                warn(key, "`" + Echo.value(key) + "' = " + p.value() + " is outside " + min + ".." + max
                        + "; ignored (as xl does)");
            }
            return OptionalLong.empty();
        }
        return OptionalLong.of(p.value());
    }

    /** xlu_cfg_get_defbool: a number, nonzero is true; anything else leaves the default. */
    Defbool defbool(String key) {
        return defbool(key, false);
    }

    Defbool defbool(String key, boolean quiet) {
        OptionalLong n = number(key, quiet);
        return n.isPresent() ? Defbool.of(n.getAsLong() != 0) : Defbool.DEFAULT;
    }

    /** Was the defbool readable (xlu_cfg_get_defbool returned 0)? */
    boolean defboolGiven(String key) {
        return number(key, true).isPresent();
    }

    /**
     * xlu_cfg_get_list_as_string_list: all items as strings; a nested list ends the list there
     * (xl's truncation, which jxl reports as an error).
     */
    Optional<List<String>> stringList(String key, boolean quiet) {
        Optional<XlValue.Items> l = list(key, quiet);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (XlValue.Text item : stringItems(key, l.get())) {
            texts.add(item.text());
        }
        return Optional.of(List.copyOf(texts));
    }

    /** A fatal problem with a key: becomes a positioned error. */
    static class BindError extends RuntimeException {
        final SourcePosition position;
        final String key;

        BindError(SourcePosition position, String key, String message) {
            super(message, null, false, false);
            this.position = position;
            this.key = key;
        }
    }

    BindError error(String key, String message) {
        return new BindError(positionOf(key), key, message);
    }
}
