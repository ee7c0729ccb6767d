package dev.jxl.config.libxl;

/** libxl_device_vdispl, from one `vdispl` spec. (To be filled in: fields in IDL order.) */
public record VdisplDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
