package dev.jxl.config.libxl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * libxl_cpuid_policy_list: per CPUID leaf (and subleaf), a 32-character policy string for each of
 * eax/ebx/ecx/edx ('0', '1', 'x' keep-host, 'k', 's'), most significant bit first. Entries keep the
 * order in which the config first named their leaf, as libxl's list does.
 */
public record CpuidPolicy(List<Leaf> leaves) {
    /** A subleaf libxl treats as absent (XEN_CPUID_INPUT_UNUSED). */
    public static final long NO_SUBLEAF = 0xFFFFFFFFL;
    private static final String[] REGISTERS = {"eax", "ebx", "ecx", "edx"};

    public CpuidPolicy {
        leaves = List.copyOf(leaves);
    }

    /** One leaf's policy; a null register string means "not given". */
    public record Leaf(long leaf, long subleaf, List<String> registers) {
        public Leaf {
            registers = java.util.Collections.unmodifiableList(new ArrayList<>(registers));
            if (registers.size() != 4) {
                throw new IllegalArgumentException("eax, ebx, ecx, edx");
            }
        }
    }

    /** A mutable policy while a config is read. */
    public static final class Builder {
        private final List<long[]> inputs = new ArrayList<>();
        private final List<String[]> policies = new ArrayList<>();

        /** The registers of a leaf, made empty on first use (cpuid_find_match). */
        public String[] leaf(long leaf, long subleaf) {
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i)[0] == leaf && inputs.get(i)[1] == subleaf) {
                    return policies.get(i);
                }
            }
            inputs.add(new long[] {leaf, subleaf});
            String[] regs = new String[4];
            policies.add(regs);
            return regs;
        }

        public boolean isEmpty() {
            return inputs.isEmpty();
        }

        public CpuidPolicy build() {
            List<Leaf> out = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                out.add(new Leaf(inputs.get(i)[0], inputs.get(i)[1], Arrays.asList(policies.get(i).clone())));
            }
            return new CpuidPolicy(out);
        }
    }

    /** libxl_cpuid_policy_list_gen_json. */
    void write(YajlWriter out) {
        out.openMap();
        out.key("cpuid").openArray();
        for (Leaf l : leaves) {
            out.openMap();
            out.key("leaf").value(l.leaf());
            if (l.subleaf() != NO_SUBLEAF) {
                out.key("subleaf").value(l.subleaf());
            }
            for (int r = 0; r < 4; r++) {
                if (l.registers().get(r) != null) {
                    out.key(REGISTERS[r]).value(Objects.requireNonNull(l.registers().get(r)));
                }
            }
            out.closeMap();
        }
        out.closeArray();
        out.key("msr").openArray();
        out.closeArray();
        out.closeMap();
    }
}
