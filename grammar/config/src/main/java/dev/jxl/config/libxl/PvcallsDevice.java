package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_pvcallsif, from one {@code pvcalls} spec; fields in IDL order. */
@Idl.Struct
public record PvcallsDevice(long backendDomid, String backendDomname, @Idl.Devid long devid)
        implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        PvcallsDeviceIdl.writeFields(this, j);
    }
}
