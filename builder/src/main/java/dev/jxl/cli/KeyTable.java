package dev.jxl.cli;

import dev.jxl.config.ConfigKey;
import dev.jxl.config.KeySchema;
import dev.jxl.config.libxl.DomainType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The key schema as an admin reads it: {@code jxl help keys} and the man page's CONFIG KEYS section,
 * both written from {@link KeySchema}, never from a list of their own.
 */
final class KeyTable {
    private KeyTable() {
    }

    /** One column-aligned line per key, grouped by origin, each group under a heading. */
    static String text(Collection<ConfigKey> keys) {
        StringBuilder b = new StringBuilder();
        for (ConfigKey.Origin origin : ConfigKey.Origin.values()) {
            List<ConfigKey> group = keys.stream().filter(k -> k.origin() == origin).toList();
            if (group.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(heading(origin)).append('\n');
            b.append(row("KEY", "VALUE", "DEFAULT", "GUESTS", "MEANING"));
            for (ConfigKey k : group) {
                b.append(row(k.name(), value(k), k.defaultText(), guests(k), meaning(k)));
            }
        }
        return b.toString();
    }

    /** The man page's section: a tagged paragraph per key. */
    static String roff(Collection<ConfigKey> keys) {
        StringBuilder m = new StringBuilder(".SH CONFIG KEYS\nThe xl.cfg keys jxl reads, as \\fBjxl help keys\\fR"
                + " lists them.\n");
        for (ConfigKey.Origin origin : ConfigKey.Origin.values()) {
            m.append(".SS ").append(GenerateDocs.roff(heading(origin))).append('\n');
            for (ConfigKey k : keys) {
                if (k.origin() != origin) {
                    continue;
                }
                m.append(".TP\n.B ").append(GenerateDocs.roff(k.name())).append("\n\\fI")
                        .append(GenerateDocs.roff(value(k))).append("\\fR");
                if (!k.defaultText().isEmpty()) {
                    m.append(", default ").append(GenerateDocs.roff(k.defaultText()));
                }
                m.append(", ").append(GenerateDocs.roff(guests(k))).append(": ")
                        .append(GenerateDocs.roff(meaning(k))).append('\n');
            }
        }
        return m.toString();
    }

    private static String heading(ConfigKey.Origin origin) {
        return switch (origin) {
            case XL -> "xl keys (Xen 4.17's xl.cfg):";
            case XL_ARM -> "Arm keys (xl parses them everywhere; jxl plans x86 guests only):";
            case JXL -> "jxl's own keys (never passed to xl):";
        };
    }

    private static String row(String key, String value, String dflt, String guests, String meaning) {
        return pad(key, 28) + pad(value, 18) + pad(dflt, 20) + pad(guests, 13) + meaning + "\n";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    static String value(ConfigKey k) {
        String kind = switch (k.kind()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "0 or 1";
            case LIST -> "list";
            case LIST_OF_LISTS -> "list of lists";
            case SPEC_LIST -> "list of specs";
            case STRING_OR_LIST -> "string or list";
            case NUMBER_OR_STRING -> "number or name";
        };
        return switch (k.unit()) {
            case NONE -> kind;
            case MIB -> kind + ", MiB";
            case KIB -> kind + ", KiB";
            case PAGES -> kind + ", pages";
            case SECONDS -> kind + ", s";
        };
    }

    static String guests(ConfigKey k) {
        if (k.guestTypes().containsAll(EnumSet.allOf(DomainType.class))) {
            return "all";
        }
        return EnumSet.copyOf(k.guestTypes()).stream().map(t -> t.name().toLowerCase()).collect(Collectors.joining(" "));
    }

    private static String meaning(ConfigKey k) {
        return k.deprecation().map(d -> k.summary() + "; " + (d.ignored() ? "ignored" : "deprecated")
                + d.since().map(s -> " since " + s).orElse("") + ", use " + d.replacement()).orElse(k.summary());
    }
}
