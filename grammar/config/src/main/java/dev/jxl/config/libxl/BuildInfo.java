package dev.jxl.config.libxl;

import dev.jxl.config.libxl.LibxlEnums.*;
import dev.jxl.gentypes.Idl;
import java.util.List;

/**
 * libxl_domain_build_info as xl fills it, fields in IDL order ({@code b_info} in the JSON). Each
 * component is the IDL field of the same name; its init value and JSON form follow from its type
 * and annotations ({@link Idl}), and BuildInfoIdl (generated) holds the JSON writer and the
 * builder's fields. Made by its {@link Builder}, whose {@code build()} copies the lists.
 */
@Idl.Struct(builder = true)
public record BuildInfo(
        long maxVcpus,
        List<Integer> availVcpus,
        List<List<Integer>> vcpuHardAffinity,
        List<List<Integer>> vcpuSoftAffinity,
        Defbool numaPlacement,
        TscMode tscMode,
        @Idl.MemKB long maxMemkb,
        @Idl.MemKB long targetMemkb,
        @Idl.MemKB long videoMemkb,
        @Idl.MemKB long shadowMemkb,
        long rtcTimeoffset,
        String execSsidLabel,
        Defbool localtime,
        Defbool disableMigrate,
        @Idl.Custom CpuidPolicy cpuid,
        List<VnodeInfo> vnumaNodes,
        @Idl.Init(LibxlJson.MAX_GRANT_DEFAULT) long maxGrantFrames,
        @Idl.Init(LibxlJson.MAX_GRANT_DEFAULT) long maxMaptrackFrames,
        @Idl.Init((int) LibxlJson.MAX_GRANT_DEFAULT) long maxGrantVersion,
        DeviceModelVersion deviceModelVersion,
        Defbool deviceModelStubdomain,
        @Idl.MemKB long stubdomainMemkb,
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
        @Idl.Custom GuestTypeInfo typeInfo,
        @Idl.In("arch_arm") GicVersion gicVersion,
        @Idl.In("arch_arm") VuartType vuart,
        @Idl.In("arch_x86") Defbool msrRelaxed,
        Altp2mMode altp2m,
        long vmtraceBufKb,
        Defbool vpmu) implements LibxlJson.Struct {

    /** Mutable while the binder fills it; {@link #build()} freezes it. Fields start at libxl's init values. */
    public static final class Builder extends BuildInfoIdl.Builder {
    }

    @Override
    public void writeFields(LibxlJson j) {
        BuildInfoIdl.writeFields(this, j);
    }

    /** libxl_cpuid_policy_list: absent until the config names a leaf or MSR. */
    void cpuidJson(LibxlJson j) {
        if (cpuid != null) {
            cpuid.write(j.raw("cpuid"));
        }
    }

    /** The keyed union {@code u}: {@code "type.hvm"}, {@code "type.pv"} or {@code "type.pvh"}. */
    void typeInfoJson(LibxlJson j) {
        j.struct("type." + typeInfo.type().libxlName(), typeInfo);
    }
}
