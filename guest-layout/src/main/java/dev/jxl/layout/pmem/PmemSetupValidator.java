package dev.jxl.layout.pmem;

import dev.jxl.units.Hex;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.pmem.PmemSetupState.DataArea;
import dev.jxl.layout.pmem.PmemSetupState.ManagementArea;
import dev.jxl.layout.pmem.SetupOutcome.Accepted;
import dev.jxl.layout.pmem.SetupOutcome.Refused;
import dev.jxl.layout.pmem.SetupOutcome.Rule;
import java.util.List;
import java.util.Optional;

/**
 * Decides a pmem setup request as the vNVDIMM series' {@code pmem_setup_mgmt}/{@code pmem_setup_data}
 * and {@code pmem_arch_setup} → {@code memory_add_common} would, in their order, and says which rule
 * refused it. Where Xen's own test is partial, jxl's is the whole rule (see {@link Rule}).
 */
public final class PmemSetupValidator {
    private PmemSetupValidator() {
    }

    public static SetupOutcome check(PmemSetupRequest request, List<PmemRegion> host, PmemSetupState state) {
        if (request instanceof PmemSetupRequest.Management m) {
            return management(m, host, state);
        }
        return data((PmemSetupRequest.Data) request, host, state);
    }

    private static SetupOutcome management(PmemSetupRequest.Management req, List<PmemRegion> host,
            PmemSetupState state) {
        MfnRange r = req.range();
        if (r.isEmpty()) {
            return refuse(req, Rule.EMPTY_RANGE, "EINVAL", "management range " + r + " is empty");
        }
        Node node = nodeOf(r, host);
        if (node.refusal != null) {
            return refuse(req, Rule.NOT_HOST_PMEM, "EINVAL", "management range " + r + " " + node.refusal);
        }
        long precheck = XenPmemTables.precheckPages(r.nrPages());
        if (precheck > r.nrPages()) {
            return refuse(req, Rule.MANAGEMENT_PRECHECK, "ENOSPC", "management range " + r + " has " + r.nrPages()
                    + " pages; check_mgmt_size requires " + precheck);
        }
        Optional<MfnRange> clash = state.setUpRanges().stream().filter(r::overlaps).findFirst();
        if (clash.isPresent()) {
            return refuse(req, Rule.OVERLAP, "EEXIST", "management range " + r + " overlaps " + clash.get()
                    + ", which is already set up");
        }
        Refused hotadd = hotadd(req, "management range", r);
        if (hotadd != null) {
            return hotadd;
        }
        TableChunks chunks = XenPmemTables.allocation(r, state.setUpRanges());
        if (chunks.pages() > r.nrPages()) {
            return refuse(req, Rule.MANAGEMENT_ALLOCATION, "ENOMEM", "management range " + r + " has "
                    + r.nrPages() + " pages but its own tables take " + chunks);
        }
        MfnRange tables = MfnRange.ofPages(r.smfn(), chunks.pages());
        return new Accepted(req, chunks, tables, precheck,
                state.withManagement(new ManagementArea(r, chunks.pages())));
    }

