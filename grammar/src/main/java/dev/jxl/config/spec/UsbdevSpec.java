package dev.jxl.config.spec;

import dev.jxl.config.libxl.LibxlJson;
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
        boolean hostdev = false;
        int hostbus = 0;
        int hostaddr = 0;
        long ctrl = LibxlJson.DEVID_DEFAULT;
        long port = 0;
        for (CText.Token t : CText.strtok(spec, ",")) {
            int from = CText.skipBlanks(t.text(), 0);
            String token = t.text().substring(from);
            int at = t.start() + from;
            String v;
            if ((v = CText.option(token, "type")) != null) {
                if (!v.equalsIgnoreCase("hostdev")) {
                    throw new SpecException("Invalid usb device type: " + v, at);
                }
                hostdev = true;
            } else if ((v = CText.option(token, "hostbus")) != null) {
                hostbus = (int) (CText.strtoul(v, 0, 0).value() & 0xFF);
            } else if ((v = CText.option(token, "hostaddr")) != null) {
                hostaddr = (int) (CText.strtoul(v, 0, 0).value() & 0xFF);
            } else if ((v = CText.option(token, "controller")) != null) {
                ctrl = CText.atoi(v);
            } else if ((v = CText.option(token, "port")) != null) {
                port = CText.atoi(v);
            } else {
                throw new SpecException("Unknown string `" + Echo.value(token) + "' in usbdev spec", at);
            }
        }
        return new UsbdevDevice(ctrl, port, hostdev, hostbus, hostaddr);
    }
}
