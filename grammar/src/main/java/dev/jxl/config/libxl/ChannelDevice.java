package dev.jxl.config.libxl;

import java.util.Locale;

/**
 * libxl_device_channel, from one {@code channel} spec; fields in IDL order. The keyed union
 * {@code u} prints as {@code "connection.pty": {}} or {@code "connection.socket": {"path": …}}.
 */
public record ChannelDevice(long backendDomid, String backendDomname, long devid, String name,
                            Connection connection, String socketPath) implements LibxlJson.Struct {

    /** libxl_channel_connection. */
    public enum Connection implements LibxlEnum {
        UNKNOWN, PTY, SOCKET;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .string("name", name);
        switch (connection) {
            case SOCKET -> j.struct("connection.socket", s -> s.string("path", socketPath));
            default -> j.struct("connection." + connection.libxlName(), s -> { });
        }
    }
}
