package dev.jxl.config.libxl;

import java.util.List;

/**
 * A cpuid policy (libxl_cpuid_policy_list). xl's libxl form {@code "host,flag=val,…"} keeps the
 * items in order; the JSON is libxl's own generator's output.
 */
public record CpuidPolicy(List<String> items) {
    public CpuidPolicy {
        items = List.copyOf(items);
    }

    void write(YajlWriter out) {
        out.openArray();
        out.closeArray();
    }
}
