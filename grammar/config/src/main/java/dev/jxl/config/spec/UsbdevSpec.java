package dev.jxl.config.spec;

import dev.jxl.config.libxl.UsbdevDevice;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/**
 * One {@code usbdev} spec: {@code type=hostdev}, {@code hostbus=}, {@code hostaddr=} (strtoul base
 * 0, kept to 8 bits), {@code controller=}, {@code port=} (atoi). Without {@code type=hostdev} the
 * host address is not part of the JSON (the keyed union stays unset), as in xl.
 *
 * <p>Differs from xl in wording only: for a bad type xl prints {@code Invalid usb device type: (null)}
 * (it formats getopt's {@code optarg} instead of the value); the value is named here.
 */
public final class UsbdevSpec {
    private UsbdevSpec() {
    }

    public static UsbdevDevice parse(String spec, Consumer<String> warn) {
        UsbdevDevice.Builder usbdev = new UsbdevDevice.Builder();
        for (CText.Token t : CText.options(spec)) {
            String token = t.text();
            int at = t.start();
            String v;
            if ((v = CText.option(token, "type")) != null) {
                if (!v.equalsIgnoreCase("hostdev")) {
                    throw new SpecException("Invalid usb device type: " + v, at);
                }
                usbdev.typeHostdev = true;
            } else if ((v = CText.option(token, "hostbus")) != null) {
                usbdev.hostbus = (int) (CText.strtoul(v, 0, 0).value() & 0xFF);
            } else if ((v = CText.option(token, "hostaddr")) != null) {
                usbdev.hostaddr = (int) (CText.strtoul(v, 0, 0).value() & 0xFF);
            } else if ((v = CText.option(token, "controller")) != null) {
                usbdev.ctrl = CText.atoi(v);
            } else if ((v = CText.option(token, "port")) != null) {
                usbdev.port = CText.atoi(v);
            } else {
                throw new SpecException("Unknown string `" + Echo.value(token) + "' in usbdev spec", at);
            }
        }
        return usbdev.build();
    }
}
