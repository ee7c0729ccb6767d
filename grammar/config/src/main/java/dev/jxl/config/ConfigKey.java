package dev.jxl.config;

import dev.jxl.config.libxl.DomainType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One xl.cfg key as the schema declares it: what kind of value, in what unit, its default (and the
 * key that default follows), which guest types read it, and what replaces it if it is deprecated.
 */
public record ConfigKey(String name, Kind kind, Unit unit, String defaultText, Optional<String> defaultFollows,
                        Set<DomainType> guestTypes, Optional<Deprecation> deprecation, Origin origin, String summary) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultFollows, "defaultFollows");
        Objects.requireNonNull(deprecation, "deprecation");
        guestTypes = Set.copyOf(guestTypes);
    }

    /** The value shapes xl accepts (every value is text or a list of them; these say which). */
    public enum Kind {
        STRING, NUMBER, BOOLEAN, LIST, LIST_OF_LISTS, SPEC_LIST, STRING_OR_LIST, NUMBER_OR_STRING
    }

    public enum Unit {
        NONE, MIB, KIB, PAGES, SECONDS;

        /** A value in this unit as KiB, as libxl's {@code *_memkb} fields hold it (xl multiplies MiB by 1024). */
        public long toKib(long value) {
            return switch (this) {
                case MIB -> value * 1024;
                case KIB -> value;
                default -> throw new IllegalArgumentException(this + " is not a memory size");
            };
        }
    }

    /** Where a key comes from: upstream xl, an architecture xl builds for but jxl does not plan, or jxl. */
    public enum Origin {
        XL, XL_ARM, JXL
    }

    /**
     * A key xl still reads but tells the user to replace: {@code ignored} when xl no longer acts on it,
     * {@code since} the release that deprecated it, {@code why} a few words when the replacement is not
     * the same thing.
     */
    public record Deprecation(String replacement, boolean ignored, Optional<String> since, Optional<String> why) {
        public Deprecation {
            Objects.requireNonNull(replacement, "replacement");
        }

        public static Deprecation by(String replacement) {
            return new Deprecation(replacement, false, Optional.empty(), Optional.empty());
        }

        public static Deprecation ignoredFor(String replacement) {
            return new Deprecation(replacement, true, Optional.empty(), Optional.empty());
        }

        public Deprecation since(String release) {
            return new Deprecation(replacement, ignored, Optional.of(release), why);
        }

        public Deprecation because(String words) {
            return new Deprecation(replacement, ignored, since, Optional.of(words));
        }

        /** The warning for {@code key}; {@code value}, when known, is what to write for the replacement. */
        public String warning(String key, Optional<String> value) {
            StringBuilder b = new StringBuilder("`").append(key).append("' is ")
                    .append(ignored ? "ignored" : "deprecated");
            since.ifPresent(s -> b.append(" since ").append(s));
            why.ifPresent(w -> b.append(" (").append(w).append(')'));
            b.append("; use ").append(replacement);
            value.ifPresent(v -> b.append("=\"").append(v).append('"'));
            return b.toString();
        }
    }

    public boolean appliesTo(DomainType type) {
        return guestTypes.contains(type);
    }
}
