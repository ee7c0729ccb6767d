package dev.jxl.config;

/** vCPU bounds xl and Xen apply. */
final class VcpuLimits {
    /** HVM_MAX_VCPUS in Xen 4.17 (x2APIC guests); no guest type allows more. */
    static final int MAX_VCPUS = 4096;

    private VcpuLimits() {
    }
}
