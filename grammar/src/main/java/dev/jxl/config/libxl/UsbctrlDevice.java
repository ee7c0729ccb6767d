package dev.jxl.config.libxl;

import java.util.Locale;

/** libxl_device_usbctrl, from one {@code usbctrl} spec; fields in IDL order. */
public record UsbctrlDevice(Type type, long devid, long version, long ports, long backendDomid,
                            String backendDomname) implements LibxlJson.Struct {

    /** libxl_usbctrl_type (no init value: auto, 0, is omitted). */
    public enum Type implements LibxlEnum {
        AUTO, PV, DEVICEMODEL, QUSB;

        @Override
        public String libxlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.enumeration("type", type, Type.AUTO)
                .integer("devid", devid, LibxlJson.DEVID_DEFAULT)
                .integer("version", version)
                .integer("ports", ports)
                .integer("backend_domid", backendDomid)
                .string("backend_domname", backendDomname);
    }
}
