package dev.jxl.config.libxl;

/** libxl_device_pvcallsif, from one {@code pvcalls} spec; fields in IDL order. */
public record PvcallsDevice(long backendDomid, String backendDomname, long devid) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT);
    }
}
