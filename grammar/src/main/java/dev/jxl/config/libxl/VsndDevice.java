package dev.jxl.config.libxl;

import java.util.List;

/** libxl_device_vsnd, from one inner list of {@code vsnd}; fields in IDL order. */
public record VsndDevice(long backendDomid, String backendDomname, long devid, String shortName,
                         String longName, VsndParams params, List<VsndPcm> pcms) implements LibxlJson.Struct {
    public VsndDevice {
        pcms = List.copyOf(pcms);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .string("short_name", shortName)
                .string("long_name", longName)
                .struct("params", params)
                .structs("pcms", pcms);
    }
}
