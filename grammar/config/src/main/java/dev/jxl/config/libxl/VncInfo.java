package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_vnc_info. */
@Idl.Struct(init = true, builder = true)
public record VncInfo(Defbool enable, String listen, String passwd, long display, Defbool findunused)
        implements LibxlJson.Struct {
    public static final VncInfo UNSET = VncInfoIdl.init();

    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends VncInfoIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        VncInfoIdl.writeFields(this, j);
    }
}