    private static SetupOutcome data(PmemSetupRequest.Data req, List<PmemRegion> host, PmemSetupState state) {
        MfnRange r = req.range();
        MfnRange given = req.managementArea();
        if (r.isEmpty()) {
            return refuse(req, Rule.EMPTY_RANGE, "EINVAL", "data range " + r + " is empty");
        }
        Node node = nodeOf(r, host);
        if (node.refusal != null) {
            return refuse(req, Rule.NOT_HOST_PMEM, "EINVAL", "data range " + r + " " + node.refusal);
        }
        if (given.isEmpty()) {
            return refuse(req, Rule.EMPTY_RANGE, "EINVAL", "management area " + given + " is empty");
        }
        Optional<ManagementArea> found = state.managementAreas().stream()
                .filter(m -> m.range().contains(given)).findFirst();
        if (found.isEmpty()) {
            return refuse(req, Rule.NO_MANAGEMENT_REGION, "ENXIO", "no management region contains " + given
                    + " (set one up with --mgmt first)");
        }
        ManagementArea mgmt = found.get();
        Node mgmtNode = nodeOf(mgmt.range(), host);
        if (mgmtNode.refusal == null && mgmtNode.node != node.node) {
            return refuse(req, Rule.NUMA_NODE, "EINVAL", "data range " + r + " is on node " + node.node
                    + " but its management region " + mgmt.range() + " is on node " + mgmtNode.node);
        }
        // Xen allocates from the region's first free frame, whatever start was given
        MfnRange available = new MfnRange(mgmt.nextFreeMfn(), given.emfn());
        long precheck = XenPmemTables.precheckPages(r.nrPages());
        if (available.nrPages() < precheck) {
            return refuse(req, Rule.MANAGEMENT_PRECHECK, "ENOSPC", "management area " + given
                    + " has " + available.nrPages() + " free pages from " + Hex.plain(mgmt.nextFreeMfn())
                    + "; check_mgmt_size requires " + precheck + " for " + r.nrPages() + " data pages");
        }
        for (DataArea d : state.dataAreas()) {
            if (d.range().overlaps(r)) {
                return refuse(req, Rule.OVERLAP, "EEXIST", "data range " + r + " overlaps data region "
                        + d.range() + ", which is already set up");
            }
        }
        for (ManagementArea m : state.managementAreas()) {
            if (m.range().overlaps(r)) {
                return refuse(req, Rule.OVERLAP, m == mgmt ? "EINVAL" : "EEXIST", "data range " + r
                        + " overlaps management region " + m.range() + "; management pages are never mapped");
            }
        }
        Refused hotadd = hotadd(req, "data range", r);
        if (hotadd != null) {
            return hotadd;
        }
        if (!aligned(given.smfn()) || !aligned(given.emfn())) {
            return refuse(req, Rule.ALIGNMENT, "EINVAL", "management area " + given
                    + " is not 2 MiB aligned (multiples of 512 frames)");
        }
        TableChunks chunks = XenPmemTables.allocation(r, state.setUpRanges());
        if (chunks.pages() > available.nrPages()) {
            return refuse(req, Rule.MANAGEMENT_ALLOCATION, "ENOMEM", "data range " + r + " needs "
                    + chunks + " but management area " + given + " has " + available.nrPages()
                    + " free pages from " + Hex.plain(available.smfn()));
        }
        MfnRange tables = MfnRange.ofPages(available.smfn(), chunks.pages());
        ManagementArea updated = new ManagementArea(mgmt.range(), tables.emfn() - mgmt.range().smfn());
        return new Accepted(req, chunks, tables, precheck,
                state.withData(new DataArea(r, tables), mgmt, updated));
    }

    /** {@code mem_hotadd_check}, for the range whose frame table and M2P are being built. */
    private static Refused hotadd(PmemSetupRequest req, String what, MfnRange r) {
        if (r.emfn() > XenPmemTables.FRAMETABLE_NR) {
            return refuse(req, Rule.FRAME_TABLE_LIMIT, "EINVAL", what + " " + r
                    + " ends above frame " + Hex.plain(XenPmemTables.FRAMETABLE_NR)
                    + " (16 TiB), the end of Xen's frame table");
        }
        if (!aligned(r.smfn()) || !aligned(r.emfn())) {
            return refuse(req, Rule.ALIGNMENT, "EINVAL", what + " " + r
                    + " is not 2 MiB aligned (multiples of 512 frames)");
        }
        long bound = XenPmemTables.hotaddBoundPages(r);
        if (bound > r.nrPages()) {
            return refuse(req, Rule.HOTADD_BOUND, "EINVAL", what + " " + r + " has " + r.nrPages()
                    + " pages, fewer than the " + bound + " pages mem_hotadd_check allows for its tables");
        }
        return null;
    }

    private static boolean aligned(long mfn) {
        return mfn % XenPmemTables.CHUNK_PAGES == 0;
    }

    /** {@code check_address_and_pxm}: the node of the host regions covering {@code r}, or why not. */
    private record Node(int node, String refusal) {
    }

    private static Node nodeOf(MfnRange r, List<PmemRegion> host) {
        long cursor = r.smfn();
        Integer node = null;
        List<PmemRegion> sorted = host.stream().sorted((a, b) -> Long.compare(a.spa(), b.spa())).toList();
        for (PmemRegion h : sorted) {
            MfnRange m = MfnRange.of(h);
            if (!m.overlaps(new MfnRange(cursor, r.emfn()))) {
                continue;
            }
            if (cursor < m.smfn()) {
                break;
            }
            if (node != null && node != h.node()) {
                return new Node(-1, "spans NUMA nodes " + node + " and " + h.node());
            }
            node = h.node();
            cursor = Math.min(r.emfn(), m.emfn());
            if (cursor == r.emfn()) {
                return new Node(node, null);
            }
        }
        return new Node(-1, "is not host pmem: frames from " + Hex.plain(cursor) + " are in no pmem region");
    }

    private static Refused refuse(PmemSetupRequest req, Rule rule, String errno, String message) {
        return new Refused(req, rule, errno, message);
    }
}
