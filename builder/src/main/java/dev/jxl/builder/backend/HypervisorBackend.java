package dev.jxl.builder.backend;

import dev.jxl.layout.plan.BuildStep;
import java.util.List;

/**
 * The one seam between jxl and a hypervisor: host info, one build step forwards or backwards, the
 * domains (and the config each was created with), pause, unpause and destroy. Everything a backend
 * does to a host goes through these calls, so a recording decorator sees all of it and the domain
 * builder can roll back any prefix of a plan.
 */
public interface HypervisorBackend extends AutoCloseable {

    /** The domain id passed to {@link #execute} for createdomain, before the hypervisor has chosen one. */
    int NO_DOMAIN = -1;

    HostInfo hostInfo();

    /**
     * Carries out one step for domain {@code domid} ({@link #NO_DOMAIN} for createdomain) and returns
     * the id of the domain it acted on (for createdomain, the new one). On failure the step has had no
     * effect and a {@link BackendException} says why.
     */
    int execute(int domid, BuildStep step);

    /** Reverses a step this backend executed for {@code domid}; steps are undone last first. */
    void undo(int domid, BuildStep step);

    /** The domains, by id. */
    List<DomainInfo> list();

    /** Destroys a domain and releases everything it holds. */
    void destroy(int domid);

    /** {@code XEN_DOMCTL_pausedomain} on a built domain (xl pause); {@link BackendException} says why not. */
    default void pause(int domid) {
        throw new BackendException("this backend cannot pause a domain");
    }

    /** {@code XEN_DOMCTL_unpausedomain} on a built domain (xl unpause); {@link BackendException} says why not. */
    default void unpause(int domid) {
        throw new BackendException("this backend cannot unpause a domain");
    }

    /**
     * The libxl config JSON kept for a domain by its create (libxl_retrieve_domain_configuration, as
     * {@code xl list -l} reads it): empty for a domain that has none (Domain-0 on the sim, a domain
     * still being built, one created before the backend kept configs).
     */
    default java.util.Optional<String> storedConfig(int domid) {
        return java.util.Optional.empty();
    }

    /**
     * Sets host pmem up as a management or data area ({@code XEN_SYSCTL_nvdimm_pmem_setup}); throws
     * {@link BackendException} naming the rule that refuses it.
     */
    default void setupPmem(dev.jxl.layout.pmem.PmemSetupRequest request) {
        throw new BackendException("this backend cannot set host pmem up");
    }

    /** Releases the backend (locks, files); a no-op by default. */
    @Override
    default void close() {
    }
}
