package dev.jxl.config;

import dev.jxl.config.libxl.CpuidPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name that {@code cpuid = "host,NAME=VALUE,…"} may use, and the bits it sets: exactly the names
 * Debian's xl 4.17 (xen-utils-4.17, Xen 4.17.7) knows, 276 of them.
 *
 * <p>Derived from Xen 4.17.7: {@code tools/libs/light/libxl_cpuid.c} ({@code libxl_cpuid_parse_config}:
 * libxl's own table of named fields, searched first, and the map from featureset word to CPUID leaf or
 * MSR) and {@code xen/include/public/arch-x86/cpufeatureset.h} (the feature bits; libxl's build names
 * each one by its {@code XEN_CPUFEATURE} name in lower case with '_' as '-'). Bits are numbered from
 * the least significant, as in the vendors' manuals.
 */
final class CpuidNames {
    static final long NA = CpuidPolicy.NO_SUBLEAF;
    static final int EAX = 0;
    static final int EBX = 1;
    static final int ECX = 2;
    static final int EDX = 3;
    /** MSR_ARCH_CAPABILITIES, the one MSR whose bits have feature names. */
    static final long MSR_ARCH_CAPS = 0x10a;

    /** Where a name's value goes. */
    sealed interface Field permits CpuidField, MsrBit {
    }

    /**
     * {@code length} bits of a CPUID register from {@code bit} up. FAMILY and MODEL values are split
     * by libxl between the base and the extended field of CPUID.1 EAX.
     */
    record CpuidField(long leaf, long subleaf, int register, int bit, int length, Encoding encoding)
            implements Field {
        CpuidField {
            if (register < EAX || register > EDX || bit < 0 || length < 1 || bit + length > 32) {
                throw new IllegalArgumentException("bad CPUID field: register " + register + " bits " + bit + "+" + length);
            }
        }
    }

    enum Encoding { PLAIN, FAMILY, MODEL }

    /** One bit (0-63) of an MSR; only single characters are accepted as its value. */
    record MsrBit(long index, int bit) implements Field {
        MsrBit {
            if (bit < 0 || bit > 63) {
                throw new IllegalArgumentException("bad MSR bit " + bit);
            }
        }
    }

    /** libxl's own named fields; they win over a feature of the same name (clflush, pbe, btc-no). */
    private static final Map<String, CpuidField> LIBXL_FIELDS = new LinkedHashMap<>();

    /** The featureset's feature names. */
    private static final Map<String, Field> FEATURES = new LinkedHashMap<>();

