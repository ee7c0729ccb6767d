package dev.jxl.config.spec;

import dev.jxl.config.libxl.PvcallsDevice;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/** One {@code pvcalls} spec: only {@code backend=DOM}; parsing stops at a token without {@code =}. */
public final class PvcallsSpec {
    private PvcallsSpec() {
    }

    /** @param devid the interface's index in the {@code pvcalls} list */
    public static PvcallsDevice parse(String spec, int devid, Consumer<String> warn) {
        String backend = null;
        for (CText.KeyValue kv : CText.keyValues(spec)) {
            String key = kv.key();
            if (!key.equals("backend")) {
                throw new SpecException("Unknown string `" + Echo.value(key) + "' in pvcalls spec", kv.keyAt());
            }
            backend = kv.value();
        }
        return new PvcallsDevice(0, backend, devid);
    }
}
