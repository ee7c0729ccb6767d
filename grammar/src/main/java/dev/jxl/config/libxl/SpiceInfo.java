package dev.jxl.config.libxl;

/** libxl_spice_info. */
public record SpiceInfo(Defbool enable, long port, long tlsPort, String host, Defbool disableTicketing,
                        String passwd, Defbool agentMouse, Defbool vdagent, Defbool clipboardSharing,
                        long usbredirection, String imageCompression, String streamingVideo)
        implements LibxlJson.Struct {
    public static final SpiceInfo UNSET = new SpiceInfo(Defbool.DEFAULT, 0, 0, null, Defbool.DEFAULT, null,
            Defbool.DEFAULT, Defbool.DEFAULT, Defbool.DEFAULT, 0, null, null);

    @Override
    public void writeFields(LibxlJson j) {
        j.defbool("enable", enable).integer("port", port).integer("tls_port", tlsPort).string("host", host)
                .defbool("disable_ticketing", disableTicketing).string("passwd", passwd)
                .defbool("agent_mouse", agentMouse).defbool("vdagent", vdagent)
                .defbool("clipboard_sharing", clipboardSharing).integer("usbredirection", usbredirection)
                .string("image_compression", imageCompression).string("streaming_video", streamingVideo);
    }
}
