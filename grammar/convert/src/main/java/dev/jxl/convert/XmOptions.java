package dev.jxl.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every option {@code xm create} knew (create.py's {@code gopts} of Xen 4.4, the file-only
 * {@code maxvcpus} and {@code xen_extended_power_mgmt}, and the options removed before 4.4), with
 * what becomes of it in xl. Keys handled by {@link XmToXlConverter} itself are {@link Rule#SPECIAL}.
 */
public final class XmOptions {

    public enum Rule {
        /** Same key and meaning in xl. */
        SAME,
        /** Same meaning under another xl key. */
        RENAMED,
        /** Rewritten, folded into another key or checked by the converter. */
        SPECIAL,
        /** No xl equivalent: dropped, with the reason written as a comment. */
        DROPPED
    }

    /** One xm option: its rule, the xl key it becomes (RENAMED) or why it is dropped (DROPPED). */
    public record Option(String name, Rule rule, String detail) {
    }

    private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

    private static void same(String... names) {
        for (String n : names) {
            OPTIONS.put(n, new Option(n, Rule.SAME, n));
        }
    }

    private static void renamed(String name, String xlKey) {
        OPTIONS.put(name, new Option(name, Rule.RENAMED, xlKey));
    }

    private static void special(String... names) {
        for (String n : names) {
            OPTIONS.put(n, new Option(n, Rule.SPECIAL, ""));
        }
    }

    private static void dropped(String reason, String... names) {
        for (String n : names) {
            OPTIONS.put(n, new Option(n, Rule.DROPPED, reason));
        }
    }

    static {
        same("name", "uuid", "memory", "maxmem", "shadow_memory", "vcpus", "maxvcpus", "cpu_weight", "pool", "oos",
                "nomigrate", "on_poweroff", "on_reboot", "on_crash", "ramdisk", "acpi", "apic", "pae", "hap", "hpet",
                "viridian", "vpt_align", "nestedhvm", "localtime", "rtc_timeoffset", "boot", "cpuid", "vnc",
                "vncdisplay", "vnclisten", "vncunused", "vncpasswd", "sdl", "opengl", "display", "xauthority",
                "stdvga", "videoram", "nographic", "keymap", "usb", "usbdevice", "soundhw", "gfx_passthru",
                "xen_platform_pci", "serial", "ioports", "pci_msitranslate", "pci_power_mgmt");
        renamed("cpu_cap", "cap");
        renamed("irq", "irqs");
        special("builder", "kernel", "loader", "bootloader", "bootargs", "device_model", "cpus", "cpu", "restart",
                "root", "extra", "ip", "gateway", "netmask", "hostname", "interface", "dhcp", "nfs_server",
                "nfs_root", "disk", "vif", "vfb", "pci", "nics", "blkif", "netif", "tsc_mode", "timer_mode");
        dropped("xl has no daemon; start domains at boot with the xendomains script (/etc/xen/auto)",
                "on_xend_start", "on_xend_stop");
        dropped("xend bookkeeping with no xl equivalent", "description", "guest_os_type", "isa", "target",
                "memory_sharing", "s3_integrity", "vhpt", "machine_address_size", "suppress_spurious_page_faults",
                "superpages", "features", "cpuid_check", "snapshot", "xen_extended_power_mgmt", "bootentry");
        dropped("xl has no separate vcpu_avail; vcpus sets the online vcpus and maxvcpus the maximum",
                "vcpu_avail");
        dropped("xend's ACM security labels; xl uses FLASK (seclabel) with different policies",
                "access_control", "ssidref");
        dropped("PV SCSI passthrough is not supported by xl", "vscsi");
        dropped("xend's PVUSB; xl uses usbctrl=[...] and usbdev=[...]", "vusb", "usbport");
        dropped("netchannel2 is not supported by xl", "vif2");
        dropped("xend's vTPM process model is gone; xl uses vtpm=[\"backend=...,uuid=...\"] with a vTPM stub domain",
                "vtpm", "tpmif");
        dropped("not passed on by xl (device_model_args can give qemu such options)", "parallel", "monitor",
                "monitor_path", "fda", "fdb", "audio", "ne2000");
        dropped("use a disk entry such as 'file:/path.iso,hdc:cdrom,r'", "cdrom");
        dropped("xl does not start a viewer from the config; use `xl create -V`", "vncconsole", "vncviewer");
        dropped("an `xm create` command-line option, not a domain setting", "help", "help_config", "quiet", "path",
                "defconfig", "config", "dryrun", "xmldryrun", "skipdtd", "paused", "console_autoconnect");
    }

    private XmOptions() {
    }

    public static Optional<Option> find(String name) {
        return Optional.ofNullable(OPTIONS.get(name));
    }

    public static java.util.Collection<Option> all() {
        return OPTIONS.values();
    }

    /** Whether {@code xm create NAME=VALUE} set an option (else NAME is a script variable). */
    public static boolean isOption(String name) {
        return OPTIONS.containsKey(name);
    }
}
