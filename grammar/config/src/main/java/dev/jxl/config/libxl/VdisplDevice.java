package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;

/** libxl_device_vdispl, from one {@code vdispl} spec; fields in IDL order. */
@Idl.Struct
public record VdisplDevice(long backendDomid, String backendDomname, @Idl.Devid long devid, boolean beAlloc,
                           List<Connector> connectors) implements LibxlJson.Struct {
    public VdisplDevice {
        connectors = List.copyOf(connectors);
    }

    /** libxl_connector_param; a null id is a connector xl left unfilled. */
    @Idl.Struct
    public record Connector(String uniqueId, long width, long height) implements LibxlJson.Struct {
        @Override
        public void writeFields(LibxlJson j) {
            VdisplDeviceConnectorIdl.writeFields(this, j);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        VdisplDeviceIdl.writeFields(this, j);
    }
}
