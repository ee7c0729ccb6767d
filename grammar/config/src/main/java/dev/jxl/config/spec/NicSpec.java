package dev.jxl.config.spec;

import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.NicDevice;
import dev.jxl.config.libxl.NicDevice.Mac;
import dev.jxl.config.libxl.NicDevice.NicType;
import dev.jxl.diag.Echo;
import java.nio.CharBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One {@code vif} spec, as xl's parse_nic_config reads it: strtok on {@code ,}, leading spaces of a
 * token skipped, keys matched as the prefix {@code key=}. Unknown tokens and bad {@code type=} /
 * {@code mac=} values only warn; a bad {@code rate=}, {@code devid=} or {@code mtu=} is fatal.
 */
public final class NicSpec {
    private NicSpec() {
    }

    /** xlu_vif_parse_rate's regexes, compiled when a vif first has rate= (every config with a vif loads this class). */
    private static final class RateSyntax {
        static final Pattern RATE = Pattern.compile("[0-9]+[GMK]?[Bb]/s");
        static final Pattern INTERVAL = Pattern.compile("[0-9]+[mu]?s?");
    }

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    /**
     * @param devid    the devid xl gives this vif before reading it: its index in the {@code vif} list
     * @param defaults the xl.conf {@code vif.default.*} values
     */
    public static NicDevice parse(String spec, int devid, NicDefaults defaults, Consumer<String> warn) {
        Nic nic = new Nic();
        nic.devid = devid;
        nic.script = defaults.script();
        nic.bridge = defaults.bridge();
        nic.gatewaydev = defaults.gatewaydev();
        nic.backendDomname = defaults.backend();

        // strtok writes a NUL over the delimiter that ends each token as it goes; a mac= value read
        // past its token's end sees that NUL, then the rest of the spec (quirk kept, see parseMac).
        char[] buf = spec.toCharArray();
        // the buffer as strtok leaves it, read in place: a copy per token made a long spec quadratic
        CharSequence view = CharBuffer.wrap(buf);
        for (CText.Token t : CText.strtok(spec, ",")) {
            int end = t.start() + t.text().length();
            if (end < buf.length) {
                buf[end] = '\0';
            }
            int from = CText.skipBlanks(spec, t.start());
            String token = spec.substring(from, end);
            option(nic, token, from, view, spec, warn);
        }
        return new NicDevice(0, nic.backendDomname, nic.devid, nic.mtu, nic.model, nic.mac(), nic.ip, nic.bridge,
                nic.ifname, nic.script, nic.nictype, nic.rateBytesPerInterval, nic.rateIntervalUsecs,
                nic.gatewaydev, nic.colo, nic.trusted);
    }

    private static final class Nic {
        String backendDomname;
        long devid;
        long mtu;
        String model;
        final int[] mac = new int[6];
        String ip;
        String bridge;
        String ifname;
        String script;
        NicType nictype = NicType.UNKNOWN;
        long rateBytesPerInterval;
        long rateIntervalUsecs;
        String gatewaydev;
        final Map<String, String> colo = new LinkedHashMap<>();
        Defbool trusted = Defbool.DEFAULT;

        Mac mac() {
            return new Mac(mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
        }
    }

    /** The vif keys whose value is a COLO string field of the same name (forwarddev aside). */
    private static String coloField(String key) {
        if (key.equals("forwarddev")) {
            return "coloft_forwarddev";
        }
        return key.startsWith("colo_") && NicDevice.COLO_FIELDS.contains(key) ? key : null;
    }

    private static void option(Nic nic, String token, int at, CharSequence buf, String spec, Consumer<String> warn) {
        int eq = token.indexOf('=');
        String key = eq < 0 ? null : token.substring(0, eq);
        String value = eq < 0 ? null : token.substring(eq + 1);
        if (key == null) {
            switch (token) {
                case "trusted" -> nic.trusted = Defbool.TRUE;
                case "untrusted" -> nic.trusted = Defbool.FALSE;
                default -> warn.accept("unrecognized vif argument `" + Echo.value(token) + "', ignored");
            }
            return;
        }
        switch (key) {
            case "type" -> {
                switch (value) {
                    case "vif" -> nic.nictype = NicType.VIF;
                    case "ioemu" -> nic.nictype = NicType.VIF_IOEMU;
                    default -> warn.accept("invalid vif parameter `type' (`" + Echo.value(value) + "'), ignored");
                }
            }
            case "mac" -> parseMac(nic, buf, at + eq + 1, warn);
            case "bridge" -> nic.bridge = value;
            case "netdev" -> {
                warn.accept("the vif parameter netdev is deprecated, please use gatewaydev instead");
                nic.gatewaydev = value;
            }
            case "gatewaydev" -> nic.gatewaydev = value;
            case "ip" -> nic.ip = value;
            case "script" -> nic.script = value;
            case "backend" -> nic.backendDomname = value;
            case "vifname" -> nic.ifname = value;
            case "model" -> nic.model = value;
            case "rate" -> parseRate(nic, value, at + eq + 1);
            case "accel" -> warn.accept("the vif parameter accel is not supported, ignored");
            case "devid" -> nic.devid = (int) parseUlong(value, at + eq + 1);
            case "mtu" -> nic.mtu = (int) parseUlong(value, at + eq + 1);
            default -> {
                String field = coloField(key);
                if (field != null) {
                    nic.colo.put(field, value);
                } else {
                    warn.accept("unrecognized vif argument `" + Echo.value(token) + "', ignored");
                }
            }
        }
    }

