package dev.jxl.config;

import java.util.Optional;
import java.util.regex.Pattern;

/** libxl_uuid_from_string's accepted form (8-4-4-4-12 hex digits), printed back lowercase. */
final class Uuids {
    private static final Pattern FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    static Optional<String> canonical(String text) {
        return FORM.matcher(text).matches() ? Optional.of(text.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
