package dev.jxl.layout.pmem;

import dev.jxl.units.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * Why {@code populate_pmem_map} would refuse to map host frames {@code r} into a guest, or empty
     * when it would not: every frame must lie in a data area, and none in a management area (those
     * hold Xen's frame table and M2P for the pmem). The one rule the planner and the sim apply.
     */
    public Optional<MappingRefusal> mappingRefusal(MfnRange r) {
        for (int m = 0; m < managementAreas.size(); m++) {
            MfnRange area = managementAreas.get(m).range();
            if (area.overlaps(r)) {
                return Optional.of(new MappingRefusal(Math.max(area.smfn(), r.smfn()), m, "host mfn "
                        + Hex.plain(Math.max(area.smfn(), r.smfn())) + " is in the pmem management area " + area
                        + ", whose frames hold Xen's tables for the pmem, never a guest's data"));
            }
        }
        long cursor = r.smfn();
        while (cursor < r.emfn()) {
            long from = cursor;
            Optional<DataArea> in = dataAreas.stream().filter(d -> d.range().smfn() <= from && from < d.range().emfn())
                    .findFirst();
            if (in.isEmpty()) {
                return Optional.of(new MappingRefusal(from, -1, "host mfn " + Hex.plain(from)
                        + " is not in a pmem data region (set one up with `jxl pmem setup --data`)"));
            }
            cursor = in.get().range().emfn();
        }
        return Optional.empty();
    }

    /**
     * Why frames cannot be mapped: the first frame refused, the management area it lies in (its
     * index, or -1 when it is in no data region), and the reason in words.
     */
    public record MappingRefusal(long mfn, int managementArea, String reason) {
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
