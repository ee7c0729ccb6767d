package dev.jxl.config.spec;

import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.DiskDevice;
import dev.jxl.config.libxl.DiskDevice.Backend;
import dev.jxl.config.libxl.DiskDevice.Format;
import dev.jxl.config.libxl.DiskDevice.Specification;
import dev.jxl.config.libxl.DiskDevice.Transport;
import dev.jxl.diag.Echo;
import java.util.function.Consumer;

/**
 * One {@code disk} spec, read as libxlu's flex scanner ({@code libxlu_disk_l.l}) reads it: at each
 * position the longest-matching rule wins, ties go to the earlier rule, and a rule's trailing
 * context ({@code /.*}) counts towards its length. Errors do not stop the scan (xl goes on and may
 * print more); the first one is reported.
 *
 * <p>Quirk kept: the scanner xl 4.17 ships ({@code libxlu_disk_l.c}, generated before
 * {@code trusted}/{@code untrusted} were added to the {@code .l} file) has no rules for those two
 * words, so they are positional parameters, e.g. the access mode. The real xl 4.17 behaves so.
 */
public final class DiskSpec {
    private DiskSpec() {
    }

    private static final String PREFIX = "config parsing error in disk specification: ";

    /** Parses one disk spec. xl has no non-fatal disk complaints; {@code warn} is never called. */
    public static DiskDevice parse(String spec, Consumer<String> warn) {
        State st = new State(spec);
        st.scan();
        if (st.error != null) {
            throw st.error;
        }
        if (st.format == Format.UNKNOWN) {
            st.format = Format.RAW;
        }
        long removable = 0;
        if (st.isCdrom != 0) {
            removable = 1;
            st.readwrite = 0;
            if (st.pdevPath == null || st.pdevPath.isEmpty()) {
                st.format = Format.EMPTY;
            }
        }
        if (st.vdev == null) {
            throw new SpecException(PREFIX + "no vdev specified in `" + Echo.value(spec) + "'", -1);
        }
        if (st.pdevPath == null && removable == 0) {
            throw new SpecException(PREFIX + "no target specified (and device not removable) in `" + Echo.value(spec)
                    + "'", -1);
        }
        return new DiskDevice(0, st.backendDomname, st.pdevPath, st.vdev, st.backend, st.format, st.script,
                removable, st.readwrite, st.isCdrom, st.directIoSafe, st.discardEnable, st.specification,
                Transport.UNKNOWN, 0, 0, st.coloEnable, Defbool.DEFAULT, st.coloHost, st.coloPort,
                st.coloExport, st.activeDisk, st.hiddenDisk, Defbool.DEFAULT);
    }

    /** The scanner's rules, in the order of the shipped scanner (the order breaks ties). */
    private enum Rule {
        WHITESPACE, FORMAT, CDROM, DEVTYPE_CDROM, DEVTYPE_DISK, DEVTYPE_OTHER, ACCESS, BACKEND, BACKENDTYPE,
        SPECIFICATION, VDEV, SCRIPT, DIRECT_IO_SAFE, DISCARD, NO_DISCARD, COLO, NO_COLO, COLO_HOST, COLO_PORT,
        COLO_EXPORT, ACTIVE_DISK, HIDDEN_DISK, TARGET, UNKNOWN_PARAMETER, PREFIX_FORMAT, PREFIX_SCRIPT,
        PREFIX_TAPDISK, PREFIX_TAP, PREFIX_AIO, PREFIX_IOEMU, PREFIX_FILE, PREFIX_PHY, PREFIX_UNKNOWN, POSITIONAL,
        ANY_CHAR
    }

    /** A rule's match at a position: its total length (with trailing context) and its text length. */
    private record Match(Rule rule, int total, int text) {
    }

    private static final class State {
        final String spec;
        SpecException error;
        String backendDomname;
        String pdevPath;
        String vdev;
        Backend backend = Backend.UNKNOWN;
        Format format = Format.UNKNOWN;
        String script;
        long readwrite = 1;
        long isCdrom;
        boolean directIoSafe;
        Defbool discardEnable = Defbool.DEFAULT;
        Specification specification = Specification.UNKNOWN;
        Defbool coloEnable = Defbool.DEFAULT;
        String coloHost;
        long coloPort;
        String coloExport;
        String activeDisk;
        String hiddenDisk;
        boolean accessSet;
        boolean hadDeprPrefix;

        State(String spec) {
            this.spec = spec;
        }

