package dev.jxl.config.spec;

import dev.jxl.config.libxl.VdisplDevice;
import dev.jxl.config.libxl.VdisplDevice.Connector;
import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code vdispl} spec: {@code backend=}, {@code be-alloc=} (strtoul base 0),
 * {@code connectors=ID:WxH;ID:WxH…}; at least one connector.
 *
 * <p>Quirks kept: a resolution sscanf cannot start reading ({@code id:foo}) only warns, leaves that
 * connector 0x0 and the following ones blank, and parsing goes on (xl returns sscanf's 0 as
 * "success"); a resolution that is half read ({@code id:1024}) is fatal. A connector without
 * {@code :} makes xl 4.17 crash (double free); it is refused here.
 */
public final class VdisplSpec {
    private VdisplSpec() {
    }

    private static final String BAD_RESOLUTION = "Can't parse connector resolution";

    /** @param devid the display's index in the {@code vdispl} list */
    public static VdisplDevice parse(String spec, int devid, Consumer<String> warn) {
        String backend = null;
        boolean beAlloc = false;
        List<Connector> connectors = List.of();
        for (CText.Token t : CText.options(spec)) {
            String token = t.text();
            int at = t.start();
            String v;
            if ((v = CText.option(token, "backend")) != null) {
                backend = v;
            } else if ((v = CText.option(token, "be-alloc")) != null) {
                beAlloc = CText.strtoul(v, 0, 0).value() != 0;
            } else if ((v = CText.option(token, "connectors")) != null) {
                connectors = connectors(v, at, warn);
            } else {
                throw new SpecException("Unknown string \"" + Echo.value(token) + "\" in vdispl spec", at);
            }
        }
        if (connectors.isEmpty()) {
            throw new SpecException("At least one connector should be specified.");
        }
        return new VdisplDevice(0, backend, devid, beAlloc, connectors);
    }

    private static List<Connector> connectors(String value, int at, Consumer<String> warn) {
        List<String> items = CText.splitStringList(value, ";");
        if (items == null) {
            throw new SpecException("empty connectors= in vdispl spec (xl 4.17 crashes on it)", at);
        }
        List<Connector> out = new ArrayList<>();
        int i = 0;
        for (; i < items.size(); i++) {
            String[] idRes = CText.splitPair(items.get(i), ":");
            if (idRes == null) {
                throw new SpecException("connector `" + Echo.value(items.get(i)) + "' has no `:' (xl 4.17 crashes on it)",
                        at);
            }
            String res = idRes[1];
            // sscanf(res, "%ux%u"): EOF when only blanks, else the number of conversions made.
            int rc;
            long w = 0;
            long h = 0;
            CText.Num a = CText.onlySpaceLeft(res, 0) ? null : CText.scanNumber(res, 0, 10);
            if (CText.onlySpaceLeft(res, 0)) {
                rc = -1;
            } else if (a == null) {
                rc = 0;
            } else {
                w = a.value() & 0xFFFFFFFFL;
                CText.Num b = CText.at(res, a.end()) == 'x' ? CText.scanNumber(res, a.end() + 1, 10) : null;
                rc = b == null ? 1 : 2;
                if (b != null) {
                    h = b.value() & 0xFFFFFFFFL;
                }
            }
            if (rc == 0) {
                warn.accept(BAD_RESOLUTION + " `" + Echo.value(res)
                        + "'; this and the following connectors are left blank");
                out.add(new Connector(idRes[0], 0, 0));
                i++;
                break;
            }
            if (rc != 2) {
                throw new SpecException(BAD_RESOLUTION, at);
            }
            out.add(new Connector(idRes[0], w, h));
        }
        for (; i < items.size(); i++) {
            out.add(new Connector(null, 0, 0));
        }
        return out;
    }
}
