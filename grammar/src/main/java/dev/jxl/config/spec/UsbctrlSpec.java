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
        Type type = Type.AUTO;
        long version = 0;
        long ports = 0;
        for (CText.Token t : CText.strtok(spec, ",")) {
            int from = CText.skipBlanks(t.text(), 0);
            String token = t.text().substring(from);
            int at = t.start() + from;
            String v;
            if ((v = CText.option(token, "type")) != null) {
                type = type(v);
                if (type == null) {
                    throw new SpecException("Invalid usb controller type '" + Echo.value(v) + "'", at);
                }
            } else if ((v = CText.option(token, "version")) != null) {
                version = CText.atoi(v);
            } else if ((v = CText.option(token, "ports")) != null) {
                ports = CText.atoi(v);
            } else {
                throw new SpecException("Unknown string `" + Echo.value(token) + "' in usbctrl spec", at);
            }
        }
        return new UsbctrlDevice(type, devid, version, ports, 0, null);
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
