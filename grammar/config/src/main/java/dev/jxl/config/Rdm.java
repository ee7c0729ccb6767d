package dev.jxl.config;

import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.config.spec.RdmSpec;
import java.util.Optional;

/** `rdm`: reserved device memory strategy and policy, stored (or not) as xl 4.17 stores it. */
final class Rdm {
    private Rdm() {
    }

    /** The rdm setting as xl stores it, or empty where xl stores nothing. */
    static Optional<RdmReserve> bind(XlGetters get) {
        Optional<String> spec = get.string("rdm");
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        RdmSpec.Result r = RdmSpec.parse(spec.get(), w -> get.warn("rdm", w));
        if (r.policyBugApplied()) {
            get.warn("rdm", "xl 4.17 ignores an rdm= that names a valid policy (a bug in xlu_rdm_parse);"
                    + " jxl does the same, so this rdm= has no effect: write rdm=\"strategy=host\" alone");
        }
        return Optional.ofNullable(r.xl());
    }
}