        void err(String erroneous, int offset, String message) {
            if (error == null) {
                String near = erroneous == null ? "" : ": near `" + erroneous + "'";
                error = new SpecException(PREFIX + message + near + " in `" + Echo.value(spec) + "'", offset);
            }
        }

        void scan() {
            int pos = 0;
            while (pos < spec.length()) {
                Match m = longest(pos);
                String text = spec.substring(pos, pos + m.text());
                if (m.rule() == Rule.ANY_CHAR) {
                    // BEGIN(LEXERR); yymore(): the next match, ".*", is appended to this character.
                    int after = pos + 1;
                    if (after >= spec.length()) {
                        return; // end of input in LEXERR: flex stops without running the rule
                    }
                    int eol = lineEnd(after);
                    err(text + spec.substring(after, eol), pos, "bad disk syntax");
                    return;
                }
                if (!act(m.rule(), text, pos)) {
                    return;
                }
                pos += m.text();
            }
        }

        private int lineEnd(int from) {
            int nl = spec.indexOf('\n', from);
            return nl < 0 ? spec.length() : nl;
        }

        private Match longest(int pos) {
            Match best = null;
            for (Rule r : Rule.values()) {
                Match m = match(r, pos);
                if (m != null && (best == null || m.total() > best.total())) {
                    best = m;
                }
            }
            return best;
        }

        private char at(int i) {
            return i < spec.length() ? spec.charAt(i) : '\0';
        }

        private boolean end(int i) {
            return i >= spec.length();
        }

        /** {@code literal} then {@code [^,]*,?} (value rules) or just {@code ,?} (flag rules). */
        private Match literal(Rule r, int pos, String literal, boolean value) {
            if (!spec.startsWith(literal, pos)) {
                return null;
            }
            int i = pos + literal.length();
            if (value) {
                while (!end(i) && at(i) != ',') {
                    i++;
                }
            }
            if (!end(i) && at(i) == ',') {
                i++;
            }
            return new Match(r, i - pos, i - pos);
        }

        /** A head followed by trailing context {@code .*}: the total runs to the end of the line. */
        private Match headThenRestOfLine(Rule r, int pos, String... heads) {
            for (String h : heads) {
                if (spec.startsWith(h, pos)) {
                    int headEnd = pos + h.length();
                    return new Match(r, lineEnd(headEnd) - pos, h.length());
                }
            }
            return null;
        }

