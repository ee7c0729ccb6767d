package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.CpuidPolicy;
import dev.jxl.grammar.xl.XlValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * `cpuid`: the guest's CPUID policy. A list is xend's form ({@code "LEAF[,SUBLEAF]:eXx=32chars,…"}),
 * a string libxl's ({@code "host,flag=value,…"}). As in xl, a bad item is reported and skipped, never
 * fatal. Flag names: libxl's own table of named fields, and the CPUID.1 feature bits (EDX, ECX);
 * other feature names are reported as unknown to jxl.
 */
final class Cpuid {
    private static final long NA = CpuidPolicy.NO_SUBLEAF;
    private static final int EAX = 0;
    private static final int EBX = 1;
    private static final int ECX = 2;
    private static final int EDX = 3;

    /** A named bit field of a CPUID register. */
    private record Field(String name, long leaf, long subleaf, int reg, int bit, int length) {
    }

    /** libxl's named fields (libxl_cpuid_parse_config's table). */
    private static final List<Field> FIELDS = List.of(
            new Field("maxleaf", 0x0, NA, EAX, 0, 32),
            new Field("stepping", 0x1, NA, EAX, 0, 4), new Field("model", 0x1, NA, EAX, 4, 8),
            new Field("family", 0x1, NA, EAX, 8, 8),
            new Field("brandid", 0x1, NA, EBX, 0, 8), new Field("clflush", 0x1, NA, EBX, 8, 8),
            new Field("proccount", 0x1, NA, EBX, 16, 8), new Field("localapicid", 0x1, NA, EBX, 24, 8),
            new Field("est", 0x1, NA, ECX, 7, 1), new Field("cntxid", 0x1, NA, ECX, 10, 1),
            new Field("cmpxchg16", 0x1, NA, ECX, 13, 1), new Field("sse4_1", 0x1, NA, ECX, 19, 1),
            new Field("sse4.1", 0x1, NA, ECX, 19, 1), new Field("sse4_2", 0x1, NA, ECX, 20, 1),
            new Field("sse4.2", 0x1, NA, ECX, 20, 1), new Field("aes", 0x1, NA, ECX, 25, 1),
            new Field("cmpxchg8", 0x1, NA, EDX, 8, 1), new Field("sysenter", 0x1, NA, EDX, 11, 1),
            new Field("psn", 0x1, NA, EDX, 18, 1), new Field("clfsh", 0x1, NA, EDX, 19, 1),
            new Field("tm", 0x1, NA, EDX, 29, 1), new Field("ia64", 0x1, NA, EDX, 30, 1),
            new Field("pbe", 0x1, NA, EDX, 31, 1),
            new Field("arat", 0x6, NA, EAX, 2, 1),
            new Field("tsc_adjust", 0x7, 0, EBX, 1, 1), new Field("cmt", 0x7, 0, EBX, 12, 1),
            new Field("lahfsahf", 0x80000001L, NA, ECX, 0, 1), new Field("cmplegacy", 0x80000001L, NA, ECX, 1, 1),
            new Field("altmovcr8", 0x80000001L, NA, ECX, 4, 1), new Field("nodeid", 0x80000001L, NA, ECX, 19, 1),
            new Field("perfctr_core", 0x80000001L, NA, ECX, 23, 1),
            new Field("perfctr_nb", 0x80000001L, NA, ECX, 24, 1),
            new Field("procpkg", 0x4, 0, EAX, 26, 6),
            new Field("invtsc", 0x80000007L, NA, EDX, 8, 1),
            new Field("ppin", 0x80000008L, NA, EBX, 23, 1), new Field("btc-no", 0x80000008L, NA, EBX, 29, 1),
            new Field("nc", 0x80000008L, NA, ECX, 0, 8), new Field("apicidsize", 0x80000008L, NA, ECX, 12, 4),
            new Field("svm_npt", 0x8000000aL, NA, EDX, 0, 1), new Field("svm_lbrv", 0x8000000aL, NA, EDX, 1, 1),
            new Field("svm_nrips", 0x8000000aL, NA, EDX, 3, 1), new Field("svm_tscrate", 0x8000000aL, NA, EDX, 4, 1),
            new Field("svm_vmcbclean", 0x8000000aL, NA, EDX, 5, 1),
            new Field("svm_decode", 0x8000000aL, NA, EDX, 7, 1),
            new Field("svm_pausefilt", 0x8000000aL, NA, EDX, 10, 1),
            new Field("lfence+", 0x80000021L, NA, EAX, 2, 1),
            new Field("maxhvleaf", 0x40000000L, NA, EAX, 0, 8));

    /** CPUID.1 EDX and ECX feature bits, by the names Xen's featureset gives them (Intel SDM bits). */
    private static final String[] LEAF1_EDX = {"fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", null,
        null, "sep", "mtrr", "pge", "mca", "cmov", "pat", "pse36", null, "clflush", null, "ds", "acpi", "mmx",
        "fxsr", "sse", "sse2", "ss", "htt", "tm1", null, "pbe"};
    private static final String[] LEAF1_ECX = {"sse3", "pclmulqdq", "dtes64", "monitor", "dscpl", "vmx", "smx",
        "eist", "tm2", "ssse3", null, null, "fma", "cx16", "xtpr", "pdcm", null, "pcid", "dca", "sse4-1", "sse4-2",
        "x2apic", "movbe", "popcnt", "tsc-deadline", "aesni", "xsave", null, "avx", "f16c", "rdrand", "hypervisor"};

