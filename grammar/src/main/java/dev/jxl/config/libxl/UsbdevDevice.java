package dev.jxl.config.libxl;

/**
 * libxl_device_usbdev, from one {@code usbdev} spec; fields in IDL order. The keyed union prints
 * {@code "type.hostdev": {hostbus, hostaddr}} only once the type is hostdev; before that the union
 * is unset and libxl prints nothing for it (the hostbus/hostaddr values are kept, as xl keeps them
 * in the union's memory, and show if {@code type=hostdev} comes later in the spec).
 */
public record UsbdevDevice(long ctrl, long port, boolean typeHostdev, int hostbus, int hostaddr)
        implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
        j.integer("ctrl", ctrl, LibxlJson.DEVID_DEFAULT).integer("port", port);
        if (typeHostdev) {
            j.struct("type.hostdev", h -> h.integer("hostbus", hostbus).integer("hostaddr", hostaddr));
        }
    }
}
