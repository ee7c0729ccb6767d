package dev.jxl.config.spec;

import dev.jxl.config.libxl.UsbctrlDevice;
import dev.jxl.config.libxl.UsbctrlDevice.Type;
import dev.jxl.diag.Echo;
import java.util.Locale;
import java.util.function.Consumer;

/** One {@code usbctrl} spec: {@code type=auto|pv|devicemodel|qusb}, {@code version=}, {@code ports=} (atoi). */
public final class UsbctrlSpec {
    private UsbctrlSpec() {
    }

    /** @param devid the controller's index in the {@code usbctrl} list */
    public static UsbctrlDevice parse(String spec, int devid, Consumer<String> warn) {
        UsbctrlDevice.Builder usbctrl = new UsbctrlDevice.Builder();
        usbctrl.devid = devid;
        for (CText.Token t : CText.options(spec)) {
            String token = t.text();
            int at = t.start();
            String v;
            if ((v = CText.option(token, "type")) != null) {
                usbctrl.type = type(v);
                if (usbctrl.type == null) {
                    throw new SpecException("Invalid usb controller type '" + Echo.value(v) + "'", at);
                }
            } else if ((v = CText.option(token, "version")) != null) {
                usbctrl.version = CText.atoi(v);
            } else if ((v = CText.option(token, "ports")) != null) {
                usbctrl.ports = CText.atoi(v);
            } else {
                throw new SpecException("Unknown string `" + Echo.value(token) + "' in usbctrl spec", at);
            }
        }
        return usbctrl.build();
    }

    private static Type type(String v) {
        for (Type t : Type.values()) {
            if (t.libxlName().equals(v.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
