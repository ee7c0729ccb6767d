package dev.jxl.builder.sim;

import dev.jxl.builder.backend.HostInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated host's whole persistent state: one versioned JSON document ({@code state.json}).
 * Mutable while a locked {@link SimBackend} works on it; written back whole after every change.
 */
public final class SimState {
    public static final String FORMAT = "jxl-sim-host";
    /** 2: the host's whole description is kept (1 kept its numbers flat; still read). */
    public static final int VERSION = 2;

    public String format = FORMAT;
    public int version = VERSION;
    public HostInfo host;
    /**
     * Xen's domid rover (the static {@code rover} of XEN_DOMCTL_createdomain): the id last handed out;
     * the next domain gets the first free id after it, wrapping to 1 at DOMID_FIRST_RESERVED.
     */
    public int domidRover;
    /** Every domain, Domain-0 first, in id order. */
    public List<SimDomain> domains = new ArrayList<>();

    public static SimState boot(HostInfo host) {
        SimState s = new SimState();
        s.host = host;
        s.domains.add(SimDomain.domain0(host));
        return s;
    }

    public Optional<SimDomain> domain(int domid) {
        return domains.stream().filter(d -> d.domid == domid).findFirst();
    }

    public Optional<SimDomain> domainNamed(String name) {
        return domains.stream().filter(d -> d.name.equals(name)).findFirst();
    }

    void addSorted(SimDomain d) {
        int i = 0;
        while (i < domains.size() && domains.get(i).domid < d.domid) {
            i++;
        }
        domains.add(i, d);
    }
}
