package dev.jxl.config.libxl;

import java.util.UUID;

/** libxl_device_vtpm, from one {@code vtpm} spec; fields in IDL order. A null uuid is the nil uuid. */
public record VtpmDevice(long backendDomid, String backendDomname, long devid, UUID uuid)
        implements LibxlJson.Struct {
    private static final UUID NIL = new UUID(0, 0);

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT);
        if (uuid != null && !uuid.equals(NIL)) {
            j.string("uuid", uuid.toString()); // LIBXL_UUID_FMT is lowercase, as is UUID.toString
        }
    }
}
