package dev.jxl.layout.pmem;

import dev.jxl.layout.host.PmemRegion;
import org.junit.jupiter.api.Test;

/** The management-area split for a 16 GiB, a 1 TiB and a 6 TiB host pmem region, as golden text. */
class ManagementAreaGoldenTest {
    private static final long G = 1L << 30;
    private static final long T = 1L << 40;

    @Test
    void region16GiBAt9GiB() {
        verify("management-area-16GiB", new PmemRegion(9 * G, 16 * G, 0));
    }

    @Test
    void region1TiBAcrossThe1TiBCompatLimit() {
        verify("management-area-1TiB", new PmemRegion(512 * G, T, 0));
    }

    @Test
    void region6TiBAbove4TiB() {
        verify("management-area-6TiB", new PmemRegion(4 * T, 6 * T, 1));
    }

    private static void verify(String name, PmemRegion region) {
        PmemGolden.verify(name, ManagementAreaReport.render(ManagementAreaPlan.minimal(region)));
    }
}