    private Cpuid() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b) {
        if (!get.isSet("cpuid")) {
            return;
        }
        CpuidPolicy.Builder policy = new CpuidPolicy.Builder();
        if (get.isList("cpuid")) {
            for (XlValue.Text item : get.stringItems("cpuid", get.list("cpuid").orElseThrow())) {
                String problem = xend(policy, item.text());
                if (problem != null) {
                    get.warnAt(item.position(), "cpuid", "cpuid item '" + item.text() + "': " + problem + "; skipped (as xl does)");
                }
            }
        } else {
            Optional<String> s = get.string("cpuid");
            if (s.isEmpty()) {
                return;
            }
            List<String> parts = DomainConfigBinder.splitWords(s.get(), ",");
            if (parts.isEmpty()) {
                return;
            }
            if (!parts.get(0).equals("host")) {
                get.warn("cpuid", "a cpuid string must start with \"host\"; ignored (as xl does)");
                return;
            }
            for (String flag : parts.subList(1, parts.size())) {
                String problem = libxl(policy, flag);
                if (problem != null) {
                    get.warn("cpuid", "cpuid flag '" + flag + "': " + problem + "; skipped (as xl does)");
                }
            }
        }
        if (!policy.isEmpty()) {
            b.cpuid = policy.build();
        }
    }

    /** libxl_cpuid_parse_config_xend; null when fine, else what xl would complain. */
    private static String xend(CpuidPolicy.Builder policy, String s) {
        CNumbers.Parsed leaf = CNumbers.strtoul(s, 0);
        if (leaf.end() == 0) {
            return "illegal leaf number";
        }
        int at = leaf.end();
        long subleaf = NA;
        if (at < s.length() && s.charAt(at) == ',') {
            String rest = s.substring(at + 1);
            CNumbers.Parsed sub = CNumbers.strtoul(rest, 0);
            if (sub.end() == 0) {
                return "illegal subleaf number";
            }
            subleaf = sub.value() & 0xFFFFFFFFL;
            at += 1 + sub.end();
        }
        if (at >= s.length() || s.charAt(at) != ':') {
            return "missing colon";
        }
        String[] regs = policy.leaf(leaf.value() & 0xFFFFFFFFL, subleaf);
        int i = at + 1;
        while (i < s.length()) {
            if (i + 2 >= s.length() || s.charAt(i) != 'e' || s.charAt(i + 2) != 'x') {
                return "invalid register name (must be e[abcd]x)";
            }
            int reg = s.charAt(i + 1) - 'a';
            int eq = s.indexOf('=', i);
            if (reg < 0 || reg > 3 || eq < 0) {
                return "invalid register name (must be e[abcd]x)";
            }
            int start = eq + 1;
            int comma = s.indexOf(',', start);
            int end = comma < 0 ? s.length() : comma;
            if (end - start != 32) {
                return "policy string must be exactly 32 characters long";
            }
            regs[reg] = s.substring(start, end);
            if (comma < 0) {
                break;
            }
            i = comma + 1;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
                i++;
            }
        }
        return null;
    }

    /** libxl_cpuid_parse_config for one {@code name=value}. */
    private static String libxl(CpuidPolicy.Builder policy, String item) {
        int eq = item.indexOf('=');
        if (eq < 0) {
            return "missing \"=\" in key=value";
        }
        String name = item.substring(0, eq);
        String value = item.substring(eq + 1);
        Optional<Field> field = FIELDS.stream().filter(f -> f.name().equals(name)).findFirst();
        if (field.isEmpty()) {
            int bit = Arrays.asList(LEAF1_EDX).indexOf(name);
            int reg = EDX;
            if (bit < 0) {
                bit = Arrays.asList(LEAF1_ECX).indexOf(name);
                reg = ECX;
            }
            if (bit < 0) {
                return "unknown CPUID flag name (jxl knows libxl's named fields and the CPUID.1 feature bits)";
            }
            field = Optional.of(new Field(name, 0x1, NA, reg, bit, 1));
        }
        return add(policy, field.get(), value);
    }

    /** cpuid_add: write the value's bits (or x/k/s) into the register's policy string. */
    private static String add(CpuidPolicy.Builder policy, Field f, String value) {
        String[] regs = policy.leaf(f.leaf(), f.subleaf());
        char[] bits = new char[f.length()];
        CNumbers.Parsed n = CNumbers.strtoul(value, 0);
        long num = n.value();
        if (n.end() != 0) {
            for (int i = 0; i < f.length(); i++) {
                bits[f.length() - 1 - i] = ((num >>> i) & 1) == 1 ? '1' : '0';
            }
        } else if (!value.isEmpty() && "xks".indexOf(value.charAt(0)) >= 0) {
            Arrays.fill(bits, value.charAt(0));
        } else {
            return "illegal CPUID value (must be: [0|1|x|k|s])";
        }
        char[] reg = (regs[f.reg()] == null ? "x".repeat(32) : regs[f.reg()]).toCharArray();
        if (f.name().equals("family")) {
            if (num < 16) {
                System.arraycopy(bits, 4, reg, 28 - f.bit(), 4);
                System.arraycopy("00000000".toCharArray(), 0, reg, 4, 8);
            } else {
                long ext = num - 15;
                System.arraycopy("1111".toCharArray(), 0, reg, 28 - f.bit(), 4);
                char[] e = new char[8];
                for (int i = 0; i < 7; i++) {
                    e[7 - i] = (ext & 1) == 1 ? '1' : '0';
                    ext >>= 1;
                }
                e[0] = bits[0]; // xl leaves the first character as the value's own top bit
                System.arraycopy(e, 0, reg, 4, 8);
            }
        } else if (f.name().equals("model")) {
            System.arraycopy(bits, 0, reg, 12, 4);
            System.arraycopy(bits, 4, reg, 28 - f.bit(), 4);
        } else {
            System.arraycopy(bits, 0, reg, 32 - f.length() - f.bit(), f.length());
        }
        regs[f.reg()] = new String(reg);
        return null;
    }
}
