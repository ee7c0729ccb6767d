package dev.jxl.config.libxl;

/** libxl_ioport_range: {@code number} ports from {@code first}. */
public record IoportRange(long first, long number) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.integer("first", first).integer("number", number);
    }
}
