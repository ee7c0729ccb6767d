package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** libxl_device_usbctrl, from one {@code usbctrl} spec; fields in IDL order. */
@Idl.Struct(builder = true)
public record UsbctrlDevice(Type type, @Idl.Devid long devid, long version, long ports, long backendDomid,
                            String backendDomname) implements LibxlJson.Struct {

    /** libxl_usbctrl_type (no init value: auto, 0, is omitted). */
    public enum Type implements LibxlEnum {
        AUTO, PV, DEVICEMODEL, QUSB
    }

    /** Mutable while a spec is read; fields start at libxl's init values. */
    public static final class Builder extends UsbctrlDeviceIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        UsbctrlDeviceIdl.writeFields(this, j);
    }
}
