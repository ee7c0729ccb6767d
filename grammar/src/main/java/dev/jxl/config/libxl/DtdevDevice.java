package dev.jxl.config.libxl;

/** libxl_device_dtdev, from one `dtdev` spec. (To be filled in: fields in IDL order.) */
public record DtdevDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
