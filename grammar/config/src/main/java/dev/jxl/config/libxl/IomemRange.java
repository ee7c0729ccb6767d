package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_iomem_range: {@code number} host frames from {@code start} mapped at guest frame {@code gfn}. */
@Idl.Struct
public record IomemRange(@Idl.Uint64 long start, @Idl.Uint64 long number,
                         @Idl.Uint64 @Idl.Init(LibxlJson.INVALID_GFN) long gfn) implements LibxlJson.Struct {
    /** The guest frame when none is given: libxl maps at the same number. */
    public long effectiveGfn() {
        return gfn == LibxlJson.INVALID_GFN ? start : gfn;
    }

    @Override
    public void writeFields(LibxlJson j) {
        IomemRangeIdl.writeFields(this, j);
    }
}
