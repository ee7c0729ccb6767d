package dev.jxl.config.libxl;

/** libxl_device_disk, from one `disk` spec. (To be filled in: fields in IDL order.) */
public record DiskDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
