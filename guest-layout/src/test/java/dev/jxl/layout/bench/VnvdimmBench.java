package dev.jxl.layout.bench;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.PlanningException;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * vNVDIMM planning speed and heap (not a unit test): 64 vNVDIMMs totalling 6 TiB with the most vCPUs
 * an HVM guest may have (128; 288 is refused, shown first), warm median per plan, and bytes allocated
 * per plan (ThreadMXBean) for the same count at 1 GiB-scale and 6 TiB. Run:
 * {@code mvn -o -q -pl guest-layout -am test-compile && java -cp "guest-layout/target/classes:guest-layout/target/test-classes:grammar/diag/target/classes:grammar/xl-syntax/target/classes:grammar/config/target/classes:$HOME/.m2/repository/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar" dev.jxl.layout.bench.VnvdimmBench}
 */
public final class VnvdimmBench {
    static final long GIB = 1L << 30;
    static final long TIB = 1L << 40;

    private VnvdimmBench() {
    }

    public static void main(String[] args) {
        Host host = host();
        try {
            LayoutPlanner.plan(config(288, 64, 96 * GIB >> 12), host);
            System.out.println("288 vCPUs: planned (unexpected)");
        } catch (RuntimeException e) {
            System.out.println("288 vCPUs HVM: refused: " + e.getMessage());
        }
        DomainConfig big = config(128, 64, 96 * GIB >> 12);
        GuestLayout l = LayoutPlanner.plan(big, host);
        System.out.printf("64 x 96 GiB, 128 vCPUs: %d extents, %d E820 entries, dm-acpi %d bytes%n",
                l.pmemExtents().size(), l.e820().size(), l.dmAcpi().orElseThrow().length());
        time("plan 64 vNVDIMMs = 6 TiB, 128 vCPUs", big, host);
        DomainConfig small64 = config(128, 64, (128L << 20) >> 12);
        DomainConfig small8 = config(128, 8, (128L << 20) >> 12);
        DomainConfig big8 = config(128, 8, (768 * GIB) >> 12);
        for (int i = 0; i < 20_000; i++) {
            LayoutPlanner.plan(small64, host);
            LayoutPlanner.plan(small8, host);
            LayoutPlanner.plan(big8, host);
        }
        System.out.printf("allocated per plan, 8 vNVDIMMs:  1 GiB total %d B, 6 TiB total %d B%n",
                allocated(small8, host), allocated(big8, host));
        System.out.printf("allocated per plan, 64 vNVDIMMs: 8 GiB total %d B, 6 TiB total %d B%n",
                allocated(small64, host), allocated(big, host));
    }

    static void time(String name, DomainConfig c, Host host) {
        for (int i = 0; i < 20_000; i++) {
            LayoutPlanner.plan(c, host);
        }
        int rounds = 15;
        int per = 500;
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < per; i++) {
                LayoutPlanner.plan(c, host);
            }
            us[r] = (System.nanoTime() - t0) / 1000.0 / per;
        }
        Arrays.sort(us);
        System.out.printf("%-40s median %8.1f us/plan (min %.1f, max %.1f)%n", name, us[rounds / 2], us[0], us[rounds - 1]);
    }

    static long allocated(DomainConfig c, Host host) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long t = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(t);
        for (int i = 0; i < 1000; i++) {
            LayoutPlanner.plan(c, host);
        }
        return (mx.getThreadAllocatedBytes(t) - before) / 1000;
    }

    /** examples/hosts/pmem-6t.json, in Java: 2 TiB DRAM, four 1.5 TiB pmem regions from 2 TiB. */
    static Host host() {
        List<E820Entry> e = new ArrayList<>(List.of(E820Entry.range(0, 0x9C000, E820Type.RAM),
                E820Entry.range(0x100000, 0x80000000L, E820Type.RAM), E820Entry.range(1L << 32, 2 * TIB, E820Type.RAM)));
        List<PmemRegion> pmem = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            pmem.add(new PmemRegion(2 * TIB + n * (3 * TIB / 2), 3 * TIB / 2, n));
        }
        return new Host("4.17", 448, 2 * TIB >> 10, (2 * TIB >> 10) - (64 << 20), 46, 256 * 1024, new E820Map(e), pmem,
                List.of());
    }

    static DomainConfig config(int vcpus, int count, long pagesEach) {
        StringBuilder b = new StringBuilder("name='bench'\ntype='hvm'\nmemory=262144\nvcpus=" + vcpus + "\nvnvdimms=[");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",").append("'type=mfn, backend=0x").append(Long.toHexString((2 * TIB >> 12) + i * pagesEach))
                    .append(", nr_pages=").append(pagesEach).append(pagesEach < (1 << 18) ? ", align=0x8000000'" : "'");
        }
        return ConfigLoader.fromText("bench.cfg", b.append("]\n").toString(), List.of()).config();
    }
}
