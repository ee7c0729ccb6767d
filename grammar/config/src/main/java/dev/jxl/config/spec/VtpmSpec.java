package dev.jxl.config.spec;

import dev.jxl.config.libxl.VtpmDevice;
import dev.jxl.diag.Echo;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One {@code vtpm} spec: {@code backend=DOM} (required) and {@code uuid=UUID}. Quirk kept: parsing
 * stops silently at the first token without {@code =}.
 */
public final class VtpmSpec {
    private VtpmSpec() {
    }

    /** @param devid the vtpm's index in the {@code vtpm} list */
    public static VtpmDevice parse(String spec, int devid, Consumer<String> warn) {
        String backend = null;
        UUID uuid = null;
        for (CText.KeyValue kv : CText.keyValues(spec)) {
            String key = kv.key();
            String value = kv.value();
            switch (key) {
                case "backend" -> backend = value;
                case "uuid" -> {
                    uuid = parseUuid(value);
                    if (uuid == null) {
                        throw new SpecException("Failed to parse vtpm UUID: " + value, kv.valueAt());
                    }
                }
                default -> throw new SpecException("Unknown string `" + Echo.value(key) + "' in vtpm spec", kv.keyAt());
            }
        }
        if (backend == null) {
            throw new SpecException("vtpm spec missing required backend field!");
        }
        return new VtpmDevice(0, backend, devid, uuid);
    }

    /** libuuid's uuid_parse: exactly 8-4-4-4-12 hex digits, either case. */
    static UUID parseUuid(String s) {
        if (s.length() != 36) {
            return null;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !CText.isXdigit(c)) {
                return null;
            }
        }
        return UUID.fromString(s);
    }
}
