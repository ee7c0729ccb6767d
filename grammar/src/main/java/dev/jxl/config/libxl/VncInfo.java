package dev.jxl.config.libxl;

/** libxl_vnc_info. */
public record VncInfo(Defbool enable, String listen, String passwd, long display, Defbool findunused)
        implements LibxlJson.Struct {
    public static final VncInfo UNSET = new VncInfo(Defbool.DEFAULT, null, null, 0, Defbool.DEFAULT);

    @Override
    public void writeFields(LibxlJson j) {
        j.defbool("enable", enable).string("listen", listen).string("passwd", passwd)
                .integer("display", display).defbool("findunused", findunused);
    }
}
