package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_ioport_range: {@code number} ports from {@code first}. */
@Idl.Struct
public record IoportRange(long first, long number) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        IoportRangeIdl.writeFields(this, j);
    }
}
