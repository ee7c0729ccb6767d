package dev.jxl.config.spec;

import dev.jxl.config.libxl.PvcallsDevice;
import java.util.function.Consumer;

/** One {@code pvcalls} spec: only {@code backend=DOM}; parsing stops at a token without {@code =}. */
public final class PvcallsSpec {
    private PvcallsSpec() {
    }

    /** @param devid the interface's index in the {@code pvcalls} list */
    public static PvcallsDevice parse(String spec, int devid, Consumer<String> warn) {
        String backend = null;
        for (CText.Token t : CText.strtok(spec, ",")) {
            int from = CText.skipBlanks(t.text(), 0);
            String token = t.text().substring(from);
            int eq = token.indexOf('=');
            if (eq < 0) {
                break;
            }
            String key = token.substring(0, eq);
            if (!key.equals("backend")) {
                throw new SpecException("Unknown string `" + key + "' in pvcalls spec", t.start() + from);
            }
            backend = token.substring(eq + 1);
        }
        return new PvcallsDevice(0, backend, devid);
    }
}