    static {
        libxl("maxleaf", 0x0, NA, EAX, 0, 32);
        LIBXL_FIELDS.put("stepping", new CpuidField(0x1, NA, EAX, 0, 4, Encoding.PLAIN));
        LIBXL_FIELDS.put("model", new CpuidField(0x1, NA, EAX, 4, 8, Encoding.MODEL));
        LIBXL_FIELDS.put("family", new CpuidField(0x1, NA, EAX, 8, 8, Encoding.FAMILY));
        libxl("brandid", 0x1, NA, EBX, 0, 8);
        libxl("clflush", 0x1, NA, EBX, 8, 8);
        libxl("proccount", 0x1, NA, EBX, 16, 8);
        libxl("localapicid", 0x1, NA, EBX, 24, 8);
        libxl("est", 0x1, NA, ECX, 7, 1);
        libxl("cntxid", 0x1, NA, ECX, 10, 1);
        libxl("cmpxchg16", 0x1, NA, ECX, 13, 1);
        libxl("sse4_1", 0x1, NA, ECX, 19, 1);
        libxl("sse4.1", 0x1, NA, ECX, 19, 1);
        libxl("sse4_2", 0x1, NA, ECX, 20, 1);
        libxl("sse4.2", 0x1, NA, ECX, 20, 1);
        libxl("aes", 0x1, NA, ECX, 25, 1);
        libxl("cmpxchg8", 0x1, NA, EDX, 8, 1);
        libxl("sysenter", 0x1, NA, EDX, 11, 1);
        libxl("psn", 0x1, NA, EDX, 18, 1);
        libxl("clfsh", 0x1, NA, EDX, 19, 1);
        libxl("tm", 0x1, NA, EDX, 29, 1);
        libxl("ia64", 0x1, NA, EDX, 30, 1);
        libxl("pbe", 0x1, NA, EDX, 31, 1);
        libxl("arat", 0x6, NA, EAX, 2, 1);
        libxl("tsc_adjust", 0x7, 0, EBX, 1, 1);
        libxl("cmt", 0x7, 0, EBX, 12, 1);
        libxl("lahfsahf", 0x80000001L, NA, ECX, 0, 1);
        libxl("cmplegacy", 0x80000001L, NA, ECX, 1, 1);
        libxl("altmovcr8", 0x80000001L, NA, ECX, 4, 1);
        libxl("nodeid", 0x80000001L, NA, ECX, 19, 1);
        libxl("perfctr_core", 0x80000001L, NA, ECX, 23, 1);
        libxl("perfctr_nb", 0x80000001L, NA, ECX, 24, 1);
        libxl("procpkg", 0x4, 0, EAX, 26, 6);
        libxl("invtsc", 0x80000007L, NA, EDX, 8, 1);
        libxl("ppin", 0x80000008L, NA, EBX, 23, 1);
        libxl("btc-no", 0x80000008L, NA, EBX, 29, 1);
        libxl("nc", 0x80000008L, NA, ECX, 0, 8);
        libxl("apicidsize", 0x80000008L, NA, ECX, 12, 4);
        libxl("svm_npt", 0x8000000aL, NA, EDX, 0, 1);
        libxl("svm_lbrv", 0x8000000aL, NA, EDX, 1, 1);
        libxl("svm_nrips", 0x8000000aL, NA, EDX, 3, 1);
        libxl("svm_tscrate", 0x8000000aL, NA, EDX, 4, 1);
        libxl("svm_vmcbclean", 0x8000000aL, NA, EDX, 5, 1);
        libxl("svm_decode", 0x8000000aL, NA, EDX, 7, 1);
        libxl("svm_pausefilt", 0x8000000aL, NA, EDX, 10, 1);
        libxl("lfence+", 0x80000021L, NA, EAX, 2, 1);
        libxl("maxhvleaf", 0x40000000L, NA, EAX, 0, 8);

        // The featureset, word by word in Xen's word order (word N is bits N*32 … N*32+31).
        cpuidWord(0x1, NA, EDX, "0 fpu, 1 vme, 2 de, 3 pse, 4 tsc, 5 msr, 6 pae, 7 mce, 8 cx8, 9 apic, 11 sep,"
                + " 12 mtrr, 13 pge, 14 mca, 15 cmov, 16 pat, 17 pse36, 19 clflush, 21 ds, 22 acpi, 23 mmx,"
                + " 24 fxsr, 25 sse, 26 sse2, 27 ss, 28 htt, 29 tm1, 31 pbe");
        cpuidWord(0x1, NA, ECX, "0 sse3, 1 pclmulqdq, 2 dtes64, 3 monitor, 4 dscpl, 5 vmx, 6 smx, 7 eist,"
                + " 8 tm2, 9 ssse3, 12 fma, 13 cx16, 14 xtpr, 15 pdcm, 17 pcid, 18 dca, 19 sse4-1, 20 sse4-2,"
                + " 21 x2apic, 22 movbe, 23 popcnt, 24 tsc-deadline, 25 aesni, 26 xsave, 27 osxsave, 28 avx,"
                + " 29 f16c, 30 rdrand, 31 hypervisor");
        cpuidWord(0x80000001L, NA, EDX, "11 syscall, 20 nx, 22 mmxext, 25 ffxsr, 26 page1gb, 27 rdtscp, 29 lm,"
                + " 30 3dnowext, 31 3dnow");
        cpuidWord(0x80000001L, NA, ECX, "0 lahf-lm, 1 cmp-legacy, 2 svm, 3 extapic, 4 cr8-legacy, 5 abm,"
                + " 6 sse4a, 7 misalignsse, 8 3dnowprefetch, 9 osvw, 10 ibs, 11 xop, 12 skinit, 13 wdt, 15 lwp,"
                + " 16 fma4, 19 nodeid-msr, 21 tbm, 22 topoext, 26 dbext, 29 monitorx");
        cpuidWord(0xd, 1, EAX, "0 xsaveopt, 1 xsavec, 2 xgetbv1, 3 xsaves");
        cpuidWord(0x7, 0, EBX, "0 fsgsbase, 1 tsc-adjust, 2 sgx, 3 bmi1, 4 hle, 5 avx2, 6 fdp-excp-only,"
                + " 7 smep, 8 bmi2, 9 erms, 10 invpcid, 11 rtm, 12 pqm, 13 no-fpu-sel, 14 mpx, 15 pqe,"
                + " 16 avx512f, 17 avx512dq, 18 rdseed, 19 adx, 20 smap, 21 avx512-ifma, 23 clflushopt, 24 clwb,"
                + " 25 proc-trace, 26 avx512pf, 27 avx512er, 28 avx512cd, 29 sha, 30 avx512bw, 31 avx512vl");
        cpuidWord(0x7, 0, ECX, "0 prefetchwt1, 1 avx512-vbmi, 2 umip, 3 pku, 4 ospke, 6 avx512-vbmi2,"
                + " 7 cet-ss, 8 gfni, 9 vaes, 10 vpclmulqdq, 11 avx512-vnni, 12 avx512-bitalg,"
                + " 14 avx512-vpopcntdq, 22 rdpid, 25 cldemote, 27 movdiri, 28 movdir64b, 29 enqcmd");
        cpuidWord(0x80000007L, NA, EDX, "7 hw-pstate, 8 itsc, 9 cpb, 10 efro");
        cpuidWord(0x80000008L, NA, EBX, "0 clzero, 2 rstr-fp-err-ptrs, 9 wbnoinvd, 12 ibpb, 14 ibrs,"
                + " 15 amd-stibp, 16 ibrs-always, 17 stibp-always, 18 ibrs-fast, 19 ibrs-same-mode, 20 no-lmsl,"
                + " 23 amd-ppin, 24 amd-ssbd, 25 virt-ssbd, 26 ssb-no, 28 psfd, 29 btc-no, 30 ibpb-ret");
        cpuidWord(0x7, 0, EDX, "2 avx512-4vnniw, 3 avx512-4fmaps, 4 fsrm, 8 avx512-vp2intersect,"
                + " 9 srbds-ctrl, 10 md-clear, 11 rtm-always-abort, 13 tsx-force-abort, 14 serialize, 15 hybrid,"
                + " 16 tsxldtrk, 20 cet-ibt, 23 avx512-fp16, 26 ibrsb, 27 stibp, 28 l1d-flush, 29 arch-caps,"
                + " 30 core-caps, 31 ssbd");
        cpuidWord(0x7, 1, EAX, "4 avx-vnni, 5 avx512-bf16, 10 fzrm, 11 fsrs, 12 fsrcs");
        cpuidWord(0x80000021L, NA, EAX, "2 lfence-dispatch, 5 verw-clear, 6 nscb, 8 auto-ibrs, 27 sbpb,"
                + " 28 ibpb-brtype, 29 srso-no, 30 srso-us-no, 31 srso-msr-fix");
        cpuidWord(0x7, 1, EBX, "0 intel-ppin");
        cpuidWord(0x7, 2, EDX, "0 intel-psfd, 1 ipred-ctrl, 2 rrsba-ctrl, 4 bhi-ctrl, 5 mcdt-no");
        cpuidWord(0x7, 1, ECX, "");
        cpuidWord(0x7, 1, EDX, "18 cet-sss");
        msrWord(MSR_ARCH_CAPS, 0, "0 rdcl-no, 1 eibrs, 2 rsba, 3 skip-l1dfl, 4 intel-ssb-no, 5 mds-no,"
                + " 6 if-pschange-mc-no, 7 tsx-ctrl, 8 taa-no, 9 mcu-ctrl, 10 misc-pkg-ctrl, 11 energy-filtering,"
                + " 12 doitm, 13 sbdr-ssdp-no, 14 fbsdp-no, 15 psdp-no, 17 fb-clear, 18 fb-clear-ctrl, 19 rrsba,"
                + " 20 bhi-no, 21 xapic-status, 23 ovrclk-status, 24 pbrsb-no, 25 gds-ctrl, 26 gds-no,"
                + " 27 rfds-no, 28 rfds-clear");
        msrWord(MSR_ARCH_CAPS, 32, "30 its-no");
        cpuidWord(0x80000021L, NA, ECX, "1 tsa-sq-no, 2 tsa-l1-no");
    }

