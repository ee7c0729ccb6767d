package dev.jxl.config;

import static dev.jxl.config.ConfigKey.Kind.BOOLEAN;
import static dev.jxl.config.ConfigKey.Kind.LIST;
import static dev.jxl.config.ConfigKey.Kind.LIST_OF_LISTS;
import static dev.jxl.config.ConfigKey.Kind.NUMBER;
import static dev.jxl.config.ConfigKey.Kind.NUMBER_OR_STRING;
import static dev.jxl.config.ConfigKey.Kind.SPEC_LIST;
import static dev.jxl.config.ConfigKey.Kind.STRING;
import static dev.jxl.config.ConfigKey.Kind.STRING_OR_LIST;
import static dev.jxl.config.ConfigKey.Unit.KIB;
import static dev.jxl.config.ConfigKey.Unit.MIB;
import static dev.jxl.config.ConfigKey.Unit.NONE;
import static dev.jxl.config.ConfigKey.Unit.SECONDS;
import static dev.jxl.config.ConfigKey.Deprecation.by;
import static dev.jxl.config.ConfigKey.Deprecation.ignoredFor;

import dev.jxl.config.ConfigKey.Deprecation;
import dev.jxl.config.ConfigKey.Kind;
import dev.jxl.config.ConfigKey.Origin;
import dev.jxl.config.ConfigKey.Unit;
import dev.jxl.config.libxl.DomainType;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key of xl.cfg (Xen 4.17) and every key jxl adds, declared once — the way libxl's
 * libxl_types.idl is the one table its views are generated from. The binder may only read keys
 * declared here; unknown-key warnings, did-you-mean and per-type checks all come from this table.
 */
public final class KeySchema {
    // immutable already, so each key's Set.copyOf keeps them instead of copying (every config read
    // initialises this table)
    private static final Set<DomainType> ALL = Set.of(DomainType.values());
    private static final Set<DomainType> HVM = Set.of(DomainType.HVM);
    private static final Set<DomainType> PV = Set.of(DomainType.PV);
    private static final Set<DomainType> PVH = Set.of(DomainType.PVH);
    private static final Set<DomainType> PV_PVH = Set.of(DomainType.PV, DomainType.PVH);
    private static final Set<DomainType> HVM_PVH = Set.of(DomainType.HVM, DomainType.PVH);

    private static final Map<String, ConfigKey> KEYS = new LinkedHashMap<>();

