package dev.jxl.builder.host;

import dev.jxl.builder.backend.BackendException;
import java.util.HashMap;
import java.util.Map;

/**
 * The host's numbers from {@code xl info} (xl_info.c output_physinfo / output_xeninfo), as xl prints
 * them: memory in MiB, rounded down (xl divides libxl's page counts by the pages per MiB).
 *
 * @param nrCpus         physical CPUs online (physinfo nr_cpus), not dom0's vCPUs
 * @param nrNodes        NUMA nodes (physinfo nr_nodes)
 * @param totalMemoryMib physinfo total_pages in MiB
 * @param freeMemoryMib  physinfo free_pages in MiB
 * @param xenExtra       xen_extra, ".7" and the like ("" when xl printed none)
 */
public record XlInfo(int nrCpus, int nrNodes, long totalMemoryMib, long freeMemoryMib, int xenMajor, int xenMinor, String xenExtra) {

    /** "4.17": the version a host description carries. */
    public String xenVersion() {
        return xenMajor + "." + xenMinor;
    }

    /** Reads {@code key : value} lines; other lines (cpu_topology's table) are skipped. */
    public static XlInfo parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            // the first value wins: xl info -n prints per-node tables after the keys jxl reads
            values.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        long free = number(values, "free_memory");
        long total = number(values, "total_memory");
        if (free > total) {
            throw new BackendException("xl info: free_memory " + free + " MiB exceeds total_memory " + total + " MiB");
        }
        return new XlInfo((int) Math.min(number(values, "nr_cpus"), Integer.MAX_VALUE),
                (int) Math.min(Math.max(1, number(values, "nr_nodes")), Integer.MAX_VALUE), total, free,
                (int) number(values, "xen_major"), (int) number(values, "xen_minor"),
                values.getOrDefault("xen_extra", ""));
    }

    private static long number(Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw new BackendException("xl info printed no " + key + " (is this xl's output?)");
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0 || (key.equals("nr_cpus") && n == 0)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BackendException("xl info: " + key + " is \"" + v + "\", not a count");
        }
    }
}
