package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.UUID;

/** libxl_device_vtpm, from one {@code vtpm} spec; fields in IDL order. A null uuid is the nil uuid. */
@Idl.Struct
public record VtpmDevice(long backendDomid, String backendDomname, @Idl.Devid long devid, @Idl.Custom UUID uuid)
        implements LibxlJson.Struct {
    private static final UUID NIL = new UUID(0, 0);

    @Override
    public void writeFields(LibxlJson j) {
        VtpmDeviceIdl.writeFields(this, j);
    }

    /** libxl_uuid: absent while nil. */
    void uuidJson(LibxlJson j) {
        if (uuid != null && !uuid.equals(NIL)) {
            j.string("uuid", uuid.toString()); // LIBXL_UUID_FMT is lowercase, as is UUID.toString
        }
    }
}
