package dev.jxl.config.libxl;

/** libxl_sdl_info. */
public record SdlInfo(Defbool enable, Defbool opengl, String display, String xauthority)
        implements LibxlJson.Struct {
    public static final SdlInfo UNSET = new SdlInfo(Defbool.DEFAULT, Defbool.DEFAULT, null, null);

    @Override
    public void writeFields(LibxlJson j) {
        j.defbool("enable", enable).defbool("opengl", opengl).string("display", display)
                .string("xauthority", xauthority);
    }
}
