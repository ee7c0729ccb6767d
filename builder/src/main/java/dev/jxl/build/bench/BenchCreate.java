package dev.jxl.build.bench;

import dev.jxl.build.DomainBuilder;
import dev.jxl.build.sim.BuiltinHost;
import dev.jxl.build.sim.SimBackend;
import dev.jxl.build.sim.SimOptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.layout.plan.BuildInputs;
import dev.jxl.layout.plan.BuildInputs.GfnRange;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.BuildStep.MemmapEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The create half of the benchmark, as a cold process: {@code BenchCreate STATE_DIR CONFIG} loads the
 * config, plans and builds it on the sim. Until {@code jxl create} is wired to the layout planner,
 * its RAM split is the plain one of notes/layout.md §1.1 (HVM: hole at 0xF0000000, VGA hole skipped;
 * PVH: hole at 0xFC000000; PV: RAM from 0) — a stand-in that costs what the planner would, not a layout.
 */
public final class BenchCreate {
    private BenchCreate() {
    }

    public static void main(String[] args) {
        DomainConfig c = ConfigLoader.load(Path.of(args[1]), List.of()).config();
        long maxKib = c.libxl().bInfo().maxMemkb() == LibxlJson.MEMKB_DEFAULT ? 32768 : c.libxl().bInfo().maxMemkb();
        long targetKib = c.libxl().bInfo().targetMemkb() == LibxlJson.MEMKB_DEFAULT ? maxKib
                : c.libxl().bInfo().targetMemkb();
        long videoKib = c.type() == DomainType.HVM ? 8192 : 0;
        long frames = (targetKib - videoKib) / 4;
        long holeGfn = c.type() == DomainType.HVM ? 0xF0000 : 0xFC000;
        long low = Math.min(frames, holeGfn);
        List<GfnRange> below = new ArrayList<>();
        List<MemmapEntry> map = new ArrayList<>();
        if (c.type() == DomainType.HVM) {
            below.add(new GfnRange(0, 0xa0));
            below.add(new GfnRange(0xc0, low - 0xc0));
            map.add(new MemmapEntry(0x100000, (low << 12) - 0x100000, 1));
        } else {
            below.add(new GfnRange(0, low));
        }
        List<GfnRange> above = frames > low ? List.of(new GfnRange(0x100000, frames - low)) : List.of();
        if (!above.isEmpty() && c.type() != DomainType.PV) {
            map.add(new MemmapEntry(1L << 32, (frames - low) << 12, 1));
        }
        BuildInputs in = new BuildInputs(below, above, map, List.of(), List.of(), Optional.empty(), videoKib, List.of());
        try (SimBackend b = SimBackend.open(Path.of(args[0]), BuiltinHost::get, SimOptions.fromEnvironment(),
                System.err::println)) {
            DomainBuilder.Built built = new DomainBuilder(b).build(BuildPlanner.plan(c, in));
            System.out.println(built.domid() + " " + built.name());
        }
    }
}
