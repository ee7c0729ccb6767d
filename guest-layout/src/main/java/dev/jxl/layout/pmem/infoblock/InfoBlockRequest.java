package dev.jxl.layout.pmem.infoblock;

import java.util.Objects;
import java.util.UUID;

/**
 * The inputs of {@code ndctl write-infoblock -s SIZE -m MODE -M MAP -a ALIGN -u UUID [-p PARENT]}
 * (without the expert {@code -O offset}: the namespace is taken to start at a physical address
 * aligned to its size, as ndctl assumes).
 *
 * @param sizeBytes  the namespace size, the whole image the block describes
 * @param alignBytes the {@code align} recorded in the block: a power of two, at least 4 KiB, and below
 *                   4 GiB because the field is a {@code u32} (ndctl would silently truncate it)
 * @param parentUuid the labelled namespace's UUID, or {@link NdPfnSb#NULL_UUID} for label-less pmem
 */
public record InfoBlockRequest(long sizeBytes, InfoBlockMode mode, PfnMode map, long alignBytes, UUID uuid,
        UUID parentUuid) {

    public InfoBlockRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(parentUuid, "parentUuid");
        if (map == PfnMode.NONE) {
            throw new InfoBlockException("map must be 'mem' or 'dev'");
        }
        // ndctl's own check (set_defaults): "align must be a power-of-2 greater than 4096"
        if (alignBytes < InfoBlockLayout.PAGE_SIZE || Long.bitCount(alignBytes) != 1) {
            throw new InfoBlockException("align must be a power-of-2 greater than " + InfoBlockLayout.PAGE_SIZE
                    + ", got " + alignBytes);
        }
        if (alignBytes >>> 32 != 0) {
            throw new InfoBlockException("align " + alignBytes + " does not fit the info block's 32-bit align field");
        }
        if (sizeBytes <= InfoBlockLayout.INFO_AREA_SIZE) {
            throw new InfoBlockException("size " + sizeBytes + " leaves no room after the "
                    + InfoBlockLayout.INFO_AREA_SIZE + "-byte info area");
        }
    }
}
