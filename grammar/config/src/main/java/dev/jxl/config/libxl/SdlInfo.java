package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_sdl_info. */
@Idl.Struct(init = true, builder = true)
public record SdlInfo(Defbool enable, Defbool opengl, String display, String xauthority)
        implements LibxlJson.Struct {
    public static final SdlInfo UNSET = SdlInfoIdl.init();

    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends SdlInfoIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        SdlInfoIdl.writeFields(this, j);
    }
}
