package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.gentypes.Idl;

/**
 * libxl_rdm_reserve: whether reserved device memory (RMRR) regions of the host are kept out of
 * guest RAM. {@code policyUnnamed} models xl 4.17's uninitialised policy (printed as null).
 */
@Idl.Struct(init = true)
public record RdmReserve(RdmStrategy strategy, @Idl.Custom RdmPolicy policy, @Idl.Skip boolean policyUnnamed)
        implements LibxlJson.Struct {
    public static final RdmReserve UNSET = RdmReserveIdl.init();

    @Override
    public void writeFields(LibxlJson j) {
        RdmReserveIdl.writeFields(this, j);
    }

    void policyJson(LibxlJson j) {
        j.enumeration("policy", policyUnnamed ? null : policy, RdmPolicy.INVALID);
    }
}
