package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;

/** `cpuid`: the guest's CPUID policy. */
final class Cpuid {
    private Cpuid() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b) {
        get.setting("cpuid");
    }
}