    static {
        // identity and type
        xl("name", STRING, NONE, "(required)", ALL, "domain name");
        xl("type", STRING, NONE, "pv", ALL, "guest type: pv, pvh or hvm (prefix match)");
        deprecated("builder", STRING, ALL, by("type").since("Xen 4.10"), "old name of type: generic (pv) or hvm");
        xl("uuid", STRING, NONE, "random", ALL, "domain UUID");
        xl("seclabel", STRING, NONE, "", ALL, "XSM security label");
        xl("init_seclabel", STRING, NONE, "", ALL, "XSM label while building");
        xl("pool", STRING, NONE, "Pool-0", ALL, "cpupool");
        xl("driver_domain", BOOLEAN, NONE, "0", ALL, "domain runs backends");
        xl("xend_suspend_evtchn_compat", BOOLEAN, NONE, "0", ALL, "xend-style suspend event channel");
        xl("passthrough", STRING, NONE, "default", ALL, "IOMMU page tables: default, disabled, enabled, sync_pt, share_pt");
        // CPU
        xl("vcpus", NUMBER, NONE, "1", ALL, "vCPUs online at start");
        follows("maxvcpus", NUMBER, NONE, "vcpus", "= vcpus", ALL, "vCPUs the guest may bring online");
        xl("cpus", STRING_OR_LIST, NONE, "all", ALL, "hard affinity (cpulist, or one per vCPU)");
        xl("cpus_soft", STRING_OR_LIST, NONE, "all", ALL, "soft affinity");
        xl("cpu_weight", NUMBER, NONE, "256", ALL, "credit scheduler weight");
        xl("cap", NUMBER, NONE, "0", ALL, "credit scheduler cap (% of one CPU)");
        xl("period", NUMBER, NONE, "", ALL, "RTDS period");
        xl("slice", NUMBER, NONE, "", ALL, "scheduler slice (SEDF, removed)");
        xl("latency", NUMBER, NONE, "", ALL, "scheduler latency (SEDF, removed)");
        xl("extratime", NUMBER, NONE, "", ALL, "RTDS extratime");
        // memory
        follows("memory", NUMBER, MIB, "maxmem", "= maxmem, else 32", ALL, "memory at start");
        follows("maxmem", NUMBER, MIB, "memory", "= memory", ALL, "most memory the guest can balloon up to");
        xl("vnuma", LIST_OF_LISTS, NONE, "", ALL, "virtual NUMA nodes");
        xl("mmio_hole", NUMBER, MIB, "hvmloader's", HVM, "MMIO hole below 4 GiB, 256..3840 MiB");
        xl("e820_host", BOOLEAN, NONE, "0 (1 with pci=)", PV, "use the host's E820 holes");
        xl("rdm", STRING, NONE, "strategy=ignore", HVM, "reserved device memory: strategy=host[,policy=strict|relaxed]");
        xl("rdm_mem_boundary", NUMBER, MIB, "2048", HVM, "RAM below this may be relocated around RDM");
        xl("acpi_firmware", STRING, NONE, "", HVM, "extra ACPI tables for hvmloader");
        xl("smbios_firmware", STRING, NONE, "", HVM, "extra SMBIOS structures");
        follows("videoram", NUMBER, MIB, "vga", "by vga", HVM, "video RAM");
        xl("shadow_memory", NUMBER, MIB, "libxl's", ALL, "shadow / p2m pool");
        xl("pci", SPEC_LIST, NONE, "", ALL, "passed-through PCI devices");
        xl("pci_permissive", NUMBER, NONE, "0", ALL, "default for each pci device");
        xl("pci_msitranslate", NUMBER, NONE, "0", ALL, "default for each pci device");
        xl("pci_seize", NUMBER, NONE, "0", ALL, "default for each pci device");
        xl("pci_power_mgmt", NUMBER, NONE, "0", ALL, "default for each pci device");
        xl("iomem", LIST, Unit.PAGES, "", HVM_PVH, "host MMIO pages to map: START,NUM[@GFN] in hex");
        xl("ioports", LIST, NONE, "", ALL, "I/O ports: HEX or HEX-HEX");
        xl("irqs", LIST, NONE, "", ALL, "host IRQs");
        xl("vmtrace_buf_kb", NUMBER, KIB, "0", ALL, "Intel PT buffer per vCPU");
        xl("altp2m", NUMBER_OR_STRING, NONE, "disabled", ALL, "disabled, mixed, external, limited");
        deprecated("altp2mhvm", BOOLEAN, HVM, by("altp2m"), "old boolean form of altp2m");
        xl("stubdomain_memory", NUMBER, MIB, "128", HVM, "stub domain memory");
        xl("max_grant_frames", NUMBER, NONE, "xl.conf", ALL, "grant table frames");
        xl("max_maptrack_frames", NUMBER, NONE, "xl.conf", ALL, "maptrack frames");
        xl("max_grant_version", NUMBER, NONE, "xl.conf", ALL, "highest grant table version");
        xl("max_event_channels", NUMBER, NONE, "1023", ALL, "event channels");
        // boot
        xl("kernel", STRING, NONE, "", ALL, "kernel image (direct boot)");
        xl("ramdisk", STRING, NONE, "", ALL, "initial ramdisk");
        xl("cmdline", STRING, NONE, "", ALL, "kernel command line");
        xl("root", STRING, NONE, "", ALL, "root= for the command line");
        xl("extra", STRING, NONE, "", ALL, "appended to the command line");
        xl("bootloader", STRING, NONE, "", PV_PVH, "bootloader program (pygrub)");
        xl("bootloader_args", STRING_OR_LIST, NONE, "", PV_PVH, "bootloader arguments");
        xl("firmware", STRING, NONE, "", ALL, "hvm: bios, uefi, ovmf, seabios, rombios or a path; pv/pvh: pvgrub32|pvgrub64");
        xl("pvshim", BOOLEAN, NONE, "0", PVH, "run a PV kernel under the PV shim");
        xl("pvshim_path", STRING, NONE, "", PVH, "PV shim binary");
        xl("pvshim_cmdline", STRING, NONE, "", PVH, "PV shim command line");
        xl("pvshim_extra", STRING, NONE, "", PVH, "appended to the shim command line");
        xl("firmware_override", STRING, NONE, "", HVM, "hvmloader replacement");
        xl("bios", STRING, NONE, "seabios", HVM, "rombios, seabios or ovmf");
        xl("bios_path_override", STRING, NONE, "", HVM, "BIOS image");
        xl("boot", STRING, NONE, "cd", HVM, "boot order: c, d, n");
        xl("device_tree", STRING, NONE, "", ALL, "partial device tree (Arm)");
        // events
        xl("on_poweroff", STRING, NONE, "destroy", ALL, "action when the guest powers off");
        xl("on_reboot", STRING, NONE, "restart", ALL, "action when the guest reboots");
        xl("on_watchdog", STRING, NONE, "destroy", ALL, "action when the watchdog fires");
        xl("on_crash", STRING, NONE, "destroy", ALL, "action when the guest crashes");
        xl("on_soft_reset", STRING, NONE, "soft-reset", ALL, "action on soft reset");
        // other general keys
        xl("nomigrate", BOOLEAN, NONE, "0", ALL, "disallow migration");
        xl("tsc_mode", NUMBER_OR_STRING, NONE, "default", ALL, "default, always_emulate, native, native_paravirt");
        xl("localtime", BOOLEAN, NONE, "0", ALL, "RTC in local time");
        xl("rtc_timeoffset", NUMBER, SECONDS, "0", ALL, "RTC offset");
        xl("dm_restrict", BOOLEAN, NONE, "0", ALL, "restrict the device model");
        xl("device_model_user", STRING, NONE, "", ALL, "user the device model runs as");
        xl("msr_relaxed", BOOLEAN, NONE, "0", ALL, "relaxed MSR access (x86)");
        xl("mca_caps", LIST, NONE, "", HVM, "MCA capabilities: lmce");
        xl("cpuid", STRING_OR_LIST, NONE, "", ALL, "cpuid policy (libxl or xend form)");
        xl("acpi", BOOLEAN, NONE, "1", ALL, "ACPI tables");
        xl("hap", BOOLEAN, NONE, "1", ALL, "hardware-assisted paging");
        xl("oos", BOOLEAN, NONE, "1", ALL, "out-of-sync shadow pagetables");
        xl("nestedhvm", BOOLEAN, NONE, "0", HVM_PVH, "nested virtualisation");
        xl("timer_mode", NUMBER_OR_STRING, NONE, "no_delay_for_missed_ticks", HVM_PVH, "guest timer mode");
        xl("vncviewer", NUMBER, NONE, "", ALL, "ignored by xl (use xl create -V)");
        // HVM platform
        xl("pae", BOOLEAN, NONE, "1", HVM, "PAE");
        xl("acpi_s3", BOOLEAN, NONE, "1", HVM, "S3 state");
        xl("acpi_s4", BOOLEAN, NONE, "1", HVM, "S4 state");
        xl("acpi_laptop_slate", BOOLEAN, NONE, "0", HVM, "laptop/slate switch");
        xl("apic", BOOLEAN, NONE, "1", HVM, "local APIC");
        xl("nx", BOOLEAN, NONE, "1", HVM, "NX bit");
        xl("hpet", BOOLEAN, NONE, "1", HVM, "HPET");
        xl("vpt_align", BOOLEAN, NONE, "1", HVM, "align periodic timers");
        xl("viridian", STRING_OR_LIST, NONE, "0", HVM, "Hyper-V enlightenments");
        xl("ms_vm_genid", STRING, NONE, "none", HVM, "generate or none");
        xl("xen_platform_pci", BOOLEAN, NONE, "1", HVM, "Xen platform PCI device");
        xl("vendor_device", STRING, NONE, "none", HVM, "none or xenserver");
        // HVM display and devices
        xl("vga", STRING, NONE, "cirrus", HVM, "stdvga, cirrus, none, qxl");
        deprecated("stdvga", BOOLEAN, HVM, by("vga"), "old form of vga=\"stdvga\"");
        xl("vnc", BOOLEAN, NONE, "1", ALL, "VNC (HVM; PV without vfb= gets one vfb)");
        xl("vnclisten", STRING, NONE, "127.0.0.1", ALL, "VNC address");
        xl("vncdisplay", NUMBER, NONE, "", ALL, "VNC display");
        xl("vncunused", BOOLEAN, NONE, "1", ALL, "find an unused VNC port");
        xl("vncpasswd", STRING, NONE, "", ALL, "VNC password");
        xl("keymap", STRING, NONE, "en-us", ALL, "keyboard layout");
        xl("sdl", BOOLEAN, NONE, "0", ALL, "SDL display");
        xl("opengl", BOOLEAN, NONE, "0", ALL, "OpenGL for SDL");
        xl("display", STRING, NONE, "", ALL, "X display for SDL");
        xl("xauthority", STRING, NONE, "", ALL, "Xauthority for SDL");
        xl("nographic", BOOLEAN, NONE, "0", HVM, "no graphics");
        xl("spice", BOOLEAN, NONE, "0", HVM, "SPICE");
        xl("spicehost", STRING, NONE, "", HVM, "SPICE address");
        xl("spiceport", NUMBER, NONE, "", HVM, "SPICE port");
        xl("spicetls_port", NUMBER, NONE, "", HVM, "SPICE TLS port");
        xl("spicedisable_ticketing", BOOLEAN, NONE, "0", HVM, "SPICE without password");
        xl("spicepasswd", STRING, NONE, "", HVM, "SPICE password");
        xl("spiceagent_mouse", BOOLEAN, NONE, "1", HVM, "SPICE agent mouse");
        xl("spicevdagent", BOOLEAN, NONE, "0", HVM, "SPICE vdagent");
        xl("spice_clipboard_sharing", BOOLEAN, NONE, "0", HVM, "SPICE clipboard");
        xl("spiceusbredirection", NUMBER, NONE, "0", HVM, "SPICE USB redirection channels");
        xl("spice_image_compression", STRING, NONE, "", HVM, "SPICE image compression");
        xl("spice_streaming_video", STRING, NONE, "", HVM, "SPICE video streaming");
        xl("gfx_passthru", NUMBER_OR_STRING, NONE, "0", HVM, "graphics passthrough: 0, 1, default, igd");
        xl("serial", STRING_OR_LIST, NONE, "", HVM, "emulated serial ports");
        xl("soundhw", STRING, NONE, "", HVM, "emulated sound hardware");
        xl("usb", BOOLEAN, NONE, "0", HVM, "emulated USB");
        xl("usbversion", NUMBER, NONE, "", HVM, "emulated USB version");
        xl("usbdevice", STRING_OR_LIST, NONE, "", HVM, "emulated USB devices");
        xl("vkb_device", BOOLEAN, NONE, "1", HVM, "PV keyboard for HVM");
        xl("hdtype", STRING, NONE, "ide", HVM, "ide or ahci");
        // device model
        xl("device_model_version", STRING, NONE, "qemu-xen", ALL, "qemu-xen or qemu-xen-traditional");
        xl("device_model_override", STRING, NONE, "", ALL, "device model binary");
        deprecated("device_model", STRING, ALL, ignoredFor("device_model_override"), "ignored by xl");
        xl("device_model_stubdomain_override", BOOLEAN, NONE, "0", HVM, "device model in a stub domain");
        xl("device_model_stubdomain_seclabel", STRING, NONE, "", HVM, "stub domain XSM label");
        xl("stubdomain_kernel", STRING, NONE, "", HVM, "stub domain kernel");
        xl("stubdomain_cmdline", STRING, NONE, "", HVM, "stub domain command line");
        xl("stubdomain_ramdisk", STRING, NONE, "", HVM, "stub domain ramdisk");
        xl("device_model_args", LIST, NONE, "", ALL, "extra device model arguments");
        xl("device_model_args_pv", LIST, NONE, "", PV, "extra device model arguments (PV)");
        xl("device_model_args_hvm", LIST, NONE, "", HVM, "extra device model arguments (HVM)");
        // devices
        xl("disk", SPEC_LIST, NONE, "", ALL, "virtual disks");
        xl("vif", SPEC_LIST, NONE, "", ALL, "virtual network interfaces");
        deprecated("vif2", SPEC_LIST, ALL, ignoredFor("vif").because("netchannel2: not supported by xl"),
                "netchannel2, not supported by xl");
        xl("vtpm", SPEC_LIST, NONE, "", ALL, "virtual TPMs");
        xl("p9", SPEC_LIST, NONE, "", ALL, "9pfs shares");
        xl("pvcalls", SPEC_LIST, NONE, "", ALL, "PV calls backends");
        xl("vfb", SPEC_LIST, NONE, "", ALL, "PV framebuffers");
        xl("vkb", SPEC_LIST, NONE, "", ALL, "PV keyboards");
        xl("channel", SPEC_LIST, NONE, "", ALL, "PV channels");
        xl("usbctrl", SPEC_LIST, NONE, "", ALL, "USB controllers");
        xl("usbdev", SPEC_LIST, NONE, "", ALL, "USB devices");
        xl("vdispl", SPEC_LIST, NONE, "", ALL, "PV displays");
        xl("vsnd", LIST_OF_LISTS, NONE, "", ALL, "PV sound cards");
        // Arm (parsed by xl on every architecture; jxl plans x86 only)
        arm("dtdev", LIST, "device tree nodes to pass through");
        arm("gic_version", STRING, "v2, v3 or default");
        arm("vuart", STRING, "sbsa_uart");
        arm("tee", STRING, "none or optee");
        arm("vpmu", BOOLEAN, "virtual PMU");
        // jxl's own keys (see README)
        jxl("vnvdimms", SPEC_LIST, HVM, "virtual NVDIMMs backed by host pmem");
        jxl("pci_hole_start", NUMBER, PV, "fixed PCI hole from this address to 4 GiB");
    }

