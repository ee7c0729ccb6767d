package dev.jxl.builder.sim;

import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HostInfo.PmemDataRegion;
import dev.jxl.builder.backend.HostInfo.PmemMgmtRegion;
import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.ManagementAreaPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The host a fresh sim boots: the same {@link Host} the planner uses (the built-in description, or
 * {@code --host FILE}), with each pmem region set up the way an administrator would on a fresh host
 * — the smallest management area Xen's allocation allows at the region's start, the rest as data
 * ({@link ManagementAreaPlan#minimal}) — so `jxl create` with vNVDIMMs works out of the box.
 */
public final class BuiltinHost {
    private BuiltinHost() {
    }

    public static HostInfo get() {
        return from(HostDescriptions.builtIn());
    }

    /** The built-in host, its pmem set up (management at each region's start, the rest data). */
    public static HostInfo from(Host host) {
        return from(host, true);
    }

    /**
     * The host's free memory is what its description says is free for guests; Domain-0 holds the
     * rest.
     *
     * @param setUpPmem set every pmem region up at boot (the built-in host), or leave it for
     *                  {@code jxl pmem setup} as on a real host (a host description)
     */
    public static HostInfo from(Host host, boolean setUpPmem) {
        List<PmemMgmtRegion> mgmt = new ArrayList<>();
        List<PmemDataRegion> data = new ArrayList<>();
        if (setUpPmem) {
            for (PmemRegion r : host.pmem()) {
                ManagementAreaPlan plan = ManagementAreaPlan.minimal(r);
                mgmt.add(new PmemMgmtRegion(plan.managementArea().smfn(), plan.managementArea().emfn(), plan.usedPages()));
                data.add(new PmemDataRegion(plan.dataArea().smfn(), plan.dataArea().emfn(),
                        plan.managementArea().smfn(), plan.managementArea().emfn()));
            }
        }
        return HostInfo.booted(host).withPmem(mgmt, data);
    }
}