    private CpuidNames() {
    }

    /** The field a name sets, as libxl_cpuid_parse_config looks it up: libxl's table first. */
    static Optional<Field> find(String name) {
        Field f = LIBXL_FIELDS.get(name);
        return Optional.ofNullable(f != null ? f : FEATURES.get(name));
    }

    /** Every known name: libxl's fields, then the features not already among them. */
    static Set<String> names() {
        Set<String> all = new java.util.LinkedHashSet<>(LIBXL_FIELDS.keySet());
        all.addAll(FEATURES.keySet());
        return Collections.unmodifiableSet(all);
    }

    /**
     * The known name nearest to an unknown one, when it is likely a typo or another tool's spelling
     * (Linux's avx512_vbmi, pdpe1gb; AVX2). Case is ignored: every known name is lower case.
     */
    static Optional<String> suggest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = unknown.toLowerCase(java.util.Locale.ROOT);
        for (String n : names()) {
            int d = KeySchema.editDistance(lower, n);
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static void libxl(String name, long leaf, long subleaf, int register, int bit, int length) {
        LIBXL_FIELDS.put(name, new CpuidField(leaf, subleaf, register, bit, length, Encoding.PLAIN));
    }

    private static void cpuidWord(long leaf, long subleaf, int register, String bits) {
        for (Map.Entry<Integer, String> e : parseBits(bits).entrySet()) {
            add(e.getValue(), new CpuidField(leaf, subleaf, register, e.getKey(), 1, Encoding.PLAIN));
        }
    }

    /** A 32-bit half of a 64-bit MSR: {@code offset} 0 for its low half, 32 for its high half. */
    private static void msrWord(long index, int offset, String bits) {
        for (Map.Entry<Integer, String> e : parseBits(bits).entrySet()) {
            add(e.getValue(), new MsrBit(index, offset + e.getKey()));
        }
    }

    private static void add(String name, Field field) {
        if (FEATURES.putIfAbsent(name, field) != null) {
            throw new IllegalStateException("feature name twice: " + name);
        }
    }

    /** "BIT name, BIT name, …" in rising bit order. */
    private static Map<Integer, String> parseBits(String bits) {
        Map<Integer, String> out = new LinkedHashMap<>();
        if (bits.isEmpty()) {
            return out;
        }
        int last = -1;
        for (String item : List.of(bits.split(", "))) {
            String[] parts = item.split(" ");
            int bit = Integer.parseInt(parts[0]);
            if (parts.length != 2 || bit <= last || bit > 31) {
                throw new IllegalStateException("bad feature word item: " + item);
            }
            out.put(bit, parts[1]);
            last = bit;
        }
        return out;
    }
}
