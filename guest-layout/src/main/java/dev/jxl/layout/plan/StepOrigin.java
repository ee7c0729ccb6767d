package dev.jxl.layout.plan;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.IomemRange;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.VnvdimmPlacement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The config key (and list item) a build step comes from, so a step the hypervisor refuses is
 * reported where the config asked for it: createdomain at {@code name}, a pmem mapping at its
 * {@code vnvdimms} item, an MMIO mapping at its {@code iomem} item, memory steps at {@code memory}.
 * Empty for a step no key asks for ({@code unpausedomain}).
 */
public record StepOrigin(String key, OptionalInt index) {

    public static Optional<StepOrigin> of(BuildStep step, DomainConfig config, GuestLayout layout) {
        if (step instanceof BuildStep.CreateDomain) {
            return key("name");
        }
        if (step instanceof BuildStep.SetMaxMem || step instanceof BuildStep.PopulateRam
                || step instanceof BuildStep.SetMemoryMap) {
            return key("memory");
        }
        if (step instanceof BuildStep.MapPmem p) {
            for (VnvdimmPlacement v : layout.vnvdimms()) {
                if (Long.compareUnsigned(p.mfn() - v.mfn(), v.nrPages()) < 0) {
                    return item("vnvdimms", v.index());
                }
            }
            return key("vnvdimms");
        }
        if (step instanceof BuildStep.MapMmio m) {
            List<IomemRange> iomem = config.libxl().bInfo().iomem();
            for (int i = 0; i < iomem.size(); i++) {
                IomemRange r = iomem.get(i);
                if (r.start() == m.mfn() && r.effectiveGfn() == m.gfn()) {
                    return item("iomem", i);
                }
            }
            return key("iomem");
        }
        if (step instanceof BuildStep.LoadAcpi) {
            return key("vnvdimms");
        }
        if (step instanceof BuildStep.WriteXenstore w) {
            String path = w.path();
            if (path.equals("name")) {
                return key("name");
            }
            if (path.startsWith("memory/")) {
                return key("memory");
            }
            if (path.startsWith("cpu/")) {
                return key("vcpus");
            }
            if (path.startsWith("platform/mmio_hole")) {
                return key("mmio_hole");
            }
            if (path.startsWith("hvmloader/dm-acpi")) {
                return key("vnvdimms");
            }
        }
        return Optional.empty();
    }

    private static Optional<StepOrigin> key(String key) {
        return Optional.of(new StepOrigin(key, OptionalInt.empty()));
    }

    private static Optional<StepOrigin> item(String key, int index) {
        return Optional.of(new StepOrigin(key, OptionalInt.of(index)));
    }
}
