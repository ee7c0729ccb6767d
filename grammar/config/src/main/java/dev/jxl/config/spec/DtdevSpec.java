package dev.jxl.config.spec;

import dev.jxl.config.libxl.DtdevDevice;
import java.util.function.Consumer;

/** One {@code dtdev} item: the device-tree path, taken verbatim (xl does not check it). */
public final class DtdevSpec {
    private DtdevSpec() {
    }

    public static DtdevDevice parse(String spec, Consumer<String> warn) {
        return new DtdevDevice(spec);
    }
}
