package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_vnc_info. */
@Idl.Struct(init = true)
public record VncInfo(Defbool enable, String listen, String passwd, long display, Defbool findunused)
        implements LibxlJson.Struct {
    public static final VncInfo UNSET = VncInfoIdl.init();

    @Override
    public void writeFields(LibxlJson j) {
        VncInfoIdl.writeFields(this, j);
    }
}
