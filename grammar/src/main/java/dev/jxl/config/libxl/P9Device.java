package dev.jxl.config.libxl;

/** libxl_device_p9, from one {@code p9} spec; fields in IDL order. */
public record P9Device(long backendDomid, String backendDomname, String tag, String path,
                       String securityModel, long devid) implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .string("tag", tag)
                .string("path", path)
                .string("security_model", securityModel)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT);
    }
}
