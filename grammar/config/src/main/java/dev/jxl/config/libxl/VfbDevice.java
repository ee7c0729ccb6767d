package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_vfb, from one {@code vfb} spec (or xl's top-level vnc/sdl keys); fields in IDL order. */
@Idl.Struct(builder = true)
public record VfbDevice(long backendDomid, String backendDomname, @Idl.Devid long devid, VncInfo vnc, SdlInfo sdl,
                        String keymap) implements LibxlJson.Struct {
    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends VfbDeviceIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        VfbDeviceIdl.writeFields(this, j);
    }
}
