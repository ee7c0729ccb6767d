package dev.jxl.layout.pmem;

/** The answer to a pmem setup request: what Xen would allocate, or which rule refuses it. */
public sealed interface SetupOutcome {

    /** The rules, each tied to where Xen (or, where marked, jxl) enforces it. */
    enum Rule {
        /** {@code smfn >= emfn} or INVALID_MFN (pmem_setup_mgmt/data: -EINVAL). */
        EMPTY_RANGE,
        /** Not wholly inside host pmem regions of one node ({@code check_address_and_pxm}: -EINVAL). */
        NOT_HOST_PMEM,
        /** Data and its management area on different NUMA nodes (jxl's rule; Xen does not check it). */
        NUMA_NODE,
        /** No management region contains the given management area ({@code find_mgmt_region}: -ENXIO). */
        NO_MANAGEMENT_REGION,
        /** The 40-bytes-per-page pre-check ({@code check_mgmt_size}: -ENOSPC). */
        MANAGEMENT_PRECHECK,
        /** Overlaps a region already set up, or data overlaps its management area (-EEXIST / -EINVAL). */
        OVERLAP,
        /** Start or end not a multiple of 512 frames (2 MiB) ({@code mem_hotadd_check}: -EINVAL). */
        ALIGNMENT,
        /** End beyond {@code FRAMETABLE_NR}, 16 TiB ({@code mem_hotadd_check}: -EINVAL). */
        FRAME_TABLE_LIMIT,
        /** Range smaller than its own worst-case tables ({@code mem_hotadd_check}: -EINVAL). */
        HOTADD_BOUND,
        /** The 2 MiB chunks do not fit in the management area ({@code alloc_hotadd_mfn}: -ENOMEM). */
        MANAGEMENT_ALLOCATION
    }

    /**
     * Accepted: the chunks allocated, where they went, and the state after.
     *
     * @param tables the frames the new tables occupy ({@code [mgmt_smfn, mgmt_emfn)} of a data region)
     */
    record Accepted(PmemSetupRequest request, TableChunks chunks, MfnRange tables, long precheckPages,
            PmemSetupState after) implements SetupOutcome {
    }

    record Refused(PmemSetupRequest request, Rule rule, String errno, String message) implements SetupOutcome {
        @Override
        public String toString() {
            return "refused (" + rule + ", -" + errno + "): " + message;
        }
    }
}