        private static boolean lowerAlnum(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        private Match match(Rule r, int pos) {
            char c = at(pos);
            switch (r) {
                case WHITESPACE: {
                    int i = pos;
                    while (!end(i) && (at(i) == ' ' || at(i) == '\t' || at(i) == '\n')) {
                        i++;
                    }
                    if (i == pos) {
                        return null;
                    }
                    int total = end(i) ? i : lineEnd(i + 1); // [^ \t\n] then .*
                    return new Match(r, total - pos, i - pos);
                }
                case FORMAT: return literal(r, pos, "format=", true);
                case CDROM: return literal(r, pos, "cdrom", false);
                case DEVTYPE_CDROM: return literal(r, pos, "devtype=cdrom", false);
                case DEVTYPE_DISK: return literal(r, pos, "devtype=disk", false);
                case DEVTYPE_OTHER: return literal(r, pos, "devtype=", true);
                case ACCESS: return literal(r, pos, "access=", true);
                case BACKEND: return literal(r, pos, "backend=", true);
                case BACKENDTYPE: return literal(r, pos, "backendtype=", true);
                case SPECIFICATION: return literal(r, pos, "specification=", true);
                case VDEV: return literal(r, pos, "vdev=", true);
                case SCRIPT: return literal(r, pos, "script=", true);
                case DIRECT_IO_SAFE: return literal(r, pos, "direct-io-safe", false);
                case DISCARD: return literal(r, pos, "discard", false);
                case NO_DISCARD: return literal(r, pos, "no-discard", false);
                case COLO: return literal(r, pos, "colo", false);
                case NO_COLO: return literal(r, pos, "no-colo", false);
                case COLO_HOST: return literal(r, pos, "colo-host=", true);
                case COLO_PORT: return literal(r, pos, "colo-port=", true);
                case COLO_EXPORT: return literal(r, pos, "colo-export=", true);
                case ACTIVE_DISK: return literal(r, pos, "active-disk=", true);
                case HIDDEN_DISK: return literal(r, pos, "hidden-disk=", true);
                case TARGET: {
                    if (!spec.startsWith("target=", pos)) {
                        return null;
                    }
                    int total = lineEnd(pos + 7) - pos;
                    return new Match(r, total, total);
                }
                case UNKNOWN_PARAMETER: {
                    if (!(c >= 'a' && c <= 'z')) {
                        return null;
                    }
                    int i = pos + 1;
                    while (lowerAlnum(at(i)) || at(i) == '-') {
                        i++;
                    }
                    if (at(i) != '=' || end(i + 1) || at(i + 1) == ',') {
                        return null;
                    }
                    i += 2;
                    if (!end(i) && at(i) == ',') {
                        i++;
                    }
                    return new Match(r, i - pos, i - pos);
                }
                case PREFIX_FORMAT: return headThenRestOfLine(r, pos, "raw:", "qcow:", "qcow2:", "vhd:");
                case PREFIX_SCRIPT: return headThenRestOfLine(r, pos, "iscsi:", "nbd:", "enbd:", "drbd:");
                case PREFIX_TAPDISK: return headThenRestOfLine(r, pos, "tapdisk:");
                case PREFIX_TAP: return headThenRestOfLine(r, pos, "tap:", "tap2:");
                case PREFIX_AIO: return headThenRestOfLine(r, pos, "aio:");
                case PREFIX_IOEMU: return headThenRestOfLine(r, pos, "ioemu:");
                case PREFIX_FILE: return headThenRestOfLine(r, pos, "file:");
                case PREFIX_PHY: return headThenRestOfLine(r, pos, "phy:");
                case PREFIX_UNKNOWN: {
                    // [a-z][a-z0-9]*:/([^a-z0-9].*)?  ([^a-z0-9] also matches a newline)
                    if (!(c >= 'a' && c <= 'z')) {
                        return null;
                    }
                    int i = pos + 1;
                    while (lowerAlnum(at(i))) {
                        i++;
                    }
                    if (at(i) != ':' || end(i)) {
                        return null;
                    }
                    int head = i + 1 - pos;
                    int after = i + 1;
                    int total = head;
                    if (!end(after) && !lowerAlnum(at(after))) {
                        total = lineEnd(after + 1) - pos;
                    }
                    return new Match(r, total, head);
                }
                case POSITIONAL: {
                    int i = pos;
                    while (!end(i) && at(i) != '=' && at(i) != ',') {
                        i++;
                    }
                    if (!end(i) && at(i) == ',') {
                        i++;
                    } else if (i == pos) {
                        return null;
                    }
                    return new Match(r, i - pos, i - pos);
                }
                case ANY_CHAR:
                    return c == '\n' ? null : new Match(r, 1, 1);
                default:
                    throw new AssertionError(r);
            }
        }

        private static String strip(String text, char delim) {
            return !text.isEmpty() && text.charAt(text.length() - 1) == delim
                    ? text.substring(0, text.length() - 1) : text;
        }

        /** Runs a rule's action; false when the scanner returns (stops). */
        private boolean act(Rule r, String text, int pos) {
            String stripped = strip(text, ',');
            int eq = stripped.indexOf('=');
            String value = eq < 0 ? null : stripped.substring(eq + 1);
            int valueAt = pos + eq + 1;
            switch (r) {
                case WHITESPACE -> { }
                case FORMAT -> setFormat(value, valueAt);
                case CDROM, DEVTYPE_CDROM -> isCdrom = 1;
                case DEVTYPE_DISK -> isCdrom = 0;
                case DEVTYPE_OTHER -> err(text, pos, "unknown value for type");
                case ACCESS -> setAccess(value, valueAt);
                case BACKEND -> backendDomname = save("backend", backendDomname, value, valueAt);
                case BACKENDTYPE -> setBackendType(value, valueAt);
                case SPECIFICATION -> setSpecification(value, valueAt);
                case VDEV -> vdev = save("vdev", vdev, value, valueAt);
                case SCRIPT -> script = save("script", script, value, valueAt);
                case DIRECT_IO_SAFE -> directIoSafe = true;
                case DISCARD -> discardEnable = Defbool.TRUE;
                case NO_DISCARD -> discardEnable = Defbool.FALSE;
                case COLO -> coloEnable = Defbool.TRUE;
                case NO_COLO -> coloEnable = Defbool.FALSE;
                case COLO_HOST -> coloHost = save("colo-host", coloHost, value, valueAt);
                case COLO_PORT -> {
                    int port = CText.atoi(value);
                    if (port != 0) {
                        coloPort = port;
                    } else {
                        err(value, valueAt, "unknown value for colo_port");
                    }
                }
                case COLO_EXPORT -> coloExport = save("colo-export", coloExport, value, valueAt);
                case ACTIVE_DISK -> activeDisk = save("active-disk", activeDisk, value, valueAt);
                case HIDDEN_DISK -> hiddenDisk = save("hidden-disk", hiddenDisk, value, valueAt);
                case TARGET -> pdevPath = save("target", pdevPath, value, valueAt);
                case UNKNOWN_PARAMETER -> err(text, pos, "unknown parameter");
                case PREFIX_FORMAT -> {
                    hadDeprPrefix = true;
                    setFormat(strip(text, ':'), pos);
                }
                case PREFIX_SCRIPT -> {
                    hadDeprPrefix = true;
                    script = save("script", script, "block-" + strip(text, ':'), pos);
                }
                case PREFIX_TAPDISK, PREFIX_TAP, PREFIX_AIO, PREFIX_IOEMU, PREFIX_FILE, PREFIX_PHY ->
                        hadDeprPrefix = true; // stripped and ignored
                case PREFIX_UNKNOWN -> {
                    err(text, pos, "unknown deprecated disk prefix");
                    return false;
                }
                case POSITIONAL -> {
                    return positional(stripped, pos);
                }
                default -> throw new AssertionError(r);
            }
            return true;
        }

        private boolean positional(String text, int pos) {
            if (error != null) {
                return true; // "previous errors may just lead to subsequent ones"
            } else if (pdevPath == null) {
                pdevPath = save("target", pdevPath, text, pos);
            } else if (!hadDeprPrefix && format == Format.UNKNOWN) {
                if (pdevPath.isEmpty() && vdevAndDevtype(text, pos)) {
                    format = Format.EMPTY;
                } else {
                    setFormat(text, pos);
                }
            } else if (vdev == null) {
                if (!vdevAndDevtype(text, pos)) {
                    vdev = save("vdev", vdev, text, pos);
                }
            } else if (!accessSet) {
                accessSet = true;
                setAccess(text, pos);
            } else {
                err(text, pos, "too many positional parameters");
                return false;
            }
            return true;
        }

        /** The deprecated {@code vdev:cdrom} / {@code vdev:disk} positional form. */
        private boolean vdevAndDevtype(String text, int pos) {
            int colon = text.lastIndexOf(':');
            if (colon < 0) {
                return false;
            }
            vdev = save("vdev", vdev, text.substring(0, colon), pos);
            String type = text.substring(colon + 1);
            if (type.equals("cdrom")) {
                isCdrom = 1;
            } else if (type.equals("disk")) {
                isCdrom = 0;
            } else {
                err(type, pos + colon + 1, "unknown deprecated type");
            }
            return true;
        }

        /** savestring: only a non-empty earlier value makes "X respecified". */
        private String save(String what, String current, String value, int offset) {
            if (current != null && !current.isEmpty()) {
                err(value, offset, what + " respecified");
                return current;
            }
            return value;
        }

        private void setFormat(String s, int offset) {
            Format f = switch (s) {
                case "", "raw" -> Format.RAW;
                case "qcow" -> Format.QCOW;
                case "qcow2" -> Format.QCOW2;
                case "vhd" -> Format.VHD;
                case "empty" -> Format.EMPTY;
                case "qed" -> Format.QED;
                default -> null;
            };
            if (f == null) {
                err(s, offset, "unknown value for format");
            } else if (format != Format.UNKNOWN && format != f) {
                err(s, offset, "format respecified");
            } else {
                format = f;
            }
        }

        private void setAccess(String s, int offset) {
            switch (s) {
                case "r", "ro" -> readwrite = 0;
                case "rw", "w", "" -> readwrite = 1;
                default -> err(s, offset, "unknown value for access");
            }
        }

        private void setBackendType(String s, int offset) {
            Backend b = switch (s) {
                case "phy" -> Backend.PHY;
                case "tap" -> Backend.TAP;
                case "qdisk" -> Backend.QDISK;
                case "standalone" -> Backend.STANDALONE;
                default -> null;
            };
            if (b == null) {
                err(s, offset, "unknown value for backendtype");
            } else if (backend != Backend.UNKNOWN && backend != b) {
                err(s, offset, "backend respecified");
            } else {
                backend = b;
            }
        }

        private void setSpecification(String s, int offset) {
            Specification v = switch (s) {
                case "xen" -> Specification.XEN;
                case "virtio" -> Specification.VIRTIO;
                default -> null;
            };
            if (v == null) {
                err(s, offset, "unknown value for specification");
            } else if (specification != Specification.UNKNOWN && specification != v) {
                err(s, offset, "specification respecified");
            } else {
                specification = v;
            }
        }
    }
}
