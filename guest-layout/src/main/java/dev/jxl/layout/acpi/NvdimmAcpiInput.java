package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the guest ACPI for vNVDIMMs depends on: the vNVDIMMs, in the order their NFIT structures
 * and namespace devices are emitted (QEMU uses its device-list order; jxl the config order).
 */
public record NvdimmAcpiInput(List<VnvdimmRange> vnvdimms) {
    public NvdimmAcpiInput {
        vnvdimms = List.copyOf(vnvdimms);
        Set<Integer> seen = new HashSet<>();
        for (VnvdimmRange v : vnvdimms) {
            if (!seen.add(v.index())) {
                throw new IllegalArgumentException("vnvdimm[" + v.index() + "] appears twice");
            }
        }
        List<VnvdimmRange> byBase = new ArrayList<>(vnvdimms);
        byBase.sort(Comparator.comparingLong(VnvdimmRange::guestBaseBytes));
        for (int i = 1; i < byBase.size(); i++) {
            VnvdimmRange a = byBase.get(i - 1);
            VnvdimmRange b = byBase.get(i);
            if (b.guestBaseBytes() < a.guestEndBytes()) {
                throw new IllegalArgumentException("vnvdimm[" + b.index() + "] [" + VnvdimmRange.hex(b.guestBaseBytes())
                        + ", +" + b.dataSizeBytes() + ") overlaps vnvdimm[" + a.index() + "] ["
                        + VnvdimmRange.hex(a.guestBaseBytes()) + ", +" + a.dataSizeBytes() + ")");
            }
        }
    }

    public static NvdimmAcpiInput of(VnvdimmRange... vnvdimms) {
        return new NvdimmAcpiInput(List.of(vnvdimms));
    }

    public boolean isEmpty() {
        return vnvdimms.isEmpty();
    }
}
