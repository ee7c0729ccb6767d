package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_spice_info. */
@Idl.Struct(init = true)
public record SpiceInfo(Defbool enable, long port, long tlsPort, String host, Defbool disableTicketing,
                        String passwd, Defbool agentMouse, Defbool vdagent, Defbool clipboardSharing,
                        long usbredirection, String imageCompression, String streamingVideo)
        implements LibxlJson.Struct {
    public static final SpiceInfo UNSET = SpiceInfoIdl.init();

    @Override
    public void writeFields(LibxlJson j) {
        SpiceInfoIdl.writeFields(this, j);
    }
}
