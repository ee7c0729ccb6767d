package dev.jxl.config.libxl;

/** libxl_device_vfb, from one {@code vfb} spec (or xl's top-level vnc/sdl keys); fields in IDL order. */
public record VfbDevice(long backendDomid, String backendDomname, long devid, VncInfo vnc, SdlInfo sdl,
                        String keymap) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .struct("vnc", vnc)
                .struct("sdl", sdl)
                .string("keymap", keymap);
    }
}
