package dev.jxl.config;

import dev.jxl.config.libxl.RdmReserve;

/** `rdm`: reserved device memory strategy and policy. */
final class Rdm {
    private Rdm() {
    }

    static RdmReserve bind(XlGetters get) {
        get.setting("rdm");
        return RdmReserve.UNSET;
    }
}
