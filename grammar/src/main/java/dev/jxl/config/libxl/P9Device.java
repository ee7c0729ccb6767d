package dev.jxl.config.libxl;

/** libxl_device_p9, from one `p9` spec. (To be filled in: fields in IDL order.) */
public record P9Device() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
