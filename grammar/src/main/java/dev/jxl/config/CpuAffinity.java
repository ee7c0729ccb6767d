package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;

/** `cpus` and `cpus_soft`: hard and soft vCPU affinity. */
final class CpuAffinity {
    private CpuAffinity() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b, BindContext host) {
        get.setting("cpus");
        get.setting("cpus_soft");
    }
}
