package dev.jxl.builder.sim;

import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HostInfo.PmemDataRegion;
import dev.jxl.builder.backend.HostInfo.PmemMgmtRegion;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupState;
import java.util.List;

/** The sim's record of the host pmem setup, seen as the pmem planner's {@link PmemSetupState}. */
final class SimPmem {
    private SimPmem() {
    }

    static PmemSetupState state(HostInfo host) {
        return new PmemSetupState(
                host.pmemMgmt().stream().map(m -> new PmemSetupState.ManagementArea(
                        new MfnRange(m.smfn(), m.emfn()), m.usedMfns())).toList(),
                host.pmemData().stream().map(d -> new PmemSetupState.DataArea(
                        new MfnRange(d.smfn(), d.emfn()), new MfnRange(d.mgmtSmfn(), d.mgmtEmfn()))).toList());
    }

    static HostInfo with(HostInfo host, PmemSetupState setup) {
        List<PmemMgmtRegion> mgmt = setup.managementAreas().stream()
                .map(m -> new PmemMgmtRegion(m.range().smfn(), m.range().emfn(), m.usedPages())).toList();
        List<PmemDataRegion> data = setup.dataAreas().stream()
                .map(d -> new PmemDataRegion(d.range().smfn(), d.range().emfn(), d.tables().smfn(), d.tables().emfn()))
                .toList();
        return host.withPmem(mgmt, data);
    }
}
