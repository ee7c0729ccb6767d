package dev.jxl.config.libxl;

/** libxl_device_usbctrl, from one `usbctrl` spec. (To be filled in: fields in IDL order.) */
public record UsbctrlDevice() implements LibxlJson.Struct {
    @Override
    public void writeFields(LibxlJson j) {
    }
}
