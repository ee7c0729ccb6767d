package dev.jxl.config.libxl;

/** libxl_device_usbdev, from one `usbdev` spec. (To be filled in: fields in IDL order.) */
public record UsbdevDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
