package dev.jxl.config.libxl;

import java.util.List;

/** libxl_device_vdispl, from one {@code vdispl} spec; fields in IDL order. */
public record VdisplDevice(long backendDomid, String backendDomname, long devid, boolean beAlloc,
                           List<Connector> connectors) implements LibxlJson.Struct {
    public VdisplDevice {
        connectors = List.copyOf(connectors);
    }

    /** libxl_connector_param; a null id is a connector xl left unfilled. */
    public record Connector(String uniqueId, long width, long height) implements LibxlJson.Struct {
        @Override
        public void writeFields(LibxlJson j) {
            j.string("unique_id", uniqueId).integer("width", width).integer("height", height);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .bool("be_alloc", beAlloc)
                .structs("connectors", connectors);
    }
}
