package dev.jxl.layout.pmem;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's pmem set up so far, as {@code XEN_SYSCTL_nvdimm_pmem_get_regions} reports it: management
 * regions with the pages they have used, and data regions with where their tables live.
 */
public record PmemSetupState(List<ManagementArea> managementAreas, List<DataArea> dataAreas) {

    /** A {@code PMEM_REGION_TYPE_MGMT} region: {@code {smfn, emfn, used_mfns}}. */
    public record ManagementArea(MfnRange range, long usedPages) {
        /** Where the next table chunk would go: {@code smfn + used}. */
        public long nextFreeMfn() {
            return range.smfn() + usedPages;
        }
    }

    /** A {@code PMEM_REGION_TYPE_DATA} region: {@code {smfn, emfn, mgmt_smfn, mgmt_emfn}}. */
    public record DataArea(MfnRange range, MfnRange tables) {
    }

    public static final PmemSetupState EMPTY = new PmemSetupState(List.of(), List.of());

    public PmemSetupState {
        managementAreas = List.copyOf(managementAreas);
        dataAreas = List.copyOf(dataAreas);
    }

    /** Every range whose frame table and M2P exist. */
    public List<MfnRange> setUpRanges() {
        List<MfnRange> all = new ArrayList<>();
        managementAreas.forEach(m -> all.add(m.range()));
        dataAreas.forEach(d -> all.add(d.range()));
        return all;
    }

    PmemSetupState withManagement(ManagementArea added) {
        List<ManagementArea> m = new ArrayList<>(managementAreas);
        m.add(added);
        return new PmemSetupState(m, dataAreas);
    }

    PmemSetupState withData(DataArea added, ManagementArea from, ManagementArea updated) {
        List<ManagementArea> m = new ArrayList<>(managementAreas);
        m.set(m.indexOf(from), updated);
        List<DataArea> d = new ArrayList<>(dataAreas);
        d.add(added);
        return new PmemSetupState(m, d);
    }
}
