package dev.jxl.layout.pmem.infoblock;

/**
 * {@code enum nd_pfn_mode}: where the memmap ({@code struct page} array) lives. ndctl's
 * {@code --map=mem} is {@link #RAM}, {@code --map=dev} is {@link #PMEM}.
 */
public enum PfnMode {
    NONE(0, "none"),
    RAM(1, "mem"),
    PMEM(2, "dev");

    private final int value;
    private final String ndctlMap;

    PfnMode(int value, String ndctlMap) {
        this.value = value;
        this.ndctlMap = ndctlMap;
    }

    /** The on-media value of {@code nd_pfn_sb.mode}. */
    public int value() {
        return value;
    }

    /** The word ndctl's {@code --map} takes ({@code mem} or {@code dev}). */
    public String ndctlMap() {
        return ndctlMap;
    }

    public static PfnMode byNdctlMap(String map) {
        return switch (map) {
            case "mem" -> RAM;
            case "dev" -> PMEM;
            default -> throw new IllegalArgumentException("invalid map location '" + map + "' (mem or dev)");
        };
    }
}
