package dev.jxl.config.spec;

import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.config.libxl.P9Device;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/**
 * One {@code p9} spec: {@code tag}, {@code security_model}, {@code path} (required) and
 * {@code backend}. Parsing stops silently at the first token without {@code =}.
 *
 * <p>Quirks kept: xl keeps these four values in variables shared by the whole {@code p9} list, so an
 * item may leave out fields an earlier item gave (pass that item as {@code previous}); and xl
 * re-initialises each device after numbering it, so every p9 has devid -1 (not printed).
 */
public final class P9Spec {
    private P9Spec() {
    }

    /** @param previous the p9 parsed just before this one in the list, or null for the first */
    public static P9Device parse(String spec, P9Device previous, Consumer<String> warn) {
        String tag = previous == null ? null : previous.tag();
        String path = previous == null ? null : previous.path();
        String securityModel = previous == null ? null : previous.securityModel();
        String backend = previous == null ? null : previous.backendDomname();
        for (CText.KeyValue kv : CText.keyValues(spec)) {
            String key = kv.key();
            String value = kv.value();
            switch (key) {
                case "security_model" -> securityModel = value;
                case "path" -> path = value;
                case "tag" -> tag = value;
                case "backend" -> backend = value;
                default -> throw new SpecException("Unknown string `" + Echo.value(key) + "' in 9pfs spec", kv.keyAt());
            }
        }
        if (path == null || securityModel == null || tag == null) {
            throw new SpecException("9pfs spec missing required field!");
        }
        return new P9Device(0, backend, tag, path, securityModel, LibxlJson.DEVID_DEFAULT);
    }
}
