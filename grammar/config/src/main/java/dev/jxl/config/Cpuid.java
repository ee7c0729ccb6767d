package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.CpuidPolicy;
import dev.jxl.config.spec.CText;
import dev.jxl.diag.Echo;
import dev.jxl.grammar.xl.XlValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * `cpuid`: the guest's CPUID policy. A list is xend's form ({@code "LEAF[,SUBLEAF]:eXx=32chars,…"}),
 * a string libxl's ({@code "host,flag=value,…"}). As in xl, a bad item is reported and skipped, never
 * fatal; a string that does not start with "host" is ignored whole. Flag names and the bits they set
 * are {@link CpuidNames}': the same as xl 4.17's.
 */
final class Cpuid {
    private static final long NA = CpuidPolicy.NO_SUBLEAF;

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
                    get.warn("cpuid", "cpuid flag '" + Echo.value(flag) + "': " + problem + "; skipped (as xl does)"
                            + suggestion(flag));
                }
            }
        }
        if (!policy.isEmpty()) {
            b.cpuid = policy.build();
        }
    }

    /** For an unknown flag name that is nearly a known one: a hint naming it. */
    private static String suggestion(String flag) {
        int eq = flag.indexOf('=');
        if (eq < 0 || CpuidNames.find(flag.substring(0, eq)).isPresent()) {
            return "";
        }
        return CpuidNames.suggest(flag.substring(0, eq)).map(n -> "; did you mean `" + n + "'?").orElse("");
    }

    /** libxl_cpuid_parse_config_xend; null when fine, else what xl would complain. */
    private static String xend(CpuidPolicy.Builder policy, String s) {
        CText.Num leaf = CText.strtoul(s, 0, 0);
        if (leaf.end() == 0) {
            return "illegal leaf number";
        }
        int at = leaf.end();
        long subleaf = NA;
        if (at < s.length() && s.charAt(at) == ',') {
            String rest = s.substring(at + 1);
            CText.Num sub = CText.strtoul(rest, 0, 0);
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

    /** libxl_cpuid_parse_config for one {@code name=value}; null when fine, else xl's complaint. */
    private static String libxl(CpuidPolicy.Builder policy, String item) {
        int eq = item.indexOf('=');
        if (eq < 0) {
            return "missing \"=\" in key=value";
        }
        String name = item.substring(0, eq);
        String value = item.substring(eq + 1);
        Optional<CpuidNames.Field> field = CpuidNames.find(name);
        if (field.isEmpty()) {
            return "unknown CPUID flag name";
        }
        boolean ok = field.get() instanceof CpuidNames.CpuidField f
                ? add(policy, f, value)
                : addMsr(policy, (CpuidNames.MsrBit) field.get(), value);
        return ok ? null : "illegal CPUID value (must be: [0|1|x|k|s])";
    }

    /**
     * cpuid_add: write the value's bits (a C number, or all x/k/s) into the register's policy string.
     * The leaf is entered before the value is checked, so a bad value still leaves it, empty, in the
     * policy (as in xl).
     */
    private static boolean add(CpuidPolicy.Builder policy, CpuidNames.CpuidField f, String value) {
        String[] regs = policy.leaf(f.leaf(), f.subleaf());
        char[] bits = new char[f.length()];
        CText.Num n = CText.strtoul(value, 0, 0);
        long num = n.end() != 0 ? n.value() : 0; // strtoul's result when it read no digits
        if (n.end() != 0) {
            for (int i = 0; i < f.length(); i++) {
                bits[f.length() - 1 - i] = ((num >>> i) & 1) == 1 ? '1' : '0';
            }
        } else if (!value.isEmpty() && "xks".indexOf(value.charAt(0)) >= 0) {
            Arrays.fill(bits, value.charAt(0));
        } else {
            return false;
        }
        char[] reg = (regs[f.register()] == null ? "x".repeat(32) : regs[f.register()]).toCharArray();
        int base = 32 - 4 - f.bit(); // where a 4-bit base family/model field starts in the string
        switch (f.encoding()) {
            case FAMILY -> {
                // family < 16 is the base field with extended family 0; else base 0xf, extended family-15
                if (Long.compareUnsigned(num, 16) < 0) {
                    System.arraycopy(bits, 4, reg, base, 4);
                    Arrays.fill(reg, 4, 12, '0');
                } else {
                    long ext = num - 15;
                    Arrays.fill(reg, base, base + 4, '1');
                    char[] e = bits.clone();
                    for (int i = 0; i < 7; i++) {
                        e[7 - i] = (ext & 1) == 1 ? '1' : '0';
                        ext >>>= 1;
                    }
                    // libxl rewrites 7 of the 8 characters: the first stays the value's own bit 7
                    System.arraycopy(e, 0, reg, 4, 8);
                }
            }
            case MODEL -> {
                // the high 4 bits go to the extended model field (EAX bits 19:16)
                System.arraycopy(bits, 0, reg, 12, 4);
                System.arraycopy(bits, 4, reg, base, 4);
            }
            case PLAIN -> System.arraycopy(bits, 0, reg, 32 - f.length() - f.bit(), f.length());
        }
        regs[f.register()] = new String(reg);
        return true;
    }

    /**
     * msr_add: one character 0/1/x/k, or s (which libxl stores as k); the MSR is entered before the
     * value is checked, as with leaves.
     */
    private static boolean addMsr(CpuidPolicy.Builder policy, CpuidNames.MsrBit m, String value) {
        char[] msr = policy.msr(m.index());
        if (value.length() != 1 || "01xks".indexOf(value.charAt(0)) < 0) {
            return false;
        }
        msr[63 - m.bit()] = value.charAt(0) == 's' ? 'k' : value.charAt(0);
        return true;
    }
}
