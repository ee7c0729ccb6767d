package dev.jxl.config.libxl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * libxl_cpuid_policy_list: per CPUID leaf (and subleaf), a 32-character policy string for each of
 * eax/ebx/ecx/edx, and per MSR a 64-character one ('0', '1', 'x' keep-host, 'k', 's'), most
 * significant bit first. Entries keep the order in which the config first named their leaf or MSR,
 * as libxl's lists do.
 */
public record CpuidPolicy(List<Leaf> leaves, List<Msr> msrs) {
    /** A subleaf libxl treats as absent (XEN_CPUID_INPUT_UNUSED). */
    public static final long NO_SUBLEAF = 0xFFFFFFFFL;
    private static final String[] REGISTERS = {"eax", "ebx", "ecx", "edx"};

    public CpuidPolicy {
        leaves = List.copyOf(leaves);
        msrs = List.copyOf(msrs);
    }

    /** One leaf's policy; a null register string means "not given". */
    public record Leaf(long leaf, long subleaf, List<String> registers) {
        public Leaf {
            registers = Collections.unmodifiableList(new ArrayList<>(registers));
            if (registers.size() != 4) {
                throw new IllegalArgumentException("eax, ebx, ecx, edx");
            }
            for (String r : registers) {
                if (r != null && r.length() != 32) {
                    throw new IllegalArgumentException("a register policy has 32 characters: " + r);
                }
            }
        }
    }

    /** One MSR's policy (struct xc_msr), bit 63 first. */
    public record Msr(long index, String policy) {
        public Msr {
            if (policy.length() != 64) {
                throw new IllegalArgumentException("an MSR policy has 64 characters: " + policy);
            }
        }
    }

    /** A mutable policy while a config is read. */
    public static final class Builder {
        private final List<long[]> inputs = new ArrayList<>();
        private final List<String[]> policies = new ArrayList<>();
        private final List<Long> msrIndexes = new ArrayList<>();
        private final List<char[]> msrPolicies = new ArrayList<>();

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

        /** An MSR's policy, all 'x' on first use (msr_find_match); index 0 is bit 63. */
        public char[] msr(long index) {
            int i = msrIndexes.indexOf(index);
            if (i >= 0) {
                return msrPolicies.get(i);
            }
            char[] policy = new char[64];
            Arrays.fill(policy, 'x');
            msrIndexes.add(index);
            msrPolicies.add(policy);
            return policy;
        }

        /** Nothing was ever looked up: libxl has no policy at all (not even an empty one). */
        public boolean isEmpty() {
            return inputs.isEmpty() && msrIndexes.isEmpty();
        }

        public CpuidPolicy build() {
            List<Leaf> leaves = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                leaves.add(new Leaf(inputs.get(i)[0], inputs.get(i)[1], Arrays.asList(policies.get(i).clone())));
            }
            List<Msr> msrs = new ArrayList<>();
            for (int i = 0; i < msrIndexes.size(); i++) {
                msrs.add(new Msr(msrIndexes.get(i), new String(msrPolicies.get(i))));
            }
            return new CpuidPolicy(leaves, msrs);
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
        for (Msr m : msrs) {
            out.openMap();
            out.key("index").value(m.index());
            out.key("policy").value(m.policy());
            out.closeMap();
        }
        out.closeArray();
        out.closeMap();
    }
}
