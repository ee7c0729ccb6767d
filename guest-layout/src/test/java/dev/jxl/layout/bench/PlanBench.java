package dev.jxl.layout.bench;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.JxlExtensions;
import dev.jxl.config.libxl.ActionOnShutdown;
import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.CreateInfo;
import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.HvmInfo;
import dev.jxl.config.libxl.LibxlDomainConfig;
import dev.jxl.config.libxl.PvInfo;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Planning speed (not a unit test): a 4 TiB guest on a host with a 1 000-entry E820, HVM and PV
 * with pci_hole_start, plus the migration-safe hole over 8 such hosts. Prints the median of 15
 * rounds of 2 000 plans each, after warm-up. Run:
 * {@code mvn -o -q -pl guest-layout -am test-compile && java -cp "guest-layout/target/classes:guest-layout/target/test-classes:grammar/diag/target/classes:grammar/config/target/classes" dev.jxl.layout.bench.PlanBench}
 */
public final class PlanBench {
    private PlanBench() {
    }

    public static void main(String[] args) {
        Host host = host(1000);
        DomainConfig hvm = config(DomainType.HVM, OptionalLong.empty());
        DomainConfig pv = config(DomainType.PV, OptionalLong.of(0xC0000000L));
        List<Host> pool = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pool.add(host(1000));
        }
        report("hvm 4 TiB, 1000-entry host E820", () -> LayoutPlanner.plan(hvm, host).e820().size());
        report("pv 4 TiB + pci_hole_start", () -> LayoutPlanner.plan(pv, host).e820().size());
        report("migration-safe hole, 8 hosts x 1000 entries", () -> (int) LayoutPlanner.migrationSafePciHoleStart(pool));
    }

    interface Work {
        int run();
    }

    static void report(String name, Work w) {
        int rounds = 15;
        int perRound = 2000;
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += w.run();
        }
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += w.run();
            }
            us[r] = (System.nanoTime() - t0) / 1000.0 / perRound;
        }
        Arrays.sort(us);
        System.out.printf("%-48s median %8.2f us/plan (min %.2f, max %.2f) [%d]%n", name, us[rounds / 2], us[0],
                us[rounds - 1], sink & 1);
    }

    static Host host(int entries) {
        List<E820Entry> e = new ArrayList<>();
        e.add(E820Entry.range(0, 0x9C000, E820Type.RAM));
        e.add(E820Entry.range(0xE0000, 0x100000, E820Type.RESERVED));
        e.add(E820Entry.range(0x100000, 0xC0000000L, E820Type.RAM));
        long at = 1L << 32;
        while (e.size() < entries) {
            e.add(new E820Entry(at, 8L << 30, E820Type.RAM));
            at += 8L << 30;
            e.add(new E820Entry(at, 1L << 20, E820Type.RESERVED));
            at += 1L << 20;
        }
        return new Host("4.17", 448, 8L << 30, 8L << 30, 46, 256 * 1024, new E820Map(e), List.of(), List.of());
    }

    static DomainConfig config(DomainType type, OptionalLong hole) {
        BuildInfo.Builder b = new BuildInfo.Builder();
        b.maxMemkb = 4L << 30; // 4 TiB in KiB
        b.targetMemkb = 4L << 30;
        b.maxVcpus = 64;
        b.typeInfo = type == DomainType.HVM ? new HvmInfo.Builder().build() : PvInfo.UNSET;
        CreateInfo c = new CreateInfo(type, Defbool.DEFAULT, Defbool.DEFAULT, null, "bench", null, null,
                Defbool.DEFAULT, Defbool.DEFAULT, CreateInfo.Passthrough.DEFAULT, Defbool.DEFAULT);
        LibxlDomainConfig l = new LibxlDomainConfig(c, b.build(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), ActionOnShutdown.DESTROY, ActionOnShutdown.RESTART, ActionOnShutdown.DESTROY,
                ActionOnShutdown.DESTROY, ActionOnShutdown.SOFT_RESET);
        return new DomainConfig("bench.cfg", l, new JxlExtensions(List.of(), hole));
    }
}
