package dev.jxl.layout.pmem;

import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.SetupOutcome.Accepted;

/** The canonical text of a {@link ManagementAreaPlan}: what is set up where, and why that much. */
public final class ManagementAreaReport {
    private ManagementAreaReport() {
    }

    public static String render(ManagementAreaPlan p) {
        StringBuilder s = new StringBuilder();
        PmemRegion r = p.region();
        s.append(String.format("host pmem region   spa %#x size %s node %d%n", r.spa(), size(r.size()), r.node()));
        s.append(String.format("frames             %s, %d pages%n", p.usable(), p.usable().nrPages()));
        s.append('\n');
        section(s, "management area (xl pmem-setup -m)", p.management());
        s.append('\n');
        section(s, "data area (xl pmem-setup -d, tables in the management area)", p.data());
        s.append('\n');
        long n = p.dataArea().nrPages();
        s.append(String.format("management used    %d of %d pages (%s), slack %d pages%n", p.usedPages(),
                p.managementArea().nrPages(), size(p.managementArea().nrPages() << 12), p.slackPages()));
        s.append(String.format("40 B/page estimate %d pages for the data (check_mgmt_size); real allocation %d"
                + " pages (+%d)%n", p.data().precheckPages(), p.data().chunks().pages(),
                p.data().chunks().pages() - p.data().precheckPages()));
        s.append(String.format("guest-mappable     %s of %s (%.2f %% kept for Xen's tables)%n",
                size(n << 12), size(p.usable().nrPages() << 12),
                100.0 * p.managementArea().nrPages() / p.usable().nrPages()));
        return s.toString();
    }

    private static void section(StringBuilder s, String title, Accepted a) {
        MfnRange range = a.request().range();
        s.append(title).append('\n');
        s.append(String.format("  range            %s, %d pages (%s)%n", range, range.nrPages(),
                size(range.nrPages() << 12)));
        s.append(String.format("  check_mgmt_size  (32 * %d >> 12) + (8 * %d >> 12) = %d pages%n", range.nrPages(),
                range.nrPages(), a.precheckPages()));
        s.append(String.format("  hotadd bound     %d pages (mem_hotadd_check, nothing present)%n",
                XenPmemTables.hotaddBoundPages(range)));
        TableChunks c = a.chunks();
        s.append(String.format("  frame table      %d x 2 MiB (PDX groups of 256 MiB)%n", c.frameTable()));
        s.append(String.format("  M2P              %d x 2 MiB (1 GiB of frames each)%n", c.m2p()));
        s.append(String.format("  compat M2P       %d x 2 MiB (2 GiB each, below 1 TiB only)%n", c.compatM2p()));
        s.append(String.format("  tables at        %s, %d pages (%s)%n", a.tables(), a.tables().nrPages(),
                size(a.tables().nrPages() << 12)));
    }

    /** Bytes in the largest binary unit that divides them, else MiB with decimals. */
    static String size(long bytes) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        int[] shifts = {40, 30, 20, 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= (1L << shifts[i]) && bytes % (1L << shifts[i]) == 0) {
                return (bytes >> shifts[i]) + " " + units[i];
            }
        }
        return String.format("%.2f MiB", bytes / (double) (1 << 20));
    }
}
