package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.*;
import java.util.List;

/** libxl_domain_build_info as xl fills it, fields in IDL order ({@code b_info} in the JSON). */
public record BuildInfo(
        long maxVcpus,
        List<Integer> availVcpus,
        List<List<Integer>> vcpuHardAffinity,
        List<List<Integer>> vcpuSoftAffinity,
        Defbool numaPlacement,
        TscMode tscMode,
        long maxMemkb,
        long targetMemkb,
        long videoMemkb,
        long shadowMemkb,
        long rtcTimeoffset,
        String execSsidLabel,
        Defbool localtime,
        Defbool disableMigrate,
        CpuidPolicy cpuid,
        List<VnodeInfo> vnumaNodes,
        long maxGrantFrames,
        long maxMaptrackFrames,
        long maxGrantVersion,
        DeviceModelVersion deviceModelVersion,
        Defbool deviceModelStubdomain,
        long stubdomainMemkb,
        String stubdomainKernel,
        String stubdomainCmdline,
        String stubdomainRamdisk,
        String deviceModel,
        String deviceModelSsidLabel,
        String deviceModelUser,
        List<String> extra,
        List<String> extraPv,
        List<String> extraHvm,
        SchedParams schedParams,
        List<IoportRange> ioports,
        List<Long> irqs,
        List<IomemRange> iomem,
        Defbool claimMode,
        long eventChannels,
        String kernel,
        String cmdline,
        String ramdisk,
        String deviceTree,
        Defbool acpi,
        String bootloader,
        List<String> bootloaderArgs,
        TimerMode timerMode,
        Defbool nestedHvm,
        Defbool apic,
        Defbool dmRestrict,
        Tee tee,
        GuestTypeInfo typeInfo,
        GicVersion gicVersion,
        VuartType vuart,
        Defbool msrRelaxed,
        Altp2mMode altp2m,
        long vmtraceBufKb,
        Defbool vpmu) implements LibxlJson.Struct {

    public BuildInfo {
        availVcpus = List.copyOf(availVcpus);
        vcpuHardAffinity = List.copyOf(vcpuHardAffinity);
        vcpuSoftAffinity = List.copyOf(vcpuSoftAffinity);
        vnumaNodes = List.copyOf(vnumaNodes);
        extra = List.copyOf(extra);
        extraPv = List.copyOf(extraPv);
        extraHvm = List.copyOf(extraHvm);
        ioports = List.copyOf(ioports);
        irqs = List.copyOf(irqs);
        iomem = List.copyOf(iomem);
        bootloaderArgs = List.copyOf(bootloaderArgs);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.integer("max_vcpus", maxVcpus, 0);
        j.bitmap("avail_vcpus", availVcpus);
        j.bitmaps("vcpu_hard_affinity", vcpuHardAffinity);
        j.bitmaps("vcpu_soft_affinity", vcpuSoftAffinity);
        j.defbool("numa_placement", numaPlacement);
        j.enumeration("tsc_mode", tscMode, TscMode.DEFAULT);
        j.memkb("max_memkb", maxMemkb);
        j.memkb("target_memkb", targetMemkb);
        j.memkb("video_memkb", videoMemkb);
        j.memkb("shadow_memkb", shadowMemkb);
        j.integer("rtc_timeoffset", rtcTimeoffset, 0);
        j.string("exec_ssid_label", execSsidLabel);
        j.defbool("localtime", localtime);
        j.defbool("disable_migrate", disableMigrate);
        if (cpuid != null) { cpuid.write(j.raw("cpuid")); }
        j.structs("vnuma_nodes", vnumaNodes);
        j.integer("max_grant_frames", maxGrantFrames, 0xFFFFFFFFL);
        j.integer("max_maptrack_frames", maxMaptrackFrames, 0xFFFFFFFFL);
        j.integer("max_grant_version", maxGrantVersion, -1);
        j.enumeration("device_model_version", deviceModelVersion, DeviceModelVersion.UNKNOWN);
        j.defbool("device_model_stubdomain", deviceModelStubdomain);
        j.memkb("stubdomain_memkb", stubdomainMemkb);
        j.string("stubdomain_kernel", stubdomainKernel);
        j.string("stubdomain_cmdline", stubdomainCmdline);
        j.string("stubdomain_ramdisk", stubdomainRamdisk);
        j.string("device_model", deviceModel);
        j.string("device_model_ssid_label", deviceModelSsidLabel);
        j.string("device_model_user", deviceModelUser);
        j.stringList("extra", extra);
        j.stringList("extra_pv", extraPv);
        j.stringList("extra_hvm", extraHvm);
        j.struct("sched_params", schedParams);
        j.structs("ioports", ioports);
        j.integers("irqs", irqs);
        j.structs("iomem", iomem);
        j.defbool("claim_mode", claimMode);
        j.integer("event_channels", eventChannels, 0);
        j.string("kernel", kernel);
        j.string("cmdline", cmdline);
        j.string("ramdisk", ramdisk);
        j.string("device_tree", deviceTree);
        j.defbool("acpi", acpi);
        j.string("bootloader", bootloader);
        j.stringList("bootloader_args", bootloaderArgs);
        j.enumeration("timer_mode", timerMode, TimerMode.UNKNOWN);
        j.defbool("nested_hvm", nestedHvm);
        j.defbool("apic", apic);
        j.defbool("dm_restrict", dmRestrict);
        j.enumeration("tee", tee, Tee.NONE);
        j.struct("type." + typeInfo.type().libxlName(), typeInfo);
        j.struct("arch_arm", a -> a.enumeration("gic_version", gicVersion, GicVersion.DEFAULT).enumeration("vuart", vuart, VuartType.UNKNOWN));
        j.struct("arch_x86", a -> a.defbool("msr_relaxed", msrRelaxed));
        j.enumeration("altp2m", altp2m, Altp2mMode.DISABLED);
        j.integer("vmtrace_buf_kb", vmtraceBufKb, 0);
        j.defbool("vpmu", vpmu);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxVcpus = maxVcpus;
            b.availVcpus = availVcpus;
            b.vcpuHardAffinity = vcpuHardAffinity;
            b.vcpuSoftAffinity = vcpuSoftAffinity;
            b.numaPlacement = numaPlacement;
            b.tscMode = tscMode;
            b.maxMemkb = maxMemkb;
            b.targetMemkb = targetMemkb;
            b.videoMemkb = videoMemkb;
            b.shadowMemkb = shadowMemkb;
            b.rtcTimeoffset = rtcTimeoffset;
            b.execSsidLabel = execSsidLabel;
            b.localtime = localtime;
            b.disableMigrate = disableMigrate;
            b.cpuid = cpuid;
            b.vnumaNodes = vnumaNodes;
            b.maxGrantFrames = maxGrantFrames;
            b.maxMaptrackFrames = maxMaptrackFrames;
            b.maxGrantVersion = maxGrantVersion;
            b.deviceModelVersion = deviceModelVersion;
            b.deviceModelStubdomain = deviceModelStubdomain;
            b.stubdomainMemkb = stubdomainMemkb;
            b.stubdomainKernel = stubdomainKernel;
            b.stubdomainCmdline = stubdomainCmdline;
            b.stubdomainRamdisk = stubdomainRamdisk;
            b.deviceModel = deviceModel;
            b.deviceModelSsidLabel = deviceModelSsidLabel;
            b.deviceModelUser = deviceModelUser;
            b.extra = extra;
            b.extraPv = extraPv;
            b.extraHvm = extraHvm;
            b.schedParams = schedParams;
            b.ioports = ioports;
            b.irqs = irqs;
            b.iomem = iomem;
            b.claimMode = claimMode;
            b.eventChannels = eventChannels;
            b.kernel = kernel;
            b.cmdline = cmdline;
            b.ramdisk = ramdisk;
            b.deviceTree = deviceTree;
            b.acpi = acpi;
            b.bootloader = bootloader;
            b.bootloaderArgs = bootloaderArgs;
            b.timerMode = timerMode;
            b.nestedHvm = nestedHvm;
            b.apic = apic;
            b.dmRestrict = dmRestrict;
            b.tee = tee;
            b.typeInfo = typeInfo;
            b.gicVersion = gicVersion;
            b.vuart = vuart;
            b.msrRelaxed = msrRelaxed;
            b.altp2m = altp2m;
            b.vmtraceBufKb = vmtraceBufKb;
            b.vpmu = vpmu;
        return b;
    }

    /** Mutable while the binder fills it; {@link #build()} freezes it. Fields start at libxl's init values. */
    public static final class Builder {
        public long maxVcpus = 0;
        public List<Integer> availVcpus = List.of();
        public List<List<Integer>> vcpuHardAffinity = List.of();
        public List<List<Integer>> vcpuSoftAffinity = List.of();
        public Defbool numaPlacement = Defbool.DEFAULT;
        public TscMode tscMode = TscMode.DEFAULT;
        public long maxMemkb = LibxlJson.MEMKB_DEFAULT;
        public long targetMemkb = LibxlJson.MEMKB_DEFAULT;
        public long videoMemkb = LibxlJson.MEMKB_DEFAULT;
        public long shadowMemkb = LibxlJson.MEMKB_DEFAULT;
        public long rtcTimeoffset = 0;
        public String execSsidLabel = null;
        public Defbool localtime = Defbool.DEFAULT;
        public Defbool disableMigrate = Defbool.DEFAULT;
        public CpuidPolicy cpuid = null;
        public List<VnodeInfo> vnumaNodes = List.of();
        public long maxGrantFrames = 0xFFFFFFFFL;
        public long maxMaptrackFrames = 0xFFFFFFFFL;
        public long maxGrantVersion = -1;
        public DeviceModelVersion deviceModelVersion = DeviceModelVersion.UNKNOWN;
        public Defbool deviceModelStubdomain = Defbool.DEFAULT;
        public long stubdomainMemkb = LibxlJson.MEMKB_DEFAULT;
        public String stubdomainKernel = null;
        public String stubdomainCmdline = null;
        public String stubdomainRamdisk = null;
        public String deviceModel = null;
        public String deviceModelSsidLabel = null;
        public String deviceModelUser = null;
        public List<String> extra = List.of();
        public List<String> extraPv = List.of();
        public List<String> extraHvm = List.of();
        public SchedParams schedParams = SchedParams.DEFAULT;
        public List<IoportRange> ioports = List.of();
        public List<Long> irqs = List.of();
        public List<IomemRange> iomem = List.of();
        public Defbool claimMode = Defbool.DEFAULT;
        public long eventChannels = 0;
        public String kernel = null;
        public String cmdline = null;
        public String ramdisk = null;
        public String deviceTree = null;
        public Defbool acpi = Defbool.DEFAULT;
        public String bootloader = null;
        public List<String> bootloaderArgs = List.of();
        public TimerMode timerMode = TimerMode.UNKNOWN;
        public Defbool nestedHvm = Defbool.DEFAULT;
        public Defbool apic = Defbool.DEFAULT;
        public Defbool dmRestrict = Defbool.DEFAULT;
        public Tee tee = Tee.NONE;
        public GuestTypeInfo typeInfo = null;
        public GicVersion gicVersion = GicVersion.DEFAULT;
        public VuartType vuart = VuartType.UNKNOWN;
        public Defbool msrRelaxed = Defbool.DEFAULT;
        public Altp2mMode altp2m = Altp2mMode.DISABLED;
        public long vmtraceBufKb = 0;
        public Defbool vpmu = Defbool.DEFAULT;

        public BuildInfo build() {
            return new BuildInfo(maxVcpus, availVcpus, vcpuHardAffinity, vcpuSoftAffinity, numaPlacement, tscMode, maxMemkb, targetMemkb, videoMemkb, shadowMemkb, rtcTimeoffset, execSsidLabel, localtime, disableMigrate, cpuid, vnumaNodes, maxGrantFrames, maxMaptrackFrames, maxGrantVersion, deviceModelVersion, deviceModelStubdomain, stubdomainMemkb, stubdomainKernel, stubdomainCmdline, stubdomainRamdisk, deviceModel, deviceModelSsidLabel, deviceModelUser, extra, extraPv, extraHvm, schedParams, ioports, irqs, iomem, claimMode, eventChannels, kernel, cmdline, ramdisk, deviceTree, acpi, bootloader, bootloaderArgs, timerMode, nestedHvm, apic, dmRestrict, tee, typeInfo, gicVersion, vuart, msrRelaxed, altp2m, vmtraceBufKb, vpmu);
        }
    }
}
