package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the guest ACPI for vNVDIMMs depends on: the vNVDIMMs, in the order their NFIT structures
 * and namespace devices are emitted (QEMU uses its device-list order; jxl the config order). No two
 * guest ranges the tables name may overlap: neither two vNVDIMMs' data, nor a label window and any
 * data or another label window.
 */
public record NvdimmAcpiInput(List<VnvdimmRange> vnvdimms) {
    /** A guest range the tables name, for the overlap check. */
    private record Span(String what, long base, long size) {
        long end() {
            return base + size;
        }

        @Override
        public String toString() {
            return what + " [" + VnvdimmRange.hex(base) + ", +" + size + ")";
        }
    }

    public NvdimmAcpiInput {
        vnvdimms = List.copyOf(vnvdimms);
        Set<Integer> seen = new HashSet<>();
        List<Span> spans = new ArrayList<>();
        for (VnvdimmRange v : vnvdimms) {
            if (!seen.add(v.index())) {
                throw new IllegalArgumentException("vnvdimm[" + v.index() + "] appears twice");
            }
            spans.add(new Span("vnvdimm[" + v.index() + "]", v.guestBaseBytes(), v.dataSizeBytes()));
            v.labelGuestBaseBytes().ifPresent(base ->
                    spans.add(new Span("vnvdimm[" + v.index() + "] label window", base, v.labelSizeBytes())));
        }
        spans.sort((a, b) -> Long.compare(a.base(), b.base()));
        for (int i = 1; i < spans.size(); i++) {
            Span a = spans.get(i - 1);
            Span b = spans.get(i);
            if (b.base() < a.end()) {
                throw new IllegalArgumentException(b + " overlaps " + a);
            }
        }
    }

    public static NvdimmAcpiInput of(VnvdimmRange... vnvdimms) {
        return new NvdimmAcpiInput(List.of(vnvdimms));
    }

    public boolean isEmpty() {
        return vnvdimms.isEmpty();
    }

    /** Whether any vNVDIMM exposes its label pages (the SSDT then carries label methods). */
    public boolean exposesLabels() {
        return vnvdimms.stream().anyMatch(VnvdimmRange::exposesLabels);
    }
}
