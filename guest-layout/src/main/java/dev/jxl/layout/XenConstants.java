package dev.jxl.layout;

/** Xen 4.17's layout constants, named as in its sources (the header each comes from is noted). */
public final class XenConstants {
    private XenConstants() {
    }

    public static final long GIB4 = 1L << 32;
    public static final long MIB1 = 1L << 20;
    public static final long MIB2 = 2L << 20;
    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;

    /** public/hvm/e820.h: HVM_BELOW_4G_RAM_END = HVM_BELOW_4G_MMIO_START. */
    public static final long HVM_BELOW_4G_MMIO_START = 0xF0000000L;
    /** public/hvm/e820.h. */
    public static final long HVM_BELOW_4G_MMIO_LENGTH = GIB4 - HVM_BELOW_4G_MMIO_START;
    /** xenguest.h: the special pages end here (pfn). */
    public static final long X86_HVM_END_SPECIAL_REGION = 0xFF000L;
    /** xenguest.h. */
    public static final long X86_HVM_NR_SPECIAL_PAGES = 8;
    /** xg_dom_x86.c: ioreq-server pages, below the special pages, device-model guests only. */
    public static final long NR_IOREQ_SERVER_PAGES = 8;
    /** libxl_internal.h: pfns 0xA0–0xBF are never populated for HVM. */
    public static final long LIBXL_VGA_HOLE_SIZE = 0x20;
    /** libxl_arch.h / hvmloader config.h. */
    public static final long LAPIC_BASE_ADDRESS = 0xFEE00000L;
    /** libxl_arch.h / hvmloader config.h; must match the DSDT. */
    public static final long ACPI_INFO_PHYSICAL_ADDRESS = 0xFC000000L;
    /** hvmloader config.h: the 32-bit BAR window ends here (pci_mem_end). */
    public static final long RESERVED_MEMBASE = 0xFC000000L;
    /** hvmloader config.h: mem_alloc() region; libxl's RDMs must not overlap it. */
    public static final long RESERVED_MEMORY_DYNAMIC_START = 0xFC100000L;
    public static final long RESERVED_MEMORY_DYNAMIC_END = 0xFE000000L;
    /** libxl_x86.c: HVM low RAM entry starts here in the memmap libxl sets. */
    public static final long GUEST_LOW_MEM_START_DEFAULT = 0x100000L;
    /** public/hvm/hvm_info_table.h. */
    public static final long HVM_INFO_PADDR = 0x9F800L;
    /** libxl_internal.h. */
    public static final long LIBXL_RDM_MEM_BOUNDARY_MEMKB_DEFAULT = 2048L * 1024;
    /** libxl: 32 MiB when neither memory nor maxmem is given. */
    public static final long DEFAULT_MAX_MEMKB = 32L * 1024;
    /** hvmloader pci.c: 64-bit BARs above this always go above 4 GiB (4.17.4 on). */
    public static final long BAR_RELOC_THRESH = 1L << 30;
    /** libxl E820MAX: libxl's memmap (PVH) must have fewer entries than this. */
    public static final int E820MAX = 128;
    /** seabios.c / ovmf.c: scratch_alloc(sizeof(struct e820entry) * 16), with no bound check. */
    public static final int FIRMWARE_E820_SLOTS = 16;
    /** public/hvm/hvm_info_table.h: the hypervisor refuses more vCPUs for HVM and PVH. */
    public static final int HVM_MAX_VCPUS = 128;
    /** xen/arch/x86/include/asm/config.h: MAX_VIRT_CPUS for PV (GDT_LDT area: 1024 MiB >> 17). */
    public static final int MAX_VIRT_CPUS = 8192;
    /** public/hvm/ioreq.h: one shared ioreq page holds a 32-byte ioreq_t per vCPU. */
    public static final int IOREQS_PER_PAGE = 4096 / 32;
    /** libxl_x86_acpi.c: PVH gets at most this many pages of ACPI tables. */
    public static final int NUM_ACPI_PAGES = 16;
}
