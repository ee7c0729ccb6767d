package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/**
 * libxl_device_channel, from one {@code channel} spec; fields in IDL order. The keyed union
 * {@code u} prints as {@code "connection.pty": {}} or {@code "connection.socket": {"path": …}}.
 */
@Idl.Struct
public record ChannelDevice(long backendDomid, String backendDomname, @Idl.Devid long devid, String name,
                            @Idl.Custom Connection connection, @Idl.Skip String socketPath)
        implements LibxlJson.Struct {

    /** libxl_channel_connection. */
    public enum Connection implements LibxlEnum {
        UNKNOWN, PTY, SOCKET
    }

    @Override
    public void writeFields(LibxlJson j) {
        ChannelDeviceIdl.writeFields(this, j);
    }

    void connectionJson(LibxlJson j) {
        j.open("connection." + connection.libxlName());
        if (connection == Connection.SOCKET) {
            j.string("path", socketPath);
        }
        j.close();
    }
}
