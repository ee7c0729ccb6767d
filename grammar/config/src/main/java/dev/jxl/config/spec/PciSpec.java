package dev.jxl.config.spec;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.PciDevice;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One {@code pci} spec ({@code libxlu_pci.c}, xlu_pci_parse_spec_string):
 * {@code [DDDD:]BB:DD.F[@VSLOT][,key=value…]} or {@code key=value[,…]}, keys {@code bdf vslot
 * permissive msitranslate seize power_mgmt rdm_policy name}; exactly one of bdf and name. All
 * numbers are hex, read by sscanf {@code %x} (leading blanks, a sign and {@code 0x} accepted).
 * Every failure is fatal; xl then exits 6, or 3 for an unknown rdm_policy.
 *
 * <p>Quirks kept: a repeated key is not rejected (the last wins); {@code bdf=} and {@code vslot=}
 * ignore junk after the number while the positional BDF does not; a positional part that is not a
 * BDF is re-read as {@code key=value} pairs.
 */
public final class PciSpec {
    private PciSpec() {
    }

    private static final int ERROR_INVAL = 6;
    private static final int ERROR_FAIL = 3;

    private static final class Pci {
        int func;
        int dev;
        int bus;
        long domain;
        long vdevfn;
        long vfuncMask;
        boolean msitranslate;
        boolean powerMgmt;
        boolean permissive;
        boolean seize;
        RdmPolicy rdmPolicy;
        String name;
    }

    /** Parses one pci spec starting from the per-device defaults. xl has no non-fatal complaints here. */
    public static PciDevice parse(String spec, PciDefaults defaults, Consumer<String> warn) {
        Pci pci = new Pci();
        pci.msitranslate = defaults.msitranslate();
        pci.powerMgmt = defaults.powerMgmt();
        pci.permissive = defaults.permissive();
        pci.seize = defaults.seize();
        pci.rdmPolicy = defaults.rdmPolicy();

        boolean bdfPresent = false;
        boolean namePresent = false;
        int p = 0;
        int end = parseBdf(pci, spec, 0);
        if (end >= 0) {
            bdfPresent = true;
            p = end;
            if (CText.at(spec, p) == '@') {
                p++;
                p = parseVslot(pci, spec, p);
                if (p < 0) {
                    throw fail(spec, null, end + 1, ERROR_INVAL);
                }
            }
            if (CText.at(spec, p) == ',') {
                p++;
            } else if (p < spec.length()) {
                throw fail(spec, null, p, ERROR_INVAL);
            }
        }
        while (p < spec.length()) {
            int eq = spec.indexOf('=', p);
            if (eq < 0) {
                throw fail(spec, null, p, ERROR_INVAL);
            }
            String key = spec.substring(p, eq);
            int comma = spec.indexOf(',', eq + 1);
            int valEnd = comma < 0 ? spec.length() : comma;
            String val = spec.substring(eq + 1, valEnd);
            int keyAt = p;
            p = comma < 0 ? valEnd : comma + 1;
            switch (key) {
                case "bdf" -> {
                    if (parseBdf(pci, val, 0) < 0) {
                        throw fail(spec, null, eq + 1, ERROR_INVAL);
                    }
                    bdfPresent = true;
                }
                case "vslot" -> {
                    if (parseVslot(pci, val, 0) < 0) {
                        throw fail(spec, null, eq + 1, ERROR_INVAL);
                    }
                }
                case "permissive" -> pci.permissive = CText.atoi(val) != 0;
                case "msitranslate" -> pci.msitranslate = CText.atoi(val) != 0;
                case "seize" -> pci.seize = CText.atoi(val) != 0;
                case "power_mgmt" -> pci.powerMgmt = CText.atoi(val) != 0;
                case "rdm_policy" -> {
                    RdmPolicy policy = rdmPolicy(val);
                    if (policy == null) {
                        // libxl_rdm_reserve_policy_from_string fails with ERROR_FAIL: xl exits 3.
                        throw fail(spec, "Unknown RDM policy: " + val, eq + 1, ERROR_FAIL);
                    }
                    pci.rdmPolicy = policy;
                }
                case "name" -> {
                    namePresent = true;
                    pci.name = val;
                }
                default -> throw fail(spec, "Unknown PCI_SPEC_STRING option: " + key, keyAt, ERROR_INVAL);
            }
        }
        if (bdfPresent == namePresent) {
            throw fail(spec, null, -1, ERROR_INVAL);
        }
        return new PciDevice(pci.func, pci.dev, pci.bus, pci.domain, pci.vdevfn, pci.vfuncMask, pci.msitranslate,
                pci.powerMgmt, pci.permissive, pci.seize, pci.rdmPolicy, pci.name);
    }

    /** libxl_rdm_reserve_policy_from_string: case-insensitive, and "invalid" is a valid name. */
    static RdmPolicy rdmPolicy(String s) {
        for (RdmPolicy p : RdmPolicy.values()) {
            if (p.libxlName().equals(s.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }

    private static SpecException fail(String spec, String detail, int offset, int exit) {
        String msg = "unable to parse PCI_SPEC_STRING `" + spec + "' for passthrough";
        return new SpecException(detail == null ? msg : msg + ": " + detail, offset, exit);
    }

    /** One scanf {@code %x} into an unsigned int: the number, truncated to 32 bits, and its end. */
    private static CText.Num hex(String s, int at) {
        CText.Num n = CText.scanNumber(s, at, 16);
        return n == null ? null : new CText.Num(n.value() & 0xFFFFFFFFL, n.end(), n.overflow());
    }

    /** parse_bdf: the index after the BDF, or -1. Sets the BDF and vfunc_mask only on success. */
    private static int parseBdf(Pci pci, String s, int start) {
        int colons = 0;
        for (int i = start; CText.isXdigit(CText.at(s, i)) || CText.at(s, i) == ':'; i++) {
            if (s.charAt(i) == ':') {
                colons++;
            }
        }
        if (colons != 1 && colons != 2) {
            return -1;
        }
        long[] v = new long[3];
        int p = start;
        int want = colons + 1; // "%x:%x.%n" or "%x:%x:%x.%n"
        for (int k = 0; k < want; k++) {
            CText.Num n = hex(s, p);
            if (n == null) {
                return -1;
            }
            v[k] = n.value();
            p = n.end();
            char sep = k < want - 1 ? ':' : '.';
            if (CText.at(s, p) != sep) {
                // A missing '.' leaves %n unset; xl then reads an uninitialised offset. Refused here.
                return -1;
            }
            p++;
        }
        long domain = colons == 2 ? v[0] : 0;
        long bus = v[want - 2];
        long dev = v[want - 1];
        if (domain > 0xffff || bus > 0xff || dev > 0x1f) {
            return -1;
        }
        long func;
        long mask;
        if (CText.at(s, p) == '*') {
            mask = PciDevice.FUNC_ALL;
            func = 0;
            p++;
        } else {
            CText.Num n = hex(s, p);
            if (n == null || n.value() > 7) {
                return -1;
            }
            mask = 1;
            func = n.value();
            p = n.end();
        }
        pci.domain = domain;
        pci.bus = (int) bus;
        pci.dev = (int) dev;
        pci.func = (int) func;
        pci.vfuncMask = mask;
        return p;
    }

    /** parse_vslot: hex, at most 0x1f, stored as vdevfn = slot << 3; the index after it or -1. */
    private static int parseVslot(Pci pci, String s, int start) {
        CText.Num n = hex(s, start);
        if (n == null || n.value() > 0x1f) {
            return -1;
        }
        pci.vdevfn = n.value() << 3;
        return n.end();
    }
}
