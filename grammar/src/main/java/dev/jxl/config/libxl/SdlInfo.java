package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_sdl_info. */
@Idl.Struct(init = true)
public record SdlInfo(Defbool enable, Defbool opengl, String display, String xauthority)
        implements LibxlJson.Struct {
    public static final SdlInfo UNSET = SdlInfoIdl.init();

    @Override
    public void writeFields(LibxlJson j) {
        SdlInfoIdl.writeFields(this, j);
    }
}
