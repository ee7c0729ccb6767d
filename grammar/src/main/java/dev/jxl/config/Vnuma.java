package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;

/** `vnuma`: virtual NUMA nodes and xl's cross-checks against maxvcpus and maxmem. */
final class Vnuma {
    private Vnuma() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b, BindContext host) {
        get.setting("vnuma");
    }
}
