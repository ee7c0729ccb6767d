package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/**
 * libxl_device_usbdev, from one {@code usbdev} spec; fields in IDL order. The keyed union prints
 * {@code "type.hostdev": {hostbus, hostaddr}} only once the type is hostdev; before that the union
 * is unset and libxl prints nothing for it (the hostbus/hostaddr values are kept, as xl keeps them
 * in the union's memory, and show if {@code type=hostdev} comes later in the spec).
 */
@Idl.Struct(builder = true)
public record UsbdevDevice(@Idl.Devid long ctrl, long port, @Idl.Custom boolean typeHostdev,
                           @Idl.Skip int hostbus, @Idl.Skip int hostaddr) implements LibxlJson.Struct {
    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends UsbdevDeviceIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        UsbdevDeviceIdl.writeFields(this, j);
    }

    void typeHostdevJson(LibxlJson j) {
        if (typeHostdev) {
            j.open("type.hostdev").integer("hostbus", hostbus, 0).integer("hostaddr", hostaddr, 0).close();
        }
    }
}
