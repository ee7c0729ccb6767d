package dev.jxl.config.libxl;

/** libxl_device_dtdev: one device-tree path to pass through. */
public record DtdevDevice(String path) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.string("path", path);
    }
}