    private KeySchema() {
    }

    private static void add(ConfigKey k) {
        if (KEYS.put(k.name(), k) != null) {
            throw new IllegalStateException("key declared twice: " + k.name());
        }
    }

    private static void xl(String name, Kind kind, Unit unit, String dflt, Set<DomainType> types, String summary) {
        add(new ConfigKey(name, kind, unit, dflt, Optional.empty(), types, Optional.empty(), Origin.XL, summary));
    }

    /** A key whose default is another key's value ({@code maxmem} defaults to {@code memory}, …). */
    private static void follows(String name, Kind kind, Unit unit, String other, String dflt, Set<DomainType> types,
                                String summary) {
        add(new ConfigKey(name, kind, unit, dflt, Optional.of(other), types, Optional.empty(), Origin.XL, summary));
    }

    private static void deprecated(String name, Kind kind, Set<DomainType> types, Deprecation d, String summary) {
        add(new ConfigKey(name, kind, NONE, "", Optional.empty(), types, Optional.of(d), Origin.XL, summary));
    }

    private static void arm(String name, Kind kind, String summary) {
        add(new ConfigKey(name, kind, NONE, "", Optional.empty(), ALL, Optional.empty(), Origin.XL_ARM, summary));
    }

    private static void jxl(String name, Kind kind, Set<DomainType> types, String summary) {
        add(new ConfigKey(name, kind, NONE, "", Optional.empty(), types, Optional.empty(), Origin.JXL, summary));
    }

