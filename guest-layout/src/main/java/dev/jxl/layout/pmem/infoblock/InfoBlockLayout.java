package dev.jxl.layout.pmem.infoblock;

/**
 * Where the info block lives and the x86-64 constants the writer and validator use (Linux:
 * {@code nd_info_block_reserve()}, {@code SUBSECTION_SIZE}, {@code MAX_STRUCT_PAGE_SIZE}).
 */
public final class InfoBlockLayout {
    public static final int PAGE_SIZE = 4096;
    /** The block sits at +4 KiB; bytes 0..4095 of the namespace are left to others (a label, a BTT copy). */
    public static final int INFO_BLOCK_OFFSET = 4096;
    /** {@code nd_info_block_reserve()}: the 8 KiB ndctl reads and writes as one image. */
    public static final int INFO_AREA_SIZE = 8192;
    /** {@code memremap_compat_align()} on x86-64: {@code SUBSECTION_SIZE}, 2 MiB. */
    public static final long MEMREMAP_COMPAT_ALIGN = 2L << 20;
    /** The memmap reservation per page, a constant so it does not depend on the kernel config. */
    public static final int MAX_STRUCT_PAGE_SIZE = 64;

    private InfoBlockLayout() {
    }
}
