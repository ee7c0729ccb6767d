package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_dtdev: one device-tree path to pass through. */
@Idl.Struct
public record DtdevDevice(String path) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        DtdevDeviceIdl.writeFields(this, j);
    }
}
