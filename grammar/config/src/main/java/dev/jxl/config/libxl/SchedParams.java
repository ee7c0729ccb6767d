package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/**
 * libxl_domain_sched_params. Every parameter's "not set" is its scheduler default
 * (LIBXL_DOMAIN_SCHED_PARAM_*_DEFAULT, -1).
 */
@Idl.Struct(init = true)
public record SchedParams(@Idl.Init(SchedParams.UNSET) long weight, @Idl.Init(SchedParams.UNSET) long cap,
                          @Idl.Init(SchedParams.UNSET) long period, @Idl.Init(SchedParams.UNSET) long budget,
                          @Idl.Init(SchedParams.UNSET) long extratime, @Idl.Init(SchedParams.UNSET) long slice,
                          @Idl.Init(SchedParams.UNSET) long latency) implements LibxlJson.Struct {
    public static final long UNSET = -1;
    public static final SchedParams DEFAULT = SchedParamsIdl.init();

    @Override
    public void writeFields(LibxlJson j) {
        SchedParamsIdl.writeFields(this, j);
    }
}
