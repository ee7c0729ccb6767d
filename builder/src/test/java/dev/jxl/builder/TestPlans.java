package dev.jxl.builder;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.LayoutBuildInputs;
import java.util.List;

/**
 * The plans the backend tests build, one per guest shape: each config planned by the layout planner
 * on the built-in host, exactly as {@code jxl create} plans it (no hand-written layout).
 */
public final class TestPlans {
    /** Node 0's first data frame on the built-in host (after its management area). */
    public static final long PMEM_DATA_MFN = dev.jxl.builder.sim.BuiltinHost.get().pmemData().get(0).smfn();

    private TestPlans() {
    }

    public static List<String> names() {
        return List.of("hvm-pmem", "pvh-acpi", "pv-basic", "hvm-mmio");
    }

    public static BuildPlan get(String name) {
        return switch (name) {
            case "hvm-pmem" -> hvmPmem("hvm-pmem");
            case "pvh-acpi" -> plan("pvh-acpi", "type = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemory = 8192\nvcpus = 4\n");
            case "pv-basic" -> plan("pv-basic",
                    "type = \"pv\"\nkernel = \"/boot/vmlinuz\"\nmemory = 1024\nmaxmem = 2048\nvcpus = 2\n");
            // a 1 MiB host MMIO BAR (in the built-in host's PCI hole) passed through into a 512 MiB hole
            case "hvm-mmio" -> plan("hvm-mmio",
                    "type = \"hvm\"\nmemory = 1024\nvcpus = 1\nmmio_hole = 512\niomem = [ \"c0000,100@e0000\" ]\n");
            default -> {
                if (name.startsWith("hvm-pmem-")) {
                    yield hvmPmem(name); // same pmem, another name: for races
                }
                throw new IllegalArgumentException("no test plan " + name);
            }
        };
    }

    /** HVM, 2048 MiB, one 1 GiB vNVDIMM (above 4 GiB) with 32 label pages, at node 0's first data frame. */
    static BuildPlan hvmPmem(String name) {
        return plan(name, "type = \"hvm\"\nmemory = 2048\nvcpus = 2\nvnvdimms = [ 'type=mfn, backend=0x"
                + Long.toHexString(PMEM_DATA_MFN) + ", nr_pages=262176, nr_label_pages=32' ]\n");
    }

    static BuildPlan plan(String name, String text) {
        DomainConfig c = ConfigLoader.fromText(name + ".cfg", "name = \"" + name + "\"\n" + text, List.of()).config();
        GuestLayout layout = LayoutPlanner.plan(c, HostDescriptions.builtIn());
        return BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout));
    }
}
