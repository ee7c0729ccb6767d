package dev.jxl.layout.pmem.infoblock;

import java.util.List;

/**
 * The properties of the running kernel that {@code nd_pfn_validate} consults.
 *
 * @param pageSize             {@code PAGE_SIZE}
 * @param structPageSize       {@code sizeof(struct page)} (64 on production x86-64 configs)
 * @param supportedAlignments  {@code nd_pfn_supported_alignments()}: PAGE_SIZE, then HPAGE_PMD_SIZE with
 *                             THP, then HPAGE_PUD_SIZE with PUD THP
 * @param defaultAlignment     {@code nd_pfn_default_alignment()}, the live align at probe time (printed
 *                             in "alignment mismatch")
 * @param memremapCompatAlign  {@code memremap_compat_align()}
 */
public record KernelProfile(long pageSize, int structPageSize, List<Long> supportedAlignments,
        long defaultAlignment, long memremapCompatAlign) {

    public KernelProfile {
        supportedAlignments = List.copyOf(supportedAlignments);
    }

    /** x86-64 with transparent huge pages at both PMD and PUD level. */
    public static KernelProfile x86_64() {
        return new KernelProfile(4096, 64, List.of(4096L, 2L << 20, 1L << 30), 2L << 20, 2L << 20);
    }
}
