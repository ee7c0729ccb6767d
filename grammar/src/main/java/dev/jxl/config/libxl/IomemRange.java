package dev.jxl.config.libxl;

/** libxl_iomem_range: {@code number} host frames from {@code start} mapped at guest frame {@code gfn}. */
public record IomemRange(long start, long number, long gfn) implements LibxlJson.Struct {
    /** The guest frame when none is given: libxl maps at the same number. */
    public long effectiveGfn() {
        return gfn == LibxlJson.INVALID_GFN ? start : gfn;
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.uint64("start", start).uint64("number", number).uint64("gfn", gfn, LibxlJson.INVALID_GFN);
    }
}
