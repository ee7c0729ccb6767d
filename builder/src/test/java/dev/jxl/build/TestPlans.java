package dev.jxl.build;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.plan.BuildInputs;
import dev.jxl.layout.plan.BuildInputs.GfnRange;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.BuildStep.LoadAcpi;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.plan.BuildStep.XenstoreWrite;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The plans the backend tests build, one per guest shape. Their layout inputs are written by hand
 * from notes/layout.md (§1.1, §1.4, §2, §4.4) until the layout planner feeds {@link BuildInputs}.
 * Host frames refer to {@link dev.jxl.build.sim.BuiltinHost}.
 */
public final class TestPlans {
    /** Node 0's first data frame on the built-in host (after its management area). */
    public static final long PMEM_DATA_MFN = dev.jxl.build.sim.BuiltinHost.get().pmemData().get(0).smfn();

    private TestPlans() {
    }

    public static List<String> names() {
        return List.of("hvm-pmem", "pvh-acpi", "pv-basic", "hvm-mmio");
    }

    public static BuildPlan get(String name) {
        return switch (name) {
            case "hvm-pmem" -> hvmPmem("hvm-pmem");
            case "pvh-acpi" -> pvhAcpi();
            case "pv-basic" -> pvBasic();
            case "hvm-mmio" -> hvmMmio();
            default -> {
                if (name.startsWith("hvm-pmem-")) {
                    yield hvmPmem(name); // same pmem, another name: for races
                }
                throw new IllegalArgumentException("no test plan " + name);
            }
        };
    }

    static DomainConfig config(String name, String text) {
        return ConfigLoader.fromText(name + ".cfg", "name = \"" + name + "\"\n" + text, List.of()).config();
    }

    /** HVM, 2048 MiB (8 MiB video), one 1 GiB vNVDIMM at 4 GiB with a 128 KiB label. */
    static BuildPlan hvmPmem(String name) {
        DomainConfig c = config(name, "type = \"hvm\"\nmemory = 2048\nvcpus = 2\n");
        long ramEnd = (2048 - 8) << 8; // frames
        BuildInputs in = new BuildInputs(
                List.of(new GfnRange(0, 0xa0), new GfnRange(0xc0, ramEnd - 0xc0)),
                List.of(),
                List.of(new E820Entry(0x100000, (ramEnd << 12) - 0x100000, E820Type.of(1))),
                List.of(new MapPmem(PMEM_DATA_MFN, 0x100000, 0x40000, PmemExtent.Type.DATA),
                        new MapPmem(PMEM_DATA_MFN + 0x40000, 0x140000, 0x20, PmemExtent.Type.LABEL)),
                List.of(), Optional.empty(), 8192, List.of());
        return BuildPlanner.plan(c, in);
    }

    /** PVH, 8192 MiB: RAM to 0xFC000000 and on above 4 GiB, ACPI tables in the hole (§2). */
    static BuildPlan pvhAcpi() {
        DomainConfig c = config("pvh-acpi", "type = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemory = 8192\nvcpus = 4\n");
        byte[] acpi = new byte[3 * 4096 + 64];
        byte[] sig = "RSDP PTR XSDT FACP DSDT APIC".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < acpi.length; i++) {
            acpi[i] = sig[i % sig.length];
        }
        BuildInputs in = new BuildInputs(
                List.of(new GfnRange(0, 0xfc000)),
                List.of(new GfnRange(0x100000, 0x104000)),
                List.of(new E820Entry(0, 0xFC000000L, E820Type.of(1)), new E820Entry(0xFEFF8000L, 0x8000, E820Type.of(2)),
                        new E820Entry(0xFC000000L, 0x4000 + 64, E820Type.of(3)), new E820Entry(0x100000000L, 0x104000000L, E820Type.of(1))),
                List.of(), List.of(), Optional.of(new LoadAcpi(0xFC000000L, acpi)), 0, List.of());
        return BuildPlanner.plan(c, in);
    }

    /** PV, 1024 MiB now, 2048 MiB max: no memory map (Xen's default), RAM from frame 0. */
    static BuildPlan pvBasic() {
        DomainConfig c = config("pv-basic",
                "type = \"pv\"\nkernel = \"/boot/vmlinuz\"\nmemory = 1024\nmaxmem = 2048\nvcpus = 2\n");
        BuildInputs in = new BuildInputs(List.of(new GfnRange(0, 0x40000)), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), 0, List.of());
        return BuildPlanner.plan(c, in);
    }

    /** HVM, 1024 MiB, a 1 MiB host MMIO BAR passed through into the guest's hole, a 512 MiB mmio_hole. */
    static BuildPlan hvmMmio() {
        DomainConfig c = config("hvm-mmio", "type = \"hvm\"\nmemory = 1024\nvcpus = 1\nmmio_hole = 512\n");
        long ramEnd = (1024 - 8) << 8;
        BuildInputs in = new BuildInputs(
                List.of(new GfnRange(0, 0xa0), new GfnRange(0xc0, ramEnd - 0xc0)),
                List.of(),
                List.of(new E820Entry(0x100000, (ramEnd << 12) - 0x100000, E820Type.of(1))),
                List.of(),
                List.of(new MapMmio(0xe0000, 0xc0000, 0x100)),
                Optional.empty(), 8192,
                List.of(new XenstoreWrite("platform/mmio_hole_size", Long.toString(512L << 20))));
        return BuildPlanner.plan(c, in);
    }
}
