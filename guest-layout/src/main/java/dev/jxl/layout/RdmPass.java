package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.GIB4;
import static dev.jxl.layout.XenConstants.MIB2;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.units.ByteSize;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.ReservedDeviceMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * libxl's pass over reserved device memory (RMRRs; {@code libxl__domain_device_construct_rdm},
 * libxl_dm.c): with {@code rdm=strategy=host} every host RDM that low RAM reaches above
 * {@code rdm_mem_boundary} lowers low RAM to it (the RAM moves above 4 GiB); an overlap left over is
 * fatal when the policy is strict, else the RDM is left out of the guest's map.
 *
 * @param rdms  the host's RDMs, in host order; those a relaxed conflict hid have policy INVALID
 * @param split guest RAM after the pass
 */
record RdmPass(List<Rdm> rdms, RamSplit split) {
    /** One RDM as libxl tracks it: the policy becomes INVALID when a relaxed conflict hides it. */
    record Rdm(long start, long size, RdmPolicy policy) {
        boolean inGuestMap() {
            return policy != RdmPolicy.INVALID;
        }

        boolean overlaps(long otherStart, long otherSize) {
            return otherStart + otherSize > start && otherStart < start + size;
        }

        String label() {
            return "RDM " + Hex.of(start) + "-" + Hex.of(start + size - 1);
        }

        AddressRange range() {
            return new AddressRange(label(), start, start + size);
        }
    }

    RdmPass {
        rdms = List.copyOf(rdms);
    }

    /** The RDMs the guest's map keeps. */
    List<Rdm> inGuestMap() {
        return rdms.stream().filter(Rdm::inGuestMap).toList();
    }

    /** The host RDMs to lay out, and low RAM lowered under each one above the boundary. */
    static RdmPass lowerLowRam(GuestSettings s, Host host, RamSplit split, List<String> notes) {
        List<Rdm> rdms = hostRdms(s, host, notes);
        long boundary = s.rdmMemBoundaryMemkb() << 10;
        for (Rdm r : rdms) {
            long lowmemEnd = split.lowmemEnd();
            if (!r.overlaps(0, lowmemEnd) || r.start <= boundary) {
                continue;
            }
            long rdmStart = r.start;
            // HAP guests keep 2 MiB pages: round the new end of low RAM down to 2 MiB
            if (s.hap() && rdmStart > MIB2) {
                rdmStart &= ~(MIB2 - 1);
            }
            split = split.lowRamEndingAt(rdmStart);
            notes.add("rdm: " + r.label() + " lies above the boundary " + Hex.plain(boundary) + ", so low RAM now ends at "
                    + Hex.plain(rdmStart) + " and " + ByteSize.of(lowmemEnd - rdmStart) + " moves above 4 GiB");
        }
        return new RdmPass(rdms, split);
    }

    private static List<Rdm> hostRdms(GuestSettings s, Host host, List<String> notes) {
        List<Rdm> rdms = new ArrayList<>();
        if (s.rdmStrategy() == RdmStrategy.HOST) {
            for (ReservedDeviceMemory r : host.rdm()) {
                rdms.add(new Rdm(r.start(), r.size(), s.rdmPolicy()));
            }
            notes.add("rdm: strategy=host, policy=" + s.rdmPolicy().libxlName() + ": " + rdms.size()
                    + " host RDM region(s)");
        }
        if (s.hasPci()) {
            notes.add("rdm: the RDMs of each passed-through device are not known when planning (per-device "
                    + "XENMEM_reserved_device_memory_map); only strategy=host RDMs are laid out");
        }
        return rdms;
    }

    /** An RDM still over guest RAM: refused when strict, else hidden from the guest (policy INVALID). */
    RdmPass resolveConflicts(List<String> notes) {
        long lowmemEnd = split.lowmemEnd();
        long highmemEnd = split.highmemEnd();
        List<Rdm> out = new ArrayList<>(rdms.size());
        for (Rdm r : rdms) {
            boolean conflict = r.overlaps(0, lowmemEnd) || (highmemEnd != 0 && r.overlaps(GIB4, highmemEnd - GIB4));
            if (!conflict) {
                out.add(r);
                continue;
            }
            if (r.policy == RdmPolicy.STRICT) {
                throw new PlanningException("rdm", "RDM conflict at " + Hex.plain(r.start) + ": " + r.label()
                        + " overlaps guest RAM [0, " + Hex.plain(lowmemEnd) + ")"
                        + (highmemEnd != 0 ? " or [4 GiB, " + Hex.plain(highmemEnd) + ")" : "")
                        + " and policy is strict", List.of(r.label(), "guest RAM"));
            }
            notes.add("rdm: ignoring the conflict of " + r.label() + " with guest RAM (policy relaxed); it is "
                    + "left out of the guest's map");
            out.add(new Rdm(r.start, r.size, RdmPolicy.INVALID));
        }
        return new RdmPass(out, split);
    }
}
