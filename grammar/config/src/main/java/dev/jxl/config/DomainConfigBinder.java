package dev.jxl.config;

import dev.jxl.config.libxl.ActionOnShutdown;
import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.CreateInfo;
import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.HvmInfo;
import dev.jxl.config.libxl.IomemRange;
import dev.jxl.config.libxl.IoportRange;
import dev.jxl.config.libxl.LibxlDomainConfig;
import dev.jxl.config.libxl.LibxlEnums.Altp2mMode;
import dev.jxl.config.libxl.LibxlEnums.BiosType;
import dev.jxl.config.libxl.LibxlEnums.DeviceModelVersion;
import dev.jxl.config.libxl.LibxlEnums.GfxPassthruKind;
import dev.jxl.config.libxl.LibxlEnums.GicVersion;
import dev.jxl.config.libxl.LibxlEnums.HdType;
import dev.jxl.config.libxl.LibxlEnums.Tee;
import dev.jxl.config.libxl.LibxlEnums.TimerMode;
import dev.jxl.config.libxl.LibxlEnums.TscMode;
import dev.jxl.config.libxl.LibxlEnums.VendorDevice;
import dev.jxl.config.libxl.LibxlEnums.VgaKind;
import dev.jxl.config.libxl.LibxlEnums.VuartType;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.config.libxl.PvInfo;
import dev.jxl.config.libxl.PvhInfo;
import dev.jxl.config.libxl.RdmReserve;
import dev.jxl.config.libxl.SchedParams;
import dev.jxl.config.libxl.SdlInfo;
import dev.jxl.config.libxl.SpiceInfo;
import dev.jxl.config.libxl.VncInfo;
import dev.jxl.config.spec.IomemSpec;
import dev.jxl.config.spec.IoportSpec;
import dev.jxl.config.spec.IrqSpec;
import dev.jxl.config.spec.SpecException;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlSetting;
import dev.jxl.grammar.xl.XlSettings;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Turns parsed settings into a typed {@link DomainConfig} with the meaning xl 4.17's
 * {@code parse_config_data} gives them: same defaults, same fatal checks (as positioned errors), same
 * tolerated oddities (as positioned warnings). The order of reads follows xl where it matters
 * (type before type-specific keys; vcpus before cpus; pci defaults before pci).
 */
public final class DomainConfigBinder {
    /** HVM_BELOW_4G_MMIO_LENGTH / HVM_BELOW_4G_MMIO_START: mmio_hole's bounds, in MiB. */
    static final long MMIO_HOLE_MIN_MIB = 256;
    static final long MMIO_HOLE_MAX_MIB = 3840;
    /** LIBXL_BUILDINFO_HVM_VIRIDIAN_ENABLE_DISABLE_WIDTH. */
    static final int VIRIDIAN_WIDTH = 64;
    /** XENFIRMWAREDIR in Debian's xen-utils-4.17, where pvgrub lives. */
    static final String XEN_FIRMWARE_DIR = "/usr/lib/xen-4.17/boot";
    /** What xl's global config (xl.conf) gives when it sets nothing: run_hotplug_scripts=1, claim_mode=1. */
    static final boolean XL_CONF_RUN_HOTPLUG_SCRIPTS = true;
    static final boolean XL_CONF_CLAIM_MODE = true;

    private final XlSettings settings;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final XlGetters get;
    private final BindContext host;

    private DomainConfigBinder(XlSettings settings, BindContext host) {
        this.settings = settings;
        this.get = new XlGetters(settings, diagnostics);
        this.host = host;
    }

    public static LoadedConfig bind(XlSettings settings) {
        return bind(settings, BindContext.DEFAULT);
    }

    public static LoadedConfig bind(XlSettings settings, BindContext host) {
        return new DomainConfigBinder(settings, host).bind();
    }

    private LoadedConfig bind() {
        DomainConfig config = null;
        try {
            config = bindAll();
        } catch (XlGetters.BindError e) {
            diagnostics.add(Diagnostic.error(e.position, e.key, e.getMessage()));
        }
        reportUnreadKeys(config == null ? null : config.type());
        if (Diagnostic.anyError(diagnostics)) {
            throw new ConfigException(sorted(diagnostics));
        }
        return new LoadedConfig(config, sorted(diagnostics));
    }

