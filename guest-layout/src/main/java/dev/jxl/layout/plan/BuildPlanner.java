package dev.jxl.layout.plan;

import dev.jxl.config.DomainConfig;
import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.layout.plan.BuildStep.CreateDomain;
import dev.jxl.layout.plan.BuildStep.PopulateRam;
import dev.jxl.layout.plan.BuildStep.SetMaxMem;
import dev.jxl.layout.plan.BuildStep.SetMemoryMap;
import dev.jxl.layout.plan.BuildStep.Unpause;
import dev.jxl.layout.plan.BuildStep.WriteXenstore;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the build steps of a domain from its config and its layout, in the order libxl issues
 * the operations (create, build_pre, build, device model / pmem, build_post, unpause). Pure.
 */
public final class BuildPlanner {
    /** {@code LIBXL_MAXMEM_CONSTANT}: the slack libxl adds to max_mem on x86 (libxl__arch_extra_memory). */
    public static final long MAXMEM_CONSTANT_KIB = 1024;
    /** libxl's default {@code max_memkb} when a config names no memory (libxl__domain_build_info_setdefault). */
    public static final long DEFAULT_MAX_MEM_KIB = 32 * 1024;

    private BuildPlanner() {
    }

    public static BuildPlan plan(DomainConfig config, BuildInputs in) {
        BuildInfo b = config.libxl().bInfo();
        long maxMemKib = b.maxMemkb() == LibxlJson.MEMKB_DEFAULT ? DEFAULT_MAX_MEM_KIB : b.maxMemkb();
        long targetMemKib = b.targetMemkb() == LibxlJson.MEMKB_DEFAULT ? maxMemKib : b.targetMemkb();
        int maxVcpus = b.maxVcpus() <= 0 ? 1 : Math.toIntExact(b.maxVcpus());
        DomainType type = config.type();
        String name = config.name();
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(config.source() + ": the domain has no name");
        }

        List<BuildStep> steps = new ArrayList<>();
        steps.add(new CreateDomain(name, type, maxVcpus));
        steps.add(new SetMaxMem(targetMemKib + MAXMEM_CONSTANT_KIB)); // libxl__build_pre
        if (!in.memoryMap().isEmpty()) {
            steps.add(new SetMemoryMap(in.memoryMap()));
        }
        in.ramBelow4g().forEach(r -> steps.add(new PopulateRam(r.startGfn(), r.nrPages())));
        in.ramAbove4g().forEach(r -> steps.add(new PopulateRam(r.startGfn(), r.nrPages())));
        steps.addAll(in.pmem());
        steps.addAll(in.mmio());
        in.acpi().ifPresent(steps::add);

        // libxl__build_post: the domain's memory and vCPU nodes, then the layout's own
        steps.add(WriteXenstore.of("name", name));
        steps.add(WriteXenstore.of("memory/static-max", Long.toString(maxMemKib)));
        long fudgeKib = in.videoMemKib() + (type == DomainType.HVM && maxMemKib > targetMemKib ? MAXMEM_CONSTANT_KIB : 0);
        steps.add(WriteXenstore.of("memory/target", Long.toString(targetMemKib - fudgeKib)));
        steps.add(WriteXenstore.of("memory/videoram", Long.toString(in.videoMemKib())));
        List<Integer> avail = b.availVcpus();
        for (int i = 0; i < maxVcpus; i++) {
            boolean online = avail.isEmpty() ? true : avail.contains(i); // libxl sets all bits when unset
            steps.add(WriteXenstore.of("cpu/" + i + "/availability", online ? "online" : "offline"));
        }
        steps.addAll(in.xenstore());
        steps.add(new Unpause());
        return new BuildPlan(steps);
    }
}
