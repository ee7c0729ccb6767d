package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;

/**
 * libxl_rdm_reserve: whether reserved device memory (RMRR) regions of the host are kept out of
 * guest RAM. {@code policyUnnamed} models xl 4.17's uninitialised policy (printed as null).
 */
public record RdmReserve(RdmStrategy strategy, RdmPolicy policy, boolean policyUnnamed) implements LibxlJson.Struct {
    public static final RdmReserve UNSET = new RdmReserve(RdmStrategy.IGNORE, RdmPolicy.INVALID, false);

    @Override
    public void writeFields(LibxlJson j) {
        j.enumeration("strategy", strategy, RdmStrategy.IGNORE);
        if (policyUnnamed) {
            j.rawEnum("policy", null);
        } else {
            j.enumeration("policy", policy, RdmPolicy.INVALID);
        }
    }
}
