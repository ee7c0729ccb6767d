package dev.jxl.config.libxl;

/** libxl_device_vfb, from one `vfb` spec. (To be filled in: fields in IDL order.) */
public record VfbDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
