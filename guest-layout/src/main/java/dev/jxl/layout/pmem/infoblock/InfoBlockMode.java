package dev.jxl.layout.pmem.infoblock;

import java.util.Optional;

/** The namespace personality an info block gives, named as ndctl names it, with Linux's signature. */
public enum InfoBlockMode {
    /** {@code PFN_SIG}: a pfn device, {@code /dev/pmemN} with DAX. */
    FSDAX("fsdax", "NVDIMM_PFN_INFO\0"),
    /** {@code DAX_SIG}: a device-dax instance, {@code /dev/daxN.M}. */
    DEVDAX("devdax", "NVDIMM_DAX_INFO\0");

    private final String ndctlName;
    private final String signature;

    InfoBlockMode(String ndctlName, String signature) {
        this.ndctlName = ndctlName;
        this.signature = signature;
    }

    public String ndctlName() {
        return ndctlName;
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
            if (m.ndctlName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown info block mode '" + name + "' (fsdax or devdax)");
    }
}
