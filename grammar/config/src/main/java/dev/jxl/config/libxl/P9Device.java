package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_p9, from one {@code p9} spec; fields in IDL order. */
@Idl.Struct
public record P9Device(long backendDomid, String backendDomname, String tag, String path,
                       String securityModel, @Idl.Devid long devid) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        P9DeviceIdl.writeFields(this, j);
    }
}