    /**
     * Six strtoul(…, 16) reads, each followed by skipping one character whatever it is. Quirks kept:
     * the separator is not checked; a value is truncated to 32 bits before the {@code > 255} check;
     * bytes read before a bad one stay set; and a short mac reads on past its token into the next
     * one ({@code mac=00:16:3e,bridge=…} takes 0x0b from "bridge" as its fourth byte), as xl does.
     */
    private static void parseMac(Nic nic, CharSequence buf, int from, Consumer<String> warn) {
        int p = from;
        for (int i = 0; i < 6; i++) {
            CText.Num n = CText.strtoul(buf, p, 16);
            long val = n.value() & 0xFFFFFFFFL;
            if (n.parsedNothing(p) || val > 255) {
                warn.accept("invalid vif parameter `mac', only the bytes before the bad one are set");
                return;
            }
            nic.mac[i] = (int) val;
            p = n.end() + 1;
        }
    }

    /** xl's parse_ulong: decimal, no check of what follows the digits. */
    static long parseUlong(String s, int offset) {
        CText.Num n = CText.strtoul(s, 0, 10);
        if (n.parsedNothing(0) || n.value() == -1L) {
            throw new SpecException("failed to convert \"" + Echo.value(s) + "\" to number", offset);
        }
        return n.value();
    }

    private static SpecException rateError(String msg, String what, int offset) {
        return new SpecException("config parsing error in vif: " + msg + " in `" + Echo.value(what) + "'", offset);
    }

    /** xlu_vif_parse_rate: {@code RATE[@INTERVAL]}; the interval defaults to 50 ms. */
    private static void parseRate(Nic nic, String rate, int offset) {
        int at = rate.indexOf('@');
        String bytes = at < 0 ? rate : rate.substring(0, at);
        String interval = at < 0 ? null : rate.substring(at + 1);
        if (bytes.isEmpty()) {
            throw rateError("no rate specified", rate, offset);
        }
        if (!RateSyntax.RATE.matcher(bytes).matches()) {
            throw rateError("invalid rate", bytes, offset);
        }
        // strtoull with base 0: a leading 0 makes the number octal (quirk kept: "010Kb/s" is 8 Kb/s).
        CText.Num n = CText.strtoul(bytes, 0, 0);
        long bytesPerSec = n.value();
        if (bytesPerSec == 0 || Long.compareUnsigned(bytesPerSec, UINT32_MAX) > 0 || n.overflow()) {
            throw rateError("rate overflow", bytes, offset);
        }
        char unit = CText.at(bytes, n.end());
        if (unit == 'G') {
            bytesPerSec *= 1000L * 1000 * 1000;
        } else if (unit == 'M') {
            bytesPerSec *= 1000L * 1000;
        } else if (unit == 'K') {
            bytesPerSec *= 1000L;
        }
        if (unit == 'b' || CText.at(bytes, n.end() + 1) == 'b') {
            bytesPerSec = Long.divideUnsigned(bytesPerSec, 8);
        }
        long intervalUsecs = 50_000;
        if (interval != null) {
            int ioff = offset + at + 1;
            if (!RateSyntax.INTERVAL.matcher(interval).matches()) {
                throw rateError("invalid replenishment interval", interval, ioff);
            }
            CText.Num m = CText.strtoul(interval, 0, 0);
            long v = m.value();
            if (v == 0 || Long.compareUnsigned(v, UINT32_MAX) > 0 || m.overflow()) {
                throw rateError("replenishment interval overflow", interval, ioff);
            }
            char u = CText.at(interval, m.end());
            if (u == 's' || u == '\0') {
                v *= 1000L * 1000;
            } else if (u == 'm') {
                v *= 1000L;
            }
            if (Long.compareUnsigned(v, UINT32_MAX) > 0) {
                throw rateError("replenishment interval overflow", interval, ioff);
            }
            intervalUsecs = v;
        }
        if (Long.compareUnsigned(bytesPerSec, Long.divideUnsigned(-1L, intervalUsecs)) > 0) {
            throw rateError("rate overflow", rate, offset);
        }
        nic.rateIntervalUsecs = intervalUsecs;
        nic.rateBytesPerInterval = Long.divideUnsigned(bytesPerSec * intervalUsecs, 1_000_000L);
    }
}
