package dev.jxl.layout;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.host.Host;
import java.util.List;

/** vCPU limits (APIC IDs, ioreq slots) and the vmtrace buffer rules, as Xen 4.17 enforces them. */
final class VcpuRules {
    private VcpuRules() {
    }

    static void apply(GuestSettings s, Host host, List<String> notes) {
        int n = s.maxVcpus();
        if (s.type() == DomainType.PV) {
            if (n > XenConstants.MAX_VIRT_CPUS) {
                throw new LayoutException("maxvcpus", "Xen allows at most " + XenConstants.MAX_VIRT_CPUS
                        + " vCPUs for a PV guest (MAX_VIRT_CPUS); " + n + " requested");
            }
            if (n > 255) {
                notes.add("vcpus: " + n + " vCPUs; a PV guest has no virtual local APIC (events use event channels), "
                        + "so the 8-bit xAPIC ID limit does not apply");
            }
        } else {
            // Xen gives vCPU i the APIC ID 2i (vlapic.c, hvmloader LAPIC_ID), so 128 vCPUs already use ID 254.
            long highestApicId = 2L * (n - 1);
            if (n > XenConstants.HVM_MAX_VCPUS) {
                throw new LayoutException("maxvcpus", n + " vCPUs need APIC IDs up to " + highestApicId
                        + ", beyond the 8-bit xAPIC range, so x2APIC would be required; Xen 4.17 refuses more than "
                        + XenConstants.HVM_MAX_VCPUS + " vCPUs for " + s.type().libxlName()
                        + " guests (HVM_MAX_VCPUS, arch_sanitise_domain_config)");
            }
            int ioreqPages = (n + XenConstants.IOREQS_PER_PAGE - 1) / XenConstants.IOREQS_PER_PAGE;
            notes.add("vcpus: " + n + " vCPU(s), APIC IDs 0.." + highestApicId + " (2 x vCPU id, xAPIC)"
                    + (s.type() == DomainType.HVM ? "; " + ioreqPages + " shared ioreq page (" + XenConstants.IOREQS_PER_PAGE
                    + " vCPU slots of 32 bytes per page)" : ""));
        }
        if (n > host.cpus()) {
            notes.add("vcpus: " + n + " vCPUs on a host with " + host.cpus() + " CPUs (overcommitted)");
        }
        long kb = s.vmtraceBufKb();
        if (kb != 0) {
            if (s.type() == DomainType.PV) {
                throw new LayoutException("vmtrace_buf_kb", "vmtrace is not supported for PV guests");
            }
            // libxl rounds the size up to whole pages; Xen wants a power of two from 4 KiB to 64 MiB
            long bytes = ((kb << 10) + 4095) & ~4095L;
            if (bytes > (64L << 20) || Long.bitCount(bytes) != 1) {
                throw new LayoutException("vmtrace_buf_kb", "vmtrace_buf_kb = " + kb + " gives a buffer of "
                        + bytes + " bytes; Xen needs a power of two from 4 KiB to 64 MiB");
            }
            notes.add("vmtrace: " + ByteSize.of(bytes) + " trace buffer per vCPU (" + ByteSize.of(bytes * n)
                    + " in all), Xen-owned and outside guest RAM; the guest is not migratable "
                    + "(the buffers are not part of the migration stream)");
        }
    }
}