    public static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(KEYS.get(name));
    }

    public static ConfigKey require(String name) {
        ConfigKey k = KEYS.get(name);
        if (k == null) {
            throw new IllegalArgumentException("key not in the schema: " + name);
        }
        return k;
    }

    /**
     * The order a written config lists its keys in: the declaration order above (identity, CPU,
     * memory, boot, lifecycle, devices, HVM, display, device model), any undeclared key after them by name.
     */
    public static Comparator<String> keyOrder() {
        return Ranks.KEY_ORDER;
    }

    /** Each key's place in the table, and the order, made when a writer first orders keys (reading needs neither). */
    private static final class Ranks {
        static final Map<String, Integer> OF = ranks();

        /*
         * A lambda of jxl's own, not Comparator.comparingInt(...).thenComparing(...): those build their
         * lambdas inside java.util.Comparator, which JDK 25's AOT cache leaves unlinked, so a cold start
         * spun them at run time, several milliseconds.
         */
        static final Comparator<String> KEY_ORDER = (a, b) -> {
            int c = Integer.compare(rank(a), rank(b));
            return c != 0 ? c : a.compareTo(b);
        };

        private static int rank(String key) {
            Integer r = OF.get(key);
            return r == null ? Integer.MAX_VALUE : r;
        }

        private static Map<String, Integer> ranks() {
            Map<String, Integer> ranks = new HashMap<>();
            for (String k : KEYS.keySet()) {
                ranks.put(k, ranks.size());
            }
            return ranks;
        }
    }

    public static Collection<ConfigKey> all() {
        return KEYS.values();
    }

    /** The declared key closest to an unknown one, if any is close enough to be a likely typo. */
    public static Optional<String> suggest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : KEYS.keySet()) {
            int d = editDistance(unknown, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
