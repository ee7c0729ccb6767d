package dev.jxl.layout.pmem.infoblock;

import java.util.Locale;
import java.util.Optional;

/** The namespace personality an info block gives, named as ndctl names it, with Linux's signature. */
public enum InfoBlockMode {
    /** {@code PFN_SIG}: a pfn device, {@code /dev/pmemN} with DAX. */
    FSDAX("NVDIMM_PFN_INFO\0"),
    /** {@code DAX_SIG}: a device-dax instance, {@code /dev/daxN.M}. */
    DEVDAX("NVDIMM_DAX_INFO\0");

    private final String signature;

    InfoBlockMode(String signature) {
        this.signature = signature;
    }

    /** ndctl's {@code --mode} word, which each constant's name spells in upper case. */
    public String ndctlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The 16 signature bytes as Latin-1 text, NUL included: the form {@link NdPfnSb#signature()} has. */
    public String signature() {
        return signature;
    }

    /** The signature as text, without the trailing NUL (as {@code ndctl read-infoblock} prints it). */
    public String signatureText() {
        return signature.substring(0, signature.length() - 1);
    }

    public static Optional<InfoBlockMode> bySignature(String signature) {
        for (InfoBlockMode m : values()) {
            if (m.signature.equals(signature)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static InfoBlockMode byNdctlName(String name) {
        for (InfoBlockMode m : values()) {
            if (m.ndctlName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown info block mode '" + name + "' (fsdax or devdax)");
    }
}
