package dev.jxl.config.libxl;

/**
 * libxl_domain_sched_params. Every parameter's "not set" is its scheduler default
 * (LIBXL_DOMAIN_SCHED_PARAM_*_DEFAULT, -1).
 */
public record SchedParams(long weight, long cap, long period, long budget, long extratime, long slice,
                          long latency) implements LibxlJson.Struct {
    public static final long UNSET = -1;
    public static final SchedParams DEFAULT = new SchedParams(UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET);

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("weight", weight, UNSET)
                .integer("cap", cap, UNSET)
                .integer("period", period, UNSET)
                .integer("budget", budget, UNSET)
                .integer("extratime", extratime, UNSET)
                .integer("slice", slice, UNSET)
                .integer("latency", latency, UNSET);
    }
}
