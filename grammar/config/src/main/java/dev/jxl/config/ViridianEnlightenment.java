package dev.jxl.config;

import java.util.List;

/** libxl_viridian_enlightenment: group names and their bit numbers. */
final class ViridianEnlightenment {
    private static final List<String> NAMES = List.of("base", "freq", "time_ref_count", "reference_tsc",
            "hcall_remote_tlb_flush", "apic_assist", "crash_ctl", "synic", "stimer", "hcall_ipi",
            "ex_processor_masks", "no_vp_limit", "cpu_hotplug");

    private ViridianEnlightenment() {
    }

    /** The bit for a group name (libxl compares case-insensitively), or -1. */
    static int bit(String name) {
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