    /** File order: the config file's lines first, then the command-line words. */
    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        if (out.size() < 2) {
            return out; // a clean config: no comparator to link
        }
        out.sort((a, b) -> {
            int c = Boolean.compare(fromCommandLine(a), fromCommandLine(b));
            c = c != 0 ? c : Integer.compare(a.position().line(), b.position().line());
            return c != 0 ? c : Integer.compare(a.position().column(), b.position().column());
        });
        return out;
    }

    private static boolean fromCommandLine(Diagnostic d) {
        return d.position().source().equals(dev.jxl.grammar.xl.XlConfigReader.COMMAND_LINE);
    }

    private void error(String key, String message) {
        diagnostics.add(Diagnostic.error(get.positionOf(key), key, message));
    }

    private XlGetters.BindError fatal(String key, String message) {
        return get.error(key, message);
    }

    private DomainConfig bindAll() {
        BuildInfo.Builder b = new BuildInfo.Builder();

        // --- create info ---
        String ssidLabel = null;
        String execSsidLabel = null;
        if (get.string("init_seclabel").isPresent()) {
            ssidLabel = get.string("init_seclabel").get();
        }
        Optional<String> seclabel = get.string("seclabel");
        if (seclabel.isPresent()) {
            if (ssidLabel != null) {
                execSsidLabel = seclabel.get();
            } else {
                ssidLabel = seclabel.get();
            }
        }
        b.execSsidLabel = execSsidLabel;

        DomainType type = null;
        Optional<String> typeWord = get.string("type");
        if (typeWord.isPresent()) {
            type = domainTypeByPrefix(typeWord.get(), "hvm", "pv", "pvh");
            if (type == null) {
                throw fatal("type", "invalid domain type '" + typeWord.get() + "' (pv, pvh or hvm)");
            }
        }
        Optional<String> builder = get.string("builder");
        if (builder.isPresent()) {
            DomainType fromBuilder = domainTypeByPrefix(builder.get(), "hvm", "generic", null);
            if (fromBuilder == null) {
                throw fatal("builder", "invalid builder '" + builder.get() + "' (generic or hvm)");
            }
            if (type != null && type != fromBuilder) {
                throw fatal("builder", "`builder' contradicts `type'");
            }
            type = fromBuilder;
            get.warnDeprecated("builder", Optional.of(fromBuilder.libxlName()));
        }
        if (type == null) {
            type = DomainType.PV; // x86's default
        }

        Defbool hap = get.defbool("hap");
        Optional<String> name = get.string("name");
        if (name.isEmpty()) {
            throw new XlGetters.BindError(SourcePosition.ofSource(settings.source()), "name",
                    "domain name must be specified (name=\"...\")");
        }
        String uuid = null;
        Optional<String> uuidText = get.string("uuid");
        if (uuidText.isPresent()) {
            uuid = Uuids.canonical(uuidText.get())
                    .orElseThrow(() -> fatal("uuid", "failed to parse UUID '" + uuidText.get() + "'"));
        }
        Defbool oos = get.defbool("oos");
        String pool = get.string("pool").orElse(null);

        PvhInfo pvh = PvhInfo.UNSET;
        if (type == DomainType.PVH) {
            pvh = new PvhInfo(get.defbool("pvshim"), get.string("pvshim_path").orElse(null),
                    get.string("pvshim_cmdline").orElse(null), get.string("pvshim_extra").orElse(null));
        }

        // --- scheduler, memory, vCPUs ---
        b.schedParams = new SchedParams(
                get.number("cpu_weight").orElse(SchedParams.UNSET),
                get.number("cap").orElse(SchedParams.UNSET),
                get.number("period").orElse(SchedParams.UNSET),
                SchedParams.UNSET,
                get.number("extratime").orElse(SchedParams.UNSET),
                get.number("slice").orElse(SchedParams.UNSET),
                get.number("latency").orElse(SchedParams.UNSET));
        b.targetMemkb = get.memkb("memory").orElse(b.targetMemkb);
        b.maxMemkb = get.memkb("maxmem").orElse(b.maxMemkb);
        long vcpus = 0;
        OptionalLong vcpusSetting = get.number("vcpus");
        if (vcpusSetting.isPresent()) {
            vcpus = vcpusSetting.getAsLong();
            List<Integer> avail = new ArrayList<>();
            for (long i = 0; i < Math.min(vcpus, VcpuLimits.MAX_VCPUS); i++) {
                avail.add((int) i);
            }
            if (vcpus > VcpuLimits.MAX_VCPUS) {
                throw fatal("vcpus", "vcpus=" + vcpus + " is more than any Xen guest can have ("
                        + VcpuLimits.MAX_VCPUS + ")");
            }
            b.availVcpus = avail;
        }
        b.maxVcpus = (int) get.number("maxvcpus").orElse(b.maxVcpus);
        Optional<String> vuart = get.string("vuart");
        if (vuart.isPresent()) {
            if (!vuart.get().equals("sbsa_uart")) {
                throw fatal("vuart", "invalid value '" + vuart.get() + "' for `vuart' (sbsa_uart)");
            }
            b.vuart = VuartType.SBSA_UART;
        }

        Vnuma.bind(get, b, host);

        if (b.maxMemkb == LibxlJson.MEMKB_DEFAULT) {
            b.maxMemkb = b.targetMemkb;
        }
        if (b.maxVcpus == 0) {
            b.maxVcpus = (int) vcpus;
        }
        if (b.maxVcpus < vcpus) {
            throw fatal("maxvcpus", "maxvcpus (" + b.maxVcpus + ") < vcpus (" + vcpus + ")");
        }
        CpuAffinity.bind(get, b, host);

        b.maxGrantFrames = grantLimit("max_grant_frames", b.maxGrantFrames);
        b.maxMaptrackFrames = grantLimit("max_maptrack_frames", b.maxMaptrackFrames);
        b.maxGrantVersion = grantLimit("max_grant_version", b.maxGrantVersion);
        b.claimMode = Defbool.of(XL_CONF_CLAIM_MODE);

        ActionOnShutdown onPoweroff = action("on_poweroff", "destroy");
        ActionOnShutdown onReboot = action("on_reboot", "restart");
        ActionOnShutdown onWatchdog = action("on_watchdog", "destroy");
        ActionOnShutdown onCrash = action("on_crash", "destroy");
        ActionOnShutdown onSoftReset = action("on_soft_reset", "soft-reset");

        Defbool e820Host = Defbool.DEFAULT;
        if (type == DomainType.PV) {
            e820Host = get.defbool("e820_host");
        }
        // xl parses rdm= for every type (into b_info->u.hvm.rdm) before pci=, whose devices inherit its policy
        Optional<RdmReserve> rdm = Rdm.bind(get);
        Devices devices = new Devices(get, host);
        devices.bindPci(type, rdm.orElse(RdmReserve.UNSET), rdm.isPresent());
        if (!devices.pcidevs.isEmpty() && type == DomainType.PV) {
            // xl forces the host's E820 holes on a PV guest with passthrough, whatever e820_host says
            if (e820Host == Defbool.FALSE) {
                get.warn("e820_host", "e820_host=0 is overridden: a PV guest with pci= always uses the host's E820");
            }
            e820Host = Defbool.TRUE;
        }
        devices.bindDtdev();

        CreateInfo.Passthrough passthrough = CreateInfo.Passthrough.DEFAULT;
        Optional<String> pt = get.string("passthrough");
        if (pt.isPresent()) {
            passthrough = byLibxlName(CreateInfo.Passthrough.values(), pt.get())
                    .orElseThrow(() -> fatal("passthrough", "unknown passthrough option '" + pt.get()
                            + "' (default, disabled, enabled, sync_pt, share_pt)"));
        }

        b.shadowMemkb = get.memkb("shadow_memory").orElse(b.shadowMemkb);
        b.disableMigrate = get.defbool("nomigrate");
        b.tscMode = tscMode();
        OptionalLong rtcOffset = get.number("rtc_timeoffset");
        if (rtcOffset.isPresent()) {
            b.rtcTimeoffset = rtcOffset.getAsLong() & 0xFFFFFFFFL;
        }
        if (get.number("vncviewer", true).isPresent()) {
            get.warn("vncviewer", "`vncviewer' is ignored; use `xl create -V'");
        }
        b.localtime = get.defbool("localtime");
        b.videoMemkb = get.memkb("videoram").orElse(b.videoMemkb);
        OptionalLong eventChannels = get.number("max_event_channels");
        if (eventChannels.isPresent()) {
            b.eventChannels = eventChannels.getAsLong() & 0xFFFFFFFFL;
        }
        b.kernel = get.string("kernel").orElse(null);
        b.ramdisk = get.string("ramdisk").orElse(null);
        b.deviceTree = get.string("device_tree").orElse(null);
        b.cmdline = cmdline();
        Defbool driverDomain = get.defbool("driver_domain");
        b.acpi = get.defbool("acpi");
        b.bootloader = get.string("bootloader").orElse(null);
        bootloaderArgs(b);
        b.timerMode = timerMode(type);
        b.nestedHvm = get.defbool("nestedhvm");

        HvmInfo.Builder hvm = new HvmInfo.Builder();
        hvm.rdm = rdm.orElse(RdmReserve.UNSET);
        if (type == DomainType.HVM) {
            bindHvm(b, hvm);
        } else {
            bindPvFirmware(b);
        }

        bindAltp2m(b);
        long vmtraceKb = get.number("vmtrace_buf_kb", true).orElse(0);
        if (vmtraceKb != 0) {
            b.vmtraceBufKb = (int) vmtraceKb;
        }
        b.ioports = ioports();
        b.irqs = irqs();
        b.iomem = iomem();

        devices.bindDisks();
        devices.bindP9();
        devices.bindVtpm();
        devices.bindVdispl();
        devices.bindPvcalls();
        devices.bindVsnd();
        devices.bindChannels();
        devices.bindNics();
        if (get.list("vif2", true).isPresent()) {
            get.warnDeprecated("vif2", Optional.empty());
        }
        devices.bindVfbs();
        devices.bindUsbctrls();
        devices.bindUsbdevs();
        Cpuid.bind(get, b);

        bindDeviceModel(b, type);

        // top-level VNC/SDL: a PV guest without vfb= gets one vfb from them; others keep them in b_info
        if (type == DomainType.PV && devices.vfbs.isEmpty()) {
            if (get.number("vnc").orElse(0) != 0) {
                devices.addTopLevelVfb(topLevelVnc(), topLevelSdl(), get.string("keymap").orElse(null));
            }
        } else {
            hvm.vnc = topLevelVnc();
            hvm.sdl = topLevelSdl();
        }
        b.dmRestrict = get.defbool("dm_restrict");
        if (type == DomainType.HVM) {
            bindHvmDisplay(hvm);
        }
        Optional<String> gic = get.string("gic_version", true);
        if (gic.isPresent()) {
            b.gicVersion = byLibxlName(GicVersion.values(), gic.get()).orElseThrow(() -> fatal("gic_version",
                    "unknown gic_version '" + gic.get() + "' (v2, v3, default)"));
        }
        Optional<String> tee = get.string("tee", true);
        if (tee.isPresent()) {
            b.tee = byLibxlName(Tee.values(), tee.get()).orElseThrow(() -> fatal("tee",
                    "unknown tee '" + tee.get() + "' (none, optee)"));
        }
        devices.bindVkbs();
        Defbool xendSuspend = get.defbool("xend_suspend_evtchn_compat");
        if (get.defboolGiven("msr_relaxed")) {
            b.msrRelaxed = get.defbool("msr_relaxed");
            get.warn("msr_relaxed", "msr_relaxed will be removed in future Xen versions");
        }
        b.vpmu = get.defbool("vpmu");

        b.typeInfo = switch (type) {
            case HVM -> hvm.build();
            case PV -> new PvInfo(LibxlJson.MEMKB_DEFAULT, e820Host);
            case PVH -> pvh;
        };

        CreateInfo cInfo = new CreateInfo(type, hap, oos, ssidLabel, name.get(), uuid, pool,
                Defbool.of(XL_CONF_RUN_HOTPLUG_SCRIPTS), driverDomain, passthrough, xendSuspend);
        LibxlDomainConfig libxl = new LibxlDomainConfig(cInfo, b.build(), devices.disks, devices.nics,
                devices.pcidevs, devices.dtdevs, devices.vfbs, devices.vkbs, devices.vtpms, devices.p9s,
                devices.pvcallsifs, devices.vdispls, devices.vsnds, devices.channels, devices.usbctrls,
                devices.usbdevs, onPoweroff, onReboot, onWatchdog, onCrash, onSoftReset);
        return new DomainConfig(settings.source(), libxl, JxlKeys.bind(get, type));
    }

    /** xl's prefix match: {@code strncmp(word, candidate, strlen(word))}, so "" and "h" mean hvm. */
    private static DomainType domainTypeByPrefix(String word, String hvm, String pv, String pvh) {
        if (hvm.startsWith(word)) {
            return DomainType.HVM;
        }
        if (pv.startsWith(word)) {
            return DomainType.PV;
        }
        if (pvh != null && pvh.startsWith(word)) {
            return DomainType.PVH;
        }
        return null;
    }

    static <E extends Enum<E> & dev.jxl.config.libxl.LibxlEnum> Optional<E> byLibxlName(E[] values, String word) {
        // libxl's *_from_string compares case-insensitively
        for (E e : values) {
            if (e.libxlName().equalsIgnoreCase(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private long grantLimit(String key, long unset) {
        return switch (get.numberProblem(key, 0, Integer.MAX_VALUE)) {
            case ABSENT -> unset;
            case NONE -> get.boundedNumber(key, 0, Integer.MAX_VALUE, true).getAsLong();
            // xl exits 1 here without a word; jxl says why
            case INVALID -> throw fatal(key, "`" + key + "' must be a number from 0 to " + Integer.MAX_VALUE);
        };
    }

    private ActionOnShutdown action(String key, String dflt) {
        String word = get.string(key).orElse(dflt);
        Optional<ActionOnShutdown> action = ActionOnShutdown.fromXl(word);
        if (action.isEmpty()) {
            throw fatal(key, "unknown " + key + " action '" + word
                    + "' (destroy, restart, rename-restart, preserve, coredump-destroy, coredump-restart, soft-reset)");
        }
        return action.get();
    }

    private TscMode tscMode() {
        OptionalLong n = get.number("tsc_mode", true);
        if (n.isPresent()) {
            long l = n.getAsLong();
            if (l < 0 || l >= TscMode.values().length) {
                throw fatal("tsc_mode", "invalid value " + l + " for `tsc_mode'");
            }
            TscMode m = TscMode.values()[(int) l];
            get.warn("tsc_mode", "a number for `tsc_mode' is deprecated; use tsc_mode=\"" + m.libxlName() + "\"");
            return m;
        }
        Optional<String> s = get.string("tsc_mode");
        if (s.isPresent()) {
            return byLibxlName(TscMode.values(), s.get()).orElseThrow(() -> fatal("tsc_mode",
                    "invalid value '" + s.get() + "' for `tsc_mode' (default, always_emulate, native, native_paravirt)"));
        }
        return TscMode.DEFAULT;
    }

    private TimerMode timerMode(DomainType type) {
        OptionalLong n = get.number("timer_mode", true);
        Optional<String> s = n.isPresent() ? Optional.empty() : get.string("timer_mode");
        if ((n.isPresent() || s.isPresent()) && type == DomainType.PV) {
            throw new ExitCodeBindError(get.positionOf("timer_mode"), "timer_mode",
                    "`timer_mode' is not supported for PV guests", 3);
        }
        if (n.isPresent()) {
            long l = n.getAsLong();
            if (l < 0 || l > 3) {
                throw fatal("timer_mode", "invalid value " + l + " for `timer_mode' (0..3)");
            }
            TimerMode m = TimerMode.values()[(int) l + 1];
            get.warn("timer_mode", "a number for `timer_mode' is deprecated; use timer_mode=\"" + m.libxlName() + "\"");
            return m;
        }
        if (s.isPresent()) {
            return byLibxlName(TimerMode.values(), s.get()).orElseThrow(() -> fatal("timer_mode",
                    "invalid value '" + s.get() + "' for `timer_mode'"));
        }
        return TimerMode.UNKNOWN;
    }

    private String cmdline() {
        Optional<String> cmdline = get.string("cmdline");
        Optional<String> root = get.string("root");
        Optional<String> extra = get.string("extra");
        if (cmdline.isPresent()) {
            if (root.isPresent() || extra.isPresent()) {
                get.warn("cmdline", "root= and extra= are ignored in favour of cmdline=");
            }
            return cmdline.get();
        }
        if (root.isPresent() && extra.isPresent()) {
            return "root=" + root.get() + " " + extra.get();
        }
        if (root.isPresent()) {
            return "root=" + root.get();
        }
        return extra.orElse(null);
    }

    private void bootloaderArgs(BuildInfo.Builder b) {
        if (!get.isSet("bootloader_args")) {
            return;
        }
        if (get.isList("bootloader_args")) {
            b.bootloaderArgs = get.stringList("bootloader_args", true).orElse(List.of());
            return;
        }
        String s = get.string("bootloader_args").orElseThrow();
        get.warn("bootloader_args", "a string for `bootloader_args' is deprecated; use a list of arguments");
        b.bootloaderArgs = splitWords(s, " \t\n");
    }

    /** xl's split_string_into_string_list: strtok, so empty pieces vanish. */
    static List<String> splitWords(String s, String delimiters) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (delimiters.indexOf(c) >= 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private void bindHvm(BuildInfo.Builder b, HvmInfo.Builder hvm) {
        if (b.kernel != null && basename(b.kernel).equals("hvmloader")) {
            get.warn("kernel", "`kernel' pointing at hvmloader is ignored; use firmware_override for another firmware");
            b.kernel = null;
        }
        hvm.firmware = get.string("firmware_override").orElse(null);
        hvm.systemFirmware = get.string("bios_path_override").orElse(null);
        Optional<String> bios = get.string("bios");
        if (bios.isPresent()) {
            hvm.bios = byLibxlName(BiosType.values(), bios.get()).orElseThrow(() -> fatal("bios",
                    "invalid value '" + bios.get() + "' for `bios' (rombios, seabios, ovmf)"));
        } else if (hvm.systemFirmware != null) {
            get.warn("bios_path_override", "bios_path_override given without a specific bios name");
        }
        hvm.pae = get.defbool("pae");
        hvm.acpiS3 = get.defbool("acpi_s3");
        hvm.acpiS4 = get.defbool("acpi_s4");
        hvm.acpiLaptopSlate = get.defbool("acpi_laptop_slate");
        hvm.nx = get.defbool("nx");
        hvm.hpet = get.defbool("hpet");
        hvm.vptAlign = get.defbool("vpt_align");
        b.apic = get.defbool("apic");
        viridian(hvm);
        OptionalLong hole = get.number("mmio_hole");
        if (hole.isPresent()) {
            long mib = hole.getAsLong();
            hvm.mmioHoleMemkb = KeySchema.require("mmio_hole").unit().toKib(mib);
            if (mib < MMIO_HOLE_MIN_MIB || mib > MMIO_HOLE_MAX_MIB) {
                error("mmio_hole", "invalid mmio_hole " + mib + " MiB: it must be from " + MMIO_HOLE_MIN_MIB
                        + " to " + MMIO_HOLE_MAX_MIB + " MiB");
            }
        }
        if (get.defboolGiven("altp2mhvm")) {
            hvm.altp2m = get.defbool("altp2mhvm");
            get.warnDeprecated("altp2mhvm", Optional.empty());
        }
        hvm.smbiosFirmware = get.string("smbios_firmware").orElse(null);
        hvm.acpiFirmware = get.string("acpi_firmware").orElse(null);
        Optional<String> genid = get.string("ms_vm_genid");
        if (genid.isPresent()) {
            switch (genid.get()) {
                case "generate" -> hvm.msVmGenid = MsVmGenid.generate(settings.source() + "\0" + genid.get());
                case "none" -> { }
                default -> throw fatal("ms_vm_genid", "`ms_vm_genid' must be \"generate\" or \"none\"");
            }
        }
        hvm.rdmMemBoundaryMemkb = get.memkb("rdm_mem_boundary").orElse(hvm.rdmMemBoundaryMemkb);
        Optional<XlValue.Items> mca = get.list("mca_caps", true);
        if (mca.isPresent()) {
            for (XlValue.Text item : get.stringItems("mca_caps", mca.get())) {
                if (!item.text().equals("lmce")) {
                    throw new ExitCodeBindError(item.position(), "mca_caps",
                            "unrecognized MCA capability '" + item.text() + "' (lmce)", 3);
                }
                hvm.mcaCaps |= 1L; // XEN_HVM_MCA_CAP_LMCE
            }
        } else if (get.isSet("mca_caps")) {
            throw new ExitCodeBindError(get.positionOf("mca_caps"), "mca_caps", "`mca_caps' must be a list", 3);
        }
        Optional<String> firmware = get.string("firmware");
        if (firmware.isPresent()) {
            String fw = firmware.get();
            Optional<BiosType> asBios = byLibxlName(BiosType.values(), fw);
            if (asBios.isPresent()) {
                hvm.bios = asBios.get();
            } else if ("uefi".startsWith(fw)) {
                hvm.bios = BiosType.OVMF;
            } else if (!"bios".startsWith(fw)) {
                hvm.firmware = fw; // a path to custom firmware
            }
        }
    }

    private void viridian(HvmInfo.Builder hvm) {
        if (!get.isSet("viridian")) {
            return;
        }
        if (!get.isList("viridian")) {
            hvm.viridian = get.defbool("viridian", true);
            return;
        }
        XlValue.Items items = get.list("viridian").orElseThrow();
        TreeSet<Integer> enable = new TreeSet<>();
        TreeSet<Integer> disable = new TreeSet<>();
        for (XlValue.Text item : get.stringItems("viridian", items)) {
            String w = item.text();
            if (w.equals("all")) {
                for (int i = 0; i < VIRIDIAN_WIDTH; i++) {
                    enable.add(i);
                }
            } else if (w.equals("defaults")) {
                hvm.viridian = Defbool.TRUE;
            } else {
                boolean off = w.startsWith("!");
                String group = off ? w.substring(1) : w;
                int bit = ViridianEnlightenment.bit(group);
                if (bit < 0) {
                    throw new ExitCodeBindError(item.position(), "viridian",
                            "unknown viridian enlightenment '" + group + "'", 3);
                }
                (off ? disable : enable).add(bit);
                (off ? enable : disable).remove(bit);
            }
        }
        hvm.viridianEnable = List.copyOf(enable);
        hvm.viridianDisable = List.copyOf(disable);
    }

    private void bindPvFirmware(BuildInfo.Builder b) {
        Optional<String> firmware = get.string("firmware");
        if (firmware.isPresent()) {
            if (b.kernel != null) {
                throw fatal("firmware", "both kernel and firmware specified");
            }
            String fw = firmware.get();
            if (!"pvgrub32".startsWith(fw) && !"pvgrub64".startsWith(fw)) {
                throw fatal("firmware", "only pvgrub32 or pvgrub64 are supported as firmware for pv/pvh guests");
            }
            b.kernel = XEN_FIRMWARE_DIR + "/" + fw + ".bin";
        }
        if (b.bootloader == null && b.kernel == null) {
            throw new XlGetters.BindError(SourcePosition.ofSource(settings.source()), "kernel",
                    "neither kernel nor bootloader specified (a pv/pvh guest needs one)");
        }
    }

    private void bindAltp2m(BuildInfo.Builder b) {
        OptionalLong n = get.number("altp2m", true);
        if (n.isPresent()) {
            long l = n.getAsLong();
            if (l < 0 || l > 3) {
                throw fatal("altp2m", "invalid value " + l + " for `altp2m' (0..3)");
            }
            b.altp2m = Altp2mMode.values()[(int) l];
            return;
        }
        Optional<String> s = get.string("altp2m");
        if (s.isPresent()) {
            b.altp2m = byLibxlName(Altp2mMode.values(), s.get()).orElseThrow(() -> fatal("altp2m",
                    "invalid value '" + s.get() + "' for `altp2m' (disabled, mixed, external, limited)"));
        }
    }

    private List<IoportRange> ioports() {
        return get.isSet("ioports") ? listOf("ioports", IoportSpec::parse) : List.of();
    }

    private List<Long> irqs() {
        return get.isSet("irqs") ? listOf("irqs", IrqSpec::parse) : List.of();
    }

    private List<IomemRange> iomem() {
        return get.isSet("iomem") ? listOf("iomem", IomemSpec::parse) : List.of();
    }

    private interface ItemParser<T> {
        T parse(String item, java.util.function.Consumer<String> warn);
    }

    /** A list whose every item is parsed alone; a bad item is an error at its position. */
    private <T> List<T> listOf(String key, ItemParser<T> parser) {
        Optional<XlValue.Items> list = get.list(key);
        if (list.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (XlValue.Text item : get.stringItems(key, list.get())) {
            try {
                out.add(parser.parse(item.text(), w -> get.warnAt(item.position(), key, w)));
            } catch (SpecException e) {
                throw new XlGetters.BindError(item.position(), key, "`" + Echo.value(key) + "' item '"
                        + Echo.value(item.text()) + "': " + e.getMessage());
            }
        }
        return out;
    }

    private void bindDeviceModel(BuildInfo.Builder b, DomainType type) {
        Optional<String> dm = get.string("device_model");
        if (dm.isPresent()) {
            get.warnDeprecated("device_model", Optional.empty());
        }
        b.deviceModel = get.string("device_model_override").orElse(null);
        Optional<String> version = get.string("device_model_version");
        if (version.isPresent()) {
            b.deviceModelVersion = switch (version.get()) {
                case "qemu-xen-traditional" -> DeviceModelVersion.QEMU_XEN_TRADITIONAL;
                case "qemu-xen" -> DeviceModelVersion.QEMU_XEN;
                default -> throw fatal("device_model_version", "unknown device_model_version '" + version.get()
                        + "' (qemu-xen, qemu-xen-traditional)");
            };
        } else if (b.deviceModel != null) {
            get.warn("device_model_override", "device model override given without device_model_version");
        }
        b.deviceModelStubdomain = get.defbool("device_model_stubdomain_override");
        b.deviceModelSsidLabel = get.string("device_model_stubdomain_seclabel").orElse(null);
        b.deviceModelUser = get.string("device_model_user").orElse(null);
        b.stubdomainKernel = get.string("stubdomain_kernel").orElse(null);
        b.stubdomainCmdline = get.string("stubdomain_cmdline").orElse(null);
        b.stubdomainRamdisk = get.string("stubdomain_ramdisk").orElse(null);
        b.stubdomainMemkb = get.memkb("stubdomain_memory").orElse(b.stubdomainMemkb);
        b.extra = dmArgs("device_model_args");
        b.extraPv = dmArgs("device_model_args_pv");
        b.extraHvm = dmArgs("device_model_args_hvm");
    }

    private List<String> dmArgs(String key) {
        if (get.isSet(key) && !get.isList(key)) {
            throw new ExitCodeBindError(get.positionOf(key), key, "`" + Echo.value(key) + "' must be a list", 3);
        }
        return get.stringList(key, false).orElse(List.of());
    }

    private VncInfo topLevelVnc() {
        return new VncInfo(get.defbool("vnc"), get.string("vnclisten").orElse(null),
                get.string("vncpasswd").orElse(null), get.number("vncdisplay").orElse(0),
                get.defbool("vncunused"));
    }

    private SdlInfo topLevelSdl() {
        return new SdlInfo(get.defbool("sdl"), get.defbool("opengl"), get.string("display").orElse(null),
                get.string("xauthority").orElse(null));
    }

    private void bindHvmDisplay(HvmInfo.Builder hvm) {
        Optional<String> vga = get.string("vga");
        if (vga.isPresent()) {
            hvm.vga = switch (vga.get()) {
                case "stdvga" -> VgaKind.STD;
                case "cirrus" -> VgaKind.CIRRUS;
                case "none" -> VgaKind.NONE;
                case "qxl" -> VgaKind.QXL;
                default -> throw fatal("vga", "unknown vga '" + vga.get() + "' (stdvga, cirrus, none, qxl)");
            };
        } else {
            OptionalLong stdvga = get.number("stdvga");
            if (stdvga.isPresent()) {
                hvm.vga = stdvga.getAsLong() != 0 ? VgaKind.STD : VgaKind.CIRRUS;
                get.warnDeprecated("stdvga", Optional.of(stdvga.getAsLong() != 0 ? "stdvga" : "cirrus"));
            }
        }
        Optional<String> hdtype = get.string("hdtype");
        if (hdtype.isPresent()) {
            hvm.hdtype = byLibxlName(HdType.values(), hdtype.get()).orElseThrow(() -> fatal("hdtype",
                    "invalid value '" + hdtype.get() + "' for `hdtype' (ide, ahci)"));
        }
        hvm.keymap = get.string("keymap").orElse(null);
        hvm.spice = new SpiceInfo(get.defbool("spice"), get.number("spiceport").orElse(0),
                get.number("spicetls_port").orElse(0), get.string("spicehost").orElse(null),
                get.defbool("spicedisable_ticketing"), get.string("spicepasswd").orElse(null),
                get.defbool("spiceagent_mouse"), get.defbool("spicevdagent"), get.defbool("spice_clipboard_sharing"),
                get.number("spiceusbredirection").orElse(0), get.string("spice_image_compression").orElse(null),
                get.string("spice_streaming_video").orElse(null));
        hvm.nographic = get.defbool("nographic");
        OptionalLong gfx = get.number("gfx_passthru", true);
        if (gfx.isPresent()) {
            hvm.gfxPassthru = Defbool.of(gfx.getAsLong() != 0);
        } else {
            Optional<String> kind = get.string("gfx_passthru");
            if (kind.isPresent()) {
                hvm.gfxPassthruKind = byLibxlName(GfxPassthruKind.values(), kind.get()).orElseThrow(() -> fatal(
                        "gfx_passthru", "invalid value '" + kind.get() + "' for `gfx_passthru' (0, 1, default, igd)"));
                hvm.gfxPassthru = Defbool.TRUE;
            }
        }
        if (get.isList("serial")) {
            hvm.serialList = get.stringList("serial", true).orElse(List.of());
        } else {
            hvm.serial = get.string("serial").orElse(null);
        }
        hvm.boot = get.string("boot").orElse(null);
        hvm.usb = get.defbool("usb");
        OptionalLong usbversion = get.number("usbversion");
        if (usbversion.isPresent()) {
            hvm.usbversion = (int) usbversion.getAsLong();
        }
        if (get.isList("usbdevice")) {
            hvm.usbdeviceList = get.stringList("usbdevice", true).orElse(List.of());
        } else {
            hvm.usbdevice = get.string("usbdevice").orElse(null);
        }
        hvm.vkbDevice = get.defbool("vkb_device");
        hvm.soundhw = get.string("soundhw").orElse(null);
        hvm.xenPlatformPci = get.defbool("xen_platform_pci");
        if (hvm.vnc.listen() != null && hvm.vnc.display() != 0 && hvm.vnc.listen().indexOf(':') >= 0) {
            throw fatal("vncdisplay", "display given both in vnclisten and vncdisplay");
        }
        Optional<String> vendor = get.string("vendor_device");
        if (vendor.isPresent()) {
            hvm.vendorDevice = byLibxlName(VendorDevice.values(), vendor.get()).orElseThrow(() ->
                    new ExitCodeBindError(get.positionOf("vendor_device"), "vendor_device",
                            "unknown vendor_device '" + vendor.get() + "' (none, xenserver)", 3));
        }
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Keys set but never read: unknown (with a did-you-mean), or not for this guest type. */
    private void reportUnreadKeys(DomainType type) {
        for (XlSetting s : settings.effective().values()) {
            String key = s.key();
            Optional<ConfigKey> known = KeySchema.find(key);
            if (known.isEmpty()) {
                String hint = KeySchema.suggest(key).map(k -> "; did you mean `" + k + "'?").orElse("");
                diagnostics.add(Diagnostic.warning(s.keyPosition(), key,
                        "unknown key `" + key + "' (xl ignores it)" + hint));
            } else if (type != null && !known.get().appliesTo(type)) {
                diagnostics.add(Diagnostic.warning(s.keyPosition(), key, "`" + key + "' applies to "
                        + known.get().guestTypes().stream().map(DomainType::libxlName).sorted()
                                .reduce((a, c) -> a + "/" + c).orElse("") + " guests; ignored for a "
                        + type.libxlName() + " guest"));
            }
        }
    }

    /** A fatal check where xl exits with a status other than 1 (jxl still exits 1: a config error). */
    static final class ExitCodeBindError extends XlGetters.BindError {
        final int xlExitCode;

        ExitCodeBindError(SourcePosition position, String key, String message, int xlExitCode) {
            super(position, key, message);
            this.xlExitCode = xlExitCode;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
