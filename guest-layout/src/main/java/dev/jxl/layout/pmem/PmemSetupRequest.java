package dev.jxl.layout.pmem;

/**
 * A {@code XEN_SYSCTL_nvdimm_pmem_setup} request ({@code xl pmem-setup -m|-d} in the RFC v4 series).
 */
public sealed interface PmemSetupRequest {
    MfnRange range();

    /** {@code PMEM_REGION_TYPE_MGMT}: the range holds the frame table and M2P of itself and of later data. */
    record Management(MfnRange range) implements PmemSetupRequest {
        /** As an admin reads it: {@code management area mfn [0x4080000, 0x4090000)}. */
        @Override
        public String toString() {
            return "management area mfn " + range;
        }
    }

    /**
     * {@code PMEM_REGION_TYPE_DATA}: the range may be mapped into guests; its tables go into
     * {@code managementArea}, which must lie inside a management region set up before.
     */
    record Data(MfnRange range, MfnRange managementArea) implements PmemSetupRequest {
        @Override
        public String toString() {
            return "data mfn " + range + " (its tables in mfn " + managementArea + ")";
        }
    }
}
