package dev.jxl.layout;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.JxlExtensions;
import dev.jxl.config.libxl.ActionOnShutdown;
import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.CreateInfo;
import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.GuestTypeInfo;
import dev.jxl.config.libxl.HvmInfo;
import dev.jxl.config.libxl.LibxlDomainConfig;
import dev.jxl.config.libxl.PciDevice;
import dev.jxl.config.libxl.PvInfo;
import dev.jxl.config.libxl.PvhInfo;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** Typed configs built by hand, as the binder would fill them, for planner tests. */
final class TestConfigs {
    private TestConfigs() {
    }

    static DomainConfig hvm(long memoryMib, Consumer<BuildInfo.Builder> b, Consumer<HvmInfo.Builder> h) {
        HvmInfo.Builder hb = new HvmInfo.Builder();
        h.accept(hb);
        return config(DomainType.HVM, memoryMib, b, hb.build(), List.of(), OptionalLong.empty());
    }

    static DomainConfig hvm(long memoryMib) {
        return hvm(memoryMib, b -> { }, h -> { });
    }

    static DomainConfig pvh(long memoryMib, Consumer<BuildInfo.Builder> b) {
        return config(DomainType.PVH, memoryMib, b, PvhInfo.UNSET, List.of(), OptionalLong.empty());
    }

    static DomainConfig pv(long memoryMib, long maxmemMib, boolean e820Host, boolean pci, OptionalLong holeStart) {
        return config(DomainType.PV, memoryMib, b -> b.maxMemkb = maxmemMib << 10,
                new PvInfo(dev.jxl.config.libxl.LibxlJson.MEMKB_DEFAULT, e820Host ? Defbool.TRUE : Defbool.DEFAULT),
                pci ? List.of(new PciDevice(0, 0, 3, 0, 0, 1, false, false, false, false, null, null)) : List.of(), holeStart);
    }

    static DomainConfig config(DomainType type, long memoryMib, Consumer<BuildInfo.Builder> b, GuestTypeInfo info,
            List<PciDevice> pci, OptionalLong holeStart) {
        BuildInfo.Builder bb = new BuildInfo.Builder();
        bb.targetMemkb = memoryMib << 10;
        bb.maxMemkb = memoryMib << 10;
        bb.maxVcpus = 1;
        bb.typeInfo = info;
        b.accept(bb);
        CreateInfo c = new CreateInfo(type, Defbool.DEFAULT, Defbool.DEFAULT, null, "test", null, null,
                Defbool.DEFAULT, Defbool.DEFAULT, CreateInfo.Passthrough.DEFAULT, Defbool.DEFAULT);
        LibxlDomainConfig l = new LibxlDomainConfig(c, bb.build(), List.of(), List.of(), pci, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                ActionOnShutdown.DESTROY, ActionOnShutdown.RESTART, ActionOnShutdown.DESTROY, ActionOnShutdown.DESTROY,
                ActionOnShutdown.SOFT_RESET);
        return new DomainConfig("test.cfg", l, new JxlExtensions(List.of(), holeStart));
    }
}
