package dev.jxl.grammar.xl;

import dev.jxl.diag.Echo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a canonical xl config: header comments, then one assignment per key in a stable order
 * (xl.cfg(5)'s own grouping: identity, memory and CPUs, boot, lifecycle, devices, HVM, graphics,
 * device model; any other key after them, alphabetically), then trailing comments. Plain unsigned
 * integers are written bare, everything else quoted with {@link XlWriter#quote}; a list of more than
 * one item is written one item per line. The output reads back through {@link XlConfigReader} to the
 * same values.
 */
public final class XlConfigWriter {

    /** One key and its value. */
    public record Entry(String key, XlValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not an xl key: " + key);
            }
        }
    }

    private static final Pattern KEY = Pattern.compile("[a-z][._0-9a-z]*");
    private static final Pattern BARE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private static final List<String> ORDER = List.of(
            "name", "uuid", "type", "pool", "seclabel", "driver_domain",
            "memory", "maxmem", "shadow_memory", "vcpus", "maxvcpus", "cpus", "cpus_soft", "cap", "cpu_weight",
            "kernel", "ramdisk", "cmdline", "root", "extra", "bootloader", "bootloader_args", "firmware_override",
            "on_poweroff", "on_reboot", "on_crash", "on_watchdog", "on_soft_reset",
            "disk", "vif", "pci", "pci_msitranslate", "pci_power_mgmt", "vfb", "ioports", "irqs", "serial",
            "acpi", "apic", "pae", "hap", "hpet", "viridian", "nestedhvm", "vpt_align", "timer_mode", "tsc_mode",
            "localtime", "rtc_timeoffset", "boot", "cpuid", "oos", "nomigrate", "xen_platform_pci",
            "vnc", "vncdisplay", "vnclisten", "vncunused", "vncpasswd", "sdl", "opengl", "display", "xauthority",
            "keymap", "stdvga", "videoram", "nographic", "usb", "usbdevice", "soundhw", "gfx_passthru",
            "device_model_version", "device_model_override", "device_model_stubdomain_override");
    private static final Map<String, Integer> RANK = IntStream.range(0, ORDER.size()).boxed()
            .collect(Collectors.toMap(ORDER::get, Function.identity()));

    private XlConfigWriter() {
    }

    public static String write(List<String> header, List<Entry> entries, List<String> footer) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(comment(line));
        }
        if (!header.isEmpty()) {
            out.append('\n');
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> RANK.getOrDefault(e.key(), ORDER.size()))
                .thenComparing(Entry::key));
        for (Entry e : sorted) {
            out.append(e.key()).append(" = ").append(value(e.value())).append('\n');
        }
        if (!footer.isEmpty()) {
            out.append('\n');
            for (String line : footer) {
                out.append(comment(line));
            }
        }
        return out.toString();
    }

    /** A comment line: what it quotes of the input has its control characters escaped (a NUL or newline would end it). */
    private static String comment(String text) {
        return text.isEmpty() ? "#\n" : "# " + Echo.escape(text) + "\n";
    }

    static String value(XlValue v) {
        if (v instanceof XlValue.Text t) {
            return BARE_NUMBER.matcher(t.text()).matches() ? t.text() : XlWriter.quote(t.text());
        }
        List<XlValue> items = ((XlValue.Items) v).items();
        if (items.isEmpty()) {
            return "[]";
        }
        if (items.size() == 1) {
            return "[ " + value(items.get(0)) + " ]";
        }
        StringBuilder b = new StringBuilder("[\n");
        for (XlValue item : items) {
            b.append("    ").append(value(item)).append(",\n");
        }
        return b.append(']').toString();
    }
}
