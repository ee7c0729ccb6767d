package dev.jxl.config;

import dev.jxl.config.libxl.DomainType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One xl.cfg key as the schema declares it: what kind of value, in what unit, its default, which
 * guest types read it, and what replaces it if it is deprecated.
 */
public record ConfigKey(String name, Kind kind, Unit unit, String defaultText, Set<DomainType> guestTypes,
                        Optional<String> deprecatedBy, Origin origin, String summary) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        guestTypes = Set.copyOf(guestTypes);
    }

    /** The value shapes xl accepts (every value is text or a list of them; these say which). */
    public enum Kind {
        STRING, NUMBER, BOOLEAN, LIST, LIST_OF_LISTS, SPEC_LIST, STRING_OR_LIST, NUMBER_OR_STRING
    }

    public enum Unit {
        NONE, MIB, KIB, PAGES, SECONDS
    }

    /** Where a key comes from: upstream xl, an architecture xl builds for but jxl does not plan, or jxl. */
    public enum Origin {
        XL, XL_ARM, JXL
    }

    public boolean appliesTo(DomainType type) {
        return guestTypes.contains(type);
    }
}
