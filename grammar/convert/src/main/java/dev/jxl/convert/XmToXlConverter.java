package dev.jxl.convert;

import dev.jxl.config.KeySchema;
import dev.jxl.convert.ConversionChange.Kind;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlConfigWriter;
import dev.jxl.grammar.xl.XlValue;
import dev.jxl.grammar.xl.XlWriter;
import dev.jxl.grammar.xm.PyValue;
import dev.jxl.grammar.xm.XmEvaluation;
import dev.jxl.grammar.xm.XmLimits;
import dev.jxl.grammar.xm.XmVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the variables an xm config left (as xend kept them) to xl settings, following the option
 * table of notes/xm.md: same keys copied, renamed keys moved, xend's rewrites (builder → type,
 * hvmloader kernels, device models, legacy vfb/vif/pci/disk spellings, kernel command-line pieces,
 * restart=) applied, xm-only options dropped. Every change is recorded with the position where the
 * option was set; what cannot be expressed in xl ({@code w!} disks, virtual-function maps) is an error
 * at that position.
 */
public final class XmToXlConverter {

    private static final Set<String> INTERNAL = Set.of("xm_file", "xm_help");
    private static final Pattern XEND_PCI = Pattern.compile(
            "((?<domain>[0-9a-fA-F]{1,4})[:,])?(?<bus>[0-9a-fA-F]{1,2})[:,](?<slot>[0-9a-fA-F]{1,2})[.,]"
                    + "(?<func>\\*|[0-7]([-,=][0-7])*)(@(?<vslot>[01]?[0-9a-fA-F]))?(,(?<opts>.*))?");
    private static final Pattern XL_PCI = Pattern.compile(
            "([0-9a-fA-F]{1,4}:)?[0-9a-fA-F]{1,2}:[0-9a-fA-F]{1,2}\\.([0-7]|\\*)(@[0-9a-fA-F]{1,2})?(,.*)?");

    private final String source;
    private final String configPath;
    private final Map<String, XmVariable> vars;
    private final Map<String, XlValue> out = new LinkedHashMap<>();
    private final List<ConversionChange> changes = new ArrayList<>();
    private final List<XmConversion.Dropped> dropped = new ArrayList<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> handled = new HashSet<>();
    private final List<Diagnostic> notes;
    private final long maxXlChars;
    private long outputChars;
    private boolean hvm;

    private XmToXlConverter(XmEvaluation evaluation, String configPath, XmCommandLine commandLine, XmLimits limits) {
        this.source = evaluation.source();
        this.maxXlChars = limits.maxXlChars();
        this.configPath = configPath;
        this.vars = new LinkedHashMap<>(evaluation.byName());
        this.notes = new ArrayList<>(evaluation.notes());
        // xend: an option given on the command line is not taken from the file
        for (Map.Entry<String, String> o : commandLine.options().entrySet()) {
            SourcePosition at = XmCommandLine.positionOf(commandLine.optionWords().getOrDefault(o.getKey(), 0));
            vars.remove(o.getKey());
            vars.put(o.getKey(), new XmVariable(o.getKey(), new PyValue.Str(o.getValue()), at));
            changes.add(new ConversionChange(at, o.getKey(), Kind.REWRITTEN, o.getKey() + " = '" + o.getValue()
                    + "' from the command line wins over the file, as in xm"));
        }
    }

    /** Converts, or throws a {@link ConfigException} listing every option that cannot be expressed in xl. */
    public static XmConversion convert(XmEvaluation evaluation, String configPath, XmCommandLine commandLine) {
        return convert(evaluation, configPath, commandLine, XmLimits.DEFAULT);
    }

    /** As {@link #convert(XmEvaluation, String, XmCommandLine)}, within the output budget of {@code limits}. */
    public static XmConversion convert(XmEvaluation evaluation, String configPath, XmCommandLine commandLine,
            XmLimits limits) {
        return new XmToXlConverter(evaluation, configPath, commandLine, limits).run();
    }

    private XmConversion run() {
        guestType();
        name();
        memory();
        firmwareAndKernel();
        deviceModel();
        bootloader();
        commandLine();
        cpus();
        restart();
        vifs();
        disks();
        pcis();
        vfbs();
        backendFlags();
        namedModes();
        for (XmVariable v : vars.values()) {
            if (!handled.contains(v.name())) {
                plain(v);
            }
        }
        xendDefaults();
        out.forEach(this::requireWritable);
        if (!hvm && !out.containsKey("kernel") && !out.containsKey("bootloader")) {
            errors.add(Diagnostic.error(fileStart(), null, "a PV guest needs `kernel` or `bootloader`"
                    + " (xl: \"Neither kernel nor bootloader specified\")"));
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        List<XlConfigWriter.Entry> entries = new ArrayList<>();
        out.forEach((k, v) -> entries.add(new XlConfigWriter.Entry(k, v)));
        List<ConversionChange> ordered = new ArrayList<>(changes);
        ordered.sort(java.util.Comparator.comparing((ConversionChange c) -> c.position().source().equals(source) ? 0 : 1)
                .thenComparingInt(c -> c.position().line()).thenComparingInt(c -> c.position().column()));
        XmConversion conversion = new XmConversion(source, entries, dropped, new ConversionReport(ordered, notes));
        // The running count bounds the work; this bounds the bytes written, quoting and escapes included.
        long written = (long) conversion.toXlText().length() + conversion.report().toText().length();
        if (written > maxXlChars) {
            throw outputBudget(fileStart(), written);
        }
        return conversion;
    }

    // ---------------------------------------------------------------- groups of options

    private void guestType() {
        XmVariable builder = take("builder");
        if (builder == null) {
            set("type", text("pv", fileStart()));
            change(fileStart(), "builder", Kind.ADDED, "type = \"pv\" (xm's default builder was 'linux')");
            return;
        }
        String b = string(builder);
        if (b == null) {
            return;
        }
        switch (b) {
            case "linux", "generic" -> set("type", text("pv", builder.position()));
            case "hvm", "vmx" -> {
                hvm = true;
                set("type", text("hvm", builder.position()));
            }
            default -> {
                error(builder, "unknown builder '" + Echo.value(b) + "' (xm knew 'linux' and 'hvm')");
                return;
            }
        }
        change(builder, Kind.RENAMED, "builder = '" + b + "' is type = \"" + (hvm ? "hvm" : "pv")
                + "\" (xl deprecates builder" + (b.equals("linux") ? " and refuses 'linux'" : "") + ")");
    }

    private void name() {
        if (!vars.containsKey("name")) {
            String base = configPath.substring(configPath.lastIndexOf('/') + 1);
            set("name", text(base, fileStart()));
            change(fileStart(), "name", Kind.ADDED, "name = \"" + base
                    + "\" (xm named the domain after its config file; xl requires a name)");
        }
    }

    private void memory() {
        carry("memory", text("128", fileStart()), "xend's default memory was 128 MiB (create.py); xl's is 32 MiB"
                + " (libxl)");
    }

    /**
     * The defaults xend (4.4) applied that xl (4.17) does not share, written out so the guest keeps
     * its meaning; a default both share is not written. From create.py's option table, which
     * configure_hvm passed on for HVM guests, XendConfig._defaults and image.py; against
     * xl_parse.c, libxl_create.c (setdefault) and xl.cfg(5). Not carried although they differ: the
     * device model (xend's qemu-dm is qemu-xen-traditional, which xl builds rarely ship: see
     * device_model) and HVM videoram (xend's 4 MiB is below the 8 MiB qemu-xen needs for cirrus,
     * and libxl refuses it).
     */
    private void xendDefaults() {
        SourcePosition at = fileStart();
        carry("on_crash", text("restart", at), "xend's default on_crash was 'restart' (XendConfig"
                + " actions_after_crash); xl's is 'destroy'");
        if (out.containsKey("bootloader")) {
            carry("bootloader_args", new XlValue.Items(List.of(text("-q", at)), at), "xend's default bootargs"
                    + " was '-q' (xm create without -c: the bootloader boots its default entry, showing no menu);"
                    + " xl passes none");
        }
        if (!hvm) {
            return;
        }
        carry("hpet", text("0", at), "xend's default hpet was 0 (create.py); xl's is 1");
        carry("boot", text("c", at), "xend's default boot was 'c' (create.py); xl's is 'cda' (libxl;"
                + " xl.cfg(5) says 'cd')");
        if (!vars.containsKey("vfb")) {
            carry("vnc", text("0", at), "xend's default vnc was 0 (create.py; with no vnc or sdl, qemu-dm ran"
                    + " -nographic); xl's is 1");
        }
        if (out.containsKey("pci")) {
            carry("pci_msitranslate", text("1", at), "xend's default pci_msitranslate was 1 (create.py);"
                    + " xl's is 0");
        }
    }

    /** Writes xend's default for {@code key} when the config left it unset; one report line says so. */
    private void carry(String key, XlValue xendDefault, String message) {
        if (vars.containsKey(key) || out.containsKey(key)) {
            return;
        }
        set(key, xendDefault);
        String shown = xendDefault instanceof XlValue.Text t && t.text().matches("[0-9]+") ? t.text()
                : xendDefault.toString();
        change(xendDefault.position(), key, Kind.ADDED, key + " = " + shown + ": " + message);
    }

    private void firmwareAndKernel() {
        XmVariable kernel = take("kernel");
        XmVariable loader = take("loader");
        if (!hvm) {
            if (kernel != null) {
                set("kernel", scalar(kernel));
            }
            if (loader != null) {
                drop(loader, "HVM firmware; a PV guest has none");
            }
            return;
        }
        XmVariable firmware = null;
        for (XmVariable v : new XmVariable[] {kernel, loader}) {
            if (v == null) {
                continue;
            }
            String path = string(v);
            if (path == null) {
                continue;
            }
            if (basename(path).equals("hvmloader")) {
                drop(v, "hvmloader is xl's default HVM firmware");
            } else {
                firmware = v;
            }
        }
        if (firmware != null) {
            set("firmware_override", scalar(firmware));
            change(firmware, Kind.RENAMED, "an HVM " + firmware.name()
                    + " was the firmware under xend: firmware_override");
        }
    }

    private void deviceModel() {
        XmVariable dm = take("device_model");
        if (dm == null) {
            return;
        }
        String path = string(dm);
        if (path == null) {
            return;
        }
        if (path.contains("stubdom-dm")) {
            if (!hvm) {
                drop(dm, "stub domains serve HVM guests only");
                return;
            }
            set("device_model_stubdomain_override", text("1", dm.position()));
            set("device_model_version", text("qemu-xen-traditional", dm.position()));
            change(dm, Kind.REWRITTEN, "stubdom-dm is device_model_stubdomain_override = 1 with"
                    + " device_model_version = \"qemu-xen-traditional\" (xend's stub domains ran the old qemu)");
        } else if (basename(path).equals("qemu-dm")) {
            drop(dm, "xl chooses its device model itself (xend's qemu-dm was qemu-xen-traditional;"
                    + " xl defaults to qemu-xen)");
        } else {
            set("device_model_override", text(path, dm.position()));
            set("device_model_version", text("qemu-xen-traditional", dm.position()));
            change(dm, Kind.RENAMED, "a non-standard device_model is device_model_override, with"
                    + " device_model_version = \"qemu-xen-traditional\" (the qemu xend ran)");
        }
    }

    private void bootloader() {
        XmVariable loader = take("bootloader");
        if (loader != null) {
            String path = string(loader);
            if (path != null && path.contains("/") && basename(path).equals("pygrub")) {
                set("bootloader", text("pygrub", loader.position()));
                change(loader, Kind.REWRITTEN, "'" + path + "' is \"pygrub\" (xl finds its own pygrub)");
            } else if (path != null) {
                set("bootloader", text(path, loader.position()));
            }
        }
        XmVariable args = take("bootargs");
        if (args != null) {
            String s = string(args);
            if (s != null) {
                List<XlValue> words = new ArrayList<>();
                for (String w : s.trim().split("[ \t\n]+")) {
                    if (!w.isEmpty()) {
                        words.add(text(w, args.position()));
                    }
                }
                set("bootloader_args", new XlValue.Items(words, args.position()));
                change(args, Kind.RENAMED, "bootargs is bootloader_args, as a list of words");
            }
        }
    }

    /** xend's kernel command line (XendConfig.update_with_image_sxp and create.py preprocess_ip/nfs). */
    private void commandLine() {
        List<String> group = List.of("root", "extra", "ip", "gateway", "netmask", "hostname", "interface", "dhcp",
                "nfs_server", "nfs_root");
        Map<String, XmVariable> given = new LinkedHashMap<>();
        for (String k : group) {
            XmVariable v = take(k);
            if (v != null) {
                given.put(k, v);
            }
        }
        if (given.isEmpty()) {
            return;
        }
        if (hvm) {
            for (XmVariable v : given.values()) {
                drop(v, "an HVM guest boots firmware; xend passed it no kernel command line");
            }
            return;
        }
        Map<String, String> s = new LinkedHashMap<>();
        for (Map.Entry<String, XmVariable> e : given.entrySet()) {
            String value = textOf(e.getValue());
            if (value == null) {
                return;
            }
            s.put(e.getKey(), value);
        }
        String extra = s.getOrDefault("extra", "");
        String nfsServer = s.getOrDefault("nfs_server", "");
        if (!s.getOrDefault("nfs_root", "").isEmpty()) {
            if (nfsServer.isEmpty()) {
                error(given.get("nfs_root"), "nfs_root needs nfs_server (xm: \"Must set nfs root and nfs server\")");
                return;
            }
            extra = "nfsroot=" + nfsServer + ":" + s.get("nfs_root") + " " + extra;
        }
        String ip = s.getOrDefault("ip", "");
        String dhcp = s.getOrDefault("dhcp", "off");
        String args = extra;
        if (!ip.isEmpty() || !dhcp.equals("off")) {
            String ipArg = ip + ":" + (nfsServer.isEmpty() ? "127.0.255.255" : nfsServer) + ":"
                    + s.getOrDefault("gateway", "") + ":" + s.getOrDefault("netmask", "") + ":"
                    + s.getOrDefault("hostname", "") + ":" + s.getOrDefault("interface", "eth0") + ":" + dhcp;
            if (!Pattern.compile("ip=[^ ]+").matcher(args).find()) {
                args = "ip=" + ipArg + " " + args;
            }
        }
        String root = s.getOrDefault("root", "");
        if (root.startsWith("root=")) {
            root = root.substring("root=".length());
        }
        if (!root.isEmpty() && !args.contains("root=")) {
            args = "root=" + root + " " + args;
        }
        // xend left a trailing blank when extra was empty; the kernel does not care
        String cmdline = args.replaceAll(" +$", "");
        XmVariable first = given.values().iterator().next();
        if (!cmdline.isEmpty()) {
            set("cmdline", text(cmdline, first.position()));
        }
        for (XmVariable v : given.values()) {
            boolean onlyExtra = given.size() == 1 && v.name().equals("extra");
            change(v, Kind.FOLDED, onlyExtra ? "extra is cmdline (xl's preferred key)"
                    : "folded into cmdline as xend built the kernel command line");
        }
    }

    private void cpus() {
        XmVariable cpu = take("cpu");
        XmVariable cpus = take("cpus");
        XlValue value = null;
        if (cpus != null) {
            value = cpus.value() instanceof PyValue.PyList ? listOf(cpus) : scalar(cpus);
        }
        if (cpu != null) {
            String c = textOf(cpu);
            if (c == null) {
                return;
            }
            if (value == null) {
                value = text(c, cpu.position());
                change(cpu, Kind.FOLDED, "cpu is cpus = \"" + c + "\"");
            } else if (value instanceof XlValue.Text t) {
                value = text(c + "," + t.text(), cpus.position());
                change(cpu, Kind.FOLDED, "cpu joined cpus as xend did: \"" + c + "," + t.text() + "\"");
            } else {
                drop(cpu, "cpus is a per-vcpu list, which xend used as given");
            }
        }
        if (value != null) {
            set("cpus", value);
        }
    }

    private void restart() {
        XmVariable restart = take("restart");
        if (restart == null) {
            return;
        }
        String r = string(restart);
        if (r == null) {
            return;
        }
        String[] actions = switch (r) {
            case "onreboot" -> new String[] {"destroy", "restart", "destroy"};
            case "always" -> new String[] {"restart", "restart", "restart"};
            case "never" -> new String[] {"destroy", "destroy", "destroy"};
            default -> null;
        };
        if (actions == null) {
            error(restart, "restart must be onreboot, always or never, not '" + Echo.value(r) + "'");
            return;
        }
        String[] keys = {"on_poweroff", "on_reboot", "on_crash"};
        List<String> setHere = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (!vars.containsKey(keys[i])) {
                set(keys[i], text(actions[i], restart.position()));
                setHere.add(keys[i] + " = \"" + actions[i] + "\"");
            }
        }
        change(restart, Kind.FOLDED, "restart = '" + r + "' is " + (setHere.isEmpty()
                ? "overridden by the on_* actions the file sets" : String.join(", ", setHere)));
    }

    private void vifs() {
        XmVariable vif = take("vif");
        XmVariable nics = take("nics");
        if (vif != null) {
            XlValue.Items items = listOf(vif);
            if (items != null) {
                List<XlValue> rewritten = new ArrayList<>();
                for (XlValue item : items.items()) {
                    rewritten.add(vifItem(vif, (XlValue.Text) item));
                }
                set("vif", new XlValue.Items(rewritten, vif.position()));
            }
        }
        if (nics != null) {
            Long n = integer(nics);
            if (n == null) {
                return;
            }
            if (vif != null) {
                drop(nics, "vif lists the interfaces; xend used nics only to add default ones");
            } else if (n < 0 || n > 64) {
                error(nics, "nics = " + n + " is not a plausible interface count");
            } else {
                List<XlValue> empty = new ArrayList<>();
                for (long i = 0; i < n; i++) {
                    empty.add(text("", nics.position()));
                }
                set("vif", new XlValue.Items(empty, nics.position()));
                change(nics, Kind.REWRITTEN, "nics = " + n + " is " + n + " default vif entries");
            }
        }
    }

    private XlValue vifItem(XmVariable vif, XlValue.Text item) {
        List<String> kept = new ArrayList<>();
        boolean changed = false;
        for (String token : item.text().split(",", -1)) {
            String t = token.strip();
            String key = t.contains("=") ? t.substring(0, t.indexOf('=')).strip() : t;
            String value = t.contains("=") ? t.substring(t.indexOf('=') + 1).strip() : "";
            if (key.equals("type") && value.equals("netfront")) {
                kept.add("type=vif");
                changed = true;
                change(vif, Kind.REWRITTEN, "vif type=netfront is type=vif in xl");
            } else if (key.equals("accel") || key.equals("policy") || key.equals("label")) {
                changed = true;
                change(vif, Kind.DROPPED, "vif key " + key + "= has no xl equivalent ("
                        + (key.equals("accel") ? "netchannel acceleration" : "ACM labels") + ")");
            } else if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return changed ? text(String.join(",", kept), item.position()) : item;
    }

    private void disks() {
        XmVariable disk = take("disk");
        if (disk == null) {
            return;
        }
        XlValue.Items items = listOf(disk);
        if (items == null) {
            return;
        }
        List<XlValue> rewritten = new ArrayList<>();
        for (XlValue item : items.items()) {
            String spec = ((XlValue.Text) item).text();
            String[] fields = spec.split(",", -1);
            if (fields.length >= 3 && fields[2].strip().endsWith("!")) {
                error(disk, "disk '" + Echo.value(spec) + "': xl has no shared-writable mode `" + fields[2].strip()
                        + "`; use `w` if only this domain writes it, `r` in every domain but one,"
                        + " or a cluster filesystem");
                continue;
            }
            if (fields.length >= 4) {
                String backend = fields[3].strip();
                String positional = fields[0] + "," + fields[1] + "," + fields[2];
                String converted = backend.isEmpty() ? positional : "backend=" + backend + "," + positional;
                change(disk, Kind.REWRITTEN, "disk '" + spec + "': the backend domain field is xl's backend="
                        + (fields.length >= 5 ? "; the protocol field (" + fields[4].strip()
                        + ") is dropped, libxl sets it" : ""));
                rewritten.add(text(converted, item.position()));
            } else {
                rewritten.add(item);
            }
        }
        set("disk", new XlValue.Items(rewritten, disk.position()));
    }

    private void pcis() {
        XmVariable pci = take("pci");
        if (pci == null) {
            return;
        }
        XlValue.Items items = listOf(pci);
        if (items == null) {
            return;
        }
        List<XlValue> expanded = new ArrayList<>();
        for (XlValue item : items.items()) {
            String spec = ((XlValue.Text) item).text().strip();
            Matcher m = XEND_PCI.matcher(spec);
            if (!m.matches()) {
                error(pci, "pci '" + Echo.value(spec) + "' is not an xm pci device ([DDDD:]BB:SS.F[@VSLOT][,OPTS])");
                continue;
            }
            String func = m.group("func");
            String opts = m.group("opts");
            String vslot = m.group("vslot");
            String rewrittenOpts = opts == null ? null : pciOptions(pci, spec, opts);
            boolean simple = func.length() == 1 && XL_PCI.matcher(spec).matches()
                    && (opts == null || opts.equals(rewrittenOpts));
            if (simple) {
                expanded.add(text(spec, item.position()));
                continue;
            }
            if (func.contains("=")) {
                error(pci, "pci '" + Echo.value(spec) + "': xend's virtual-function mapping (`p=v`) has no xl equivalent");
                continue;
            }
            List<Integer> functions = pciFunctions(func);
            if (functions.size() > 1 && vslot != null) {
                error(pci, "pci '" + Echo.value(spec) + "': xl cannot put several functions at one virtual slot");
                continue;
            }
            int domain = m.group("domain") == null ? 0 : Integer.parseInt(m.group("domain"), 16);
            String prefix = String.format("%04x:%02x:%02x.", domain, Integer.parseInt(m.group("bus"), 16),
                    Integer.parseInt(m.group("slot"), 16));
            String suffix = (vslot == null ? "" : "@" + vslot) + (rewrittenOpts == null ? "" : "," + rewrittenOpts);
            List<String> made = new ArrayList<>();
            if (func.equals("*")) {
                made.add(prefix + "*" + suffix);
            } else {
                for (int f : functions) {
                    made.add(prefix + f + suffix);
                }
            }
            for (String s : made) {
                expanded.add(text(s, item.position()));
            }
            change(pci, Kind.REWRITTEN, "pci '" + spec + "' is " + String.join(", ", made.stream()
                    .map(s -> "'" + s + "'").toList()) + (made.size() > 1
                    ? " (xl passes each function as its own device)" : ""));
        }
        set("pci", new XlValue.Items(expanded, pci.position()));
    }

    private static List<Integer> pciFunctions(String func) {
        List<Integer> out = new ArrayList<>();
        for (String part : func.split(",")) {
            if (part.contains("-")) {
                int from = part.charAt(0) - '0';
                int to = part.charAt(part.length() - 1) - '0';
                for (int f = Math.min(from, to); f <= Math.max(from, to); f++) {
                    if (!out.contains(f)) {
                        out.add(f);
                    }
                }
            } else if (!out.contains(part.charAt(0) - '0')) {
                out.add(part.charAt(0) - '0');
            }
        }
        return out;
    }

    /** xend's pci options took yes/no; xl reads them with atoi, so "yes" would silently be 0. */
    private String pciOptions(XmVariable pci, String spec, String opts) {
        List<String> out = new ArrayList<>();
        for (String o : opts.split(",")) {
            String[] kv = o.split("=", 2);
            String value = kv.length == 2 ? kv[1].strip() : "";
            String v = switch (value) {
                case "yes" -> "1";
                case "no" -> "0";
                default -> value;
            };
            if (!v.equals(value)) {
                change(pci, Kind.REWRITTEN, "pci '" + spec + "': " + kv[0].strip() + "=" + value + " is "
                        + kv[0].strip() + "=" + v + " (xl reads numbers)");
            }
            out.add(kv[0].strip() + "=" + v);
        }
        return String.join(",", out);
    }

    private void vfbs() {
        XmVariable vfb = take("vfb");
        if (vfb == null) {
            return;
        }
        XlValue.Items items = listOf(vfb);
        if (items == null) {
            return;
        }
        List<XlValue> rewritten = new ArrayList<>();
        for (XlValue item : items.items()) {
            String spec = ((XlValue.Text) item).text();
            List<String> kept = new ArrayList<>();
            boolean changed = false;
            Set<String> keys = new HashSet<>();
            for (String token : spec.split(",")) {
                keys.add(token.contains("=") ? token.substring(0, token.indexOf('=')).strip() : token.strip());
            }
            for (String token : spec.split(",")) {
                String t = token.strip();
                String key = t.contains("=") ? t.substring(0, t.indexOf('=')).strip() : t;
                String value = t.contains("=") ? t.substring(t.indexOf('=') + 1).strip() : "";
                if (key.equals("type")) {
                    changed = true;
                    if ((value.equals("vnc") || value.equals("sdl")) && !keys.contains(value)) {
                        kept.add(value + "=1");
                        change(vfb, Kind.REWRITTEN, "vfb type=" + value + " is " + value
                                + "=1 (xl ignores type=, leaving a framebuffer nobody can see)");
                    } else {
                        change(vfb, Kind.DROPPED, "vfb type=" + value + " has no xl meaning");
                    }
                } else if (key.equals("serial") || key.equals("monitor") || key.equals("videoram")) {
                    changed = true;
                    change(vfb, Kind.DROPPED, "vfb key " + key + "= is not read by xl");
                } else if (!t.isEmpty()) {
                    kept.add(t);
                }
            }
            rewritten.add(changed ? text(String.join(",", kept), item.position()) : item);
        }
        set("vfb", new XlValue.Items(rewritten, vfb.position()));
    }

    private void backendFlags() {
        boolean backend = false;
        XmVariable first = null;
        for (String k : List.of("blkif", "netif")) {
            XmVariable v = take(k);
            if (v == null) {
                continue;
            }
            Long n = integer(v);
            if (n == null) {
                continue;
            }
            if (n != 0) {
                backend = true;
                first = first == null ? v : first;
                change(v, Kind.FOLDED, k + " = " + n + " is driver_domain = 1");
            } else {
                drop(v, "0: not a backend domain");
            }
        }
        if (backend) {
            set("driver_domain", text("1", first.position()));
        }
    }

    private void namedModes() {
        XmVariable tsc = take("tsc_mode");
        if (tsc != null) {
            named(tsc, "tsc_mode", List.of("default", "always_emulate", "native", "native_paravirt"));
        }
        XmVariable timer = take("timer_mode");
        if (timer != null) {
            if (!hvm) {
                drop(timer, "xl refuses timer_mode for PV guests");
            } else {
                named(timer, "timer_mode", List.of("delay_for_missed_ticks", "no_delay_for_missed_ticks",
                        "no_missed_ticks_pending", "one_missed_tick_pending"));
            }
        }
    }

    private void named(XmVariable v, String key, List<String> names) {
        if (v.value() instanceof PyValue.Str s) {
            set(key, text(s.value(), v.position()));
            return;
        }
        Long n = integer(v);
        if (n == null) {
            return;
        }
        if (n < 0 || n >= names.size()) {
            error(v, key + " = " + n + " is not one of 0.." + (names.size() - 1));
            return;
        }
        set(key, text(names.get(n.intValue()), v.position()));
        change(v, Kind.REWRITTEN, key + " = " + n + " is \"" + names.get(n.intValue())
                + "\" (xl deprecates the number)");
    }

    /** Every option not handled above: same key, renamed key, dropped, or not an option at all. */
    private void plain(XmVariable v) {
        if (INTERNAL.contains(v.name())) {
            return;
        }
        XmOptions.Option option = XmOptions.find(v.name()).orElse(null);
        if (option == null) {
            change(v, Kind.DROPPED, "not an xm option (a helper variable; xend ignored it)"
                    + (holdsMapping(v.value()) ? "; xl's syntax has no dicts or sets, so xl would refuse the file"
                    + " if it were kept" : ""));
            return;
        }
        switch (option.rule()) {
            case SAME -> set(v.name(), asKind(v.name(), v));
            case RENAMED -> {
                set(option.detail(), asKind(option.detail(), v));
                change(v, Kind.RENAMED, v.name() + " is " + option.detail() + " in xl");
            }
            case DROPPED -> drop(v, option.detail());
            case SPECIAL -> throw new IllegalStateException("unhandled special option " + v.name());
        }
    }

    // ---------------------------------------------------------------- values

    /** The xm value in the shape the xl key takes (its kind in the key schema): a list, a scalar, either. */
    private XlValue asKind(String xlKey, XmVariable v) {
        return switch (KeySchema.require(xlKey).kind()) {
            case LIST -> listOf(v);
            case STRING_OR_LIST -> v.value() instanceof PyValue.PyList ? listOf(v) : scalar(v);
            default -> scalar(v);
        };
    }

    private static boolean holdsMapping(PyValue v) {
        return v instanceof PyValue.PyDict || v instanceof PyValue.PySet
                || v instanceof PyValue.PyList l && l.items().stream().anyMatch(XmToXlConverter::holdsMapping)
                || v instanceof PyValue.Tuple t && t.items().stream().anyMatch(XmToXlConverter::holdsMapping);
    }

    private XmVariable take(String name) {
        handled.add(name);
        return vars.get(name);
    }

    private void set(String key, XlValue value) {
        if (value != null) {
            spend(value.position(), key.length() + size(value));
            out.put(key, value);
        }
    }

    private static long size(XlValue value) {
        if (value instanceof XlValue.Text t) {
            return t.text().length() + 3L;
        }
        long n = 4;
        for (XlValue item : ((XlValue.Items) value).items()) {
            n += size(item);
        }
        return n;
    }

    /** Charges the output budget as the conversion goes, so a huge config is refused before it is written. */
    private void spend(SourcePosition at, long chars) {
        outputChars += chars;
        if (outputChars > maxXlChars) {
            throw outputBudget(at, outputChars);
        }
    }

    private ConfigException outputBudget(SourcePosition at, long chars) {
        return new ConfigException(Diagnostic.error(at, null, "the converted xl config and its report would"
                + " pass " + chars + " characters: the output budget is " + maxXlChars));
    }

    private XlValue scalar(XmVariable v) {
        PyValue value = v.value();
        if (value instanceof PyValue.PyList) {
            error(v, v.name() + " is a list; xl wants a single value here");
            return null;
        }
        String s = textOf(v);
        return s == null ? null : text(s, v.position());
    }

    private XlValue.Items listOf(XmVariable v) {
        if (v.value() instanceof PyValue.Str s) {
            change(v, Kind.REWRITTEN, v.name() + " was one string; xl wants a list of one item");
            return new XlValue.Items(List.of(text(s.value(), v.position())), v.position());
        }
        if (!(v.value() instanceof PyValue.PyList list)) {
            error(v, v.name() + " must be a list, not " + v.value().typeName());
            return null;
        }
        List<XlValue> items = new ArrayList<>();
        for (PyValue item : list.items()) {
            String s = scalarText(v, item);
            if (s == null) {
                return null;
            }
            items.add(text(s, v.position()));
        }
        return new XlValue.Items(items, v.position());
    }

    private String textOf(XmVariable v) {
        return scalarText(v, v.value());
    }

    private String scalarText(XmVariable v, PyValue value) {
        if (value instanceof PyValue.Str s) {
            return s.value();
        }
        if (value instanceof PyValue.Int i) {
            return Long.toString(i.value());
        }
        if (value instanceof PyValue.Float f) {
            double d = f.value();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                long n = (long) d;
                change(v, Kind.REWRITTEN, v.name() + ": the float " + dev.jxl.grammar.xm.XmValues.repr(value)
                        + " is written as the integer " + n + " (xl reads integers)");
                return Long.toString(n);
            }
            error(v, v.name() + " = " + dev.jxl.grammar.xm.XmValues.repr(value) + ": xl has no fractional numbers");
            return null;
        }
        error(v, v.name() + " holds a " + value.typeName() + " where xl wants a string or number");
        return null;
    }

    private String string(XmVariable v) {
        if (v.value() instanceof PyValue.Str s) {
            return s.value();
        }
        error(v, v.name() + " must be a string, not " + v.value().typeName());
        return null;
    }

    private Long integer(XmVariable v) {
        if (v.value() instanceof PyValue.Int i) {
            return i.value();
        }
        if (v.value() instanceof PyValue.Str s && s.value().strip().matches("-?[0-9]+")) {
            return Long.parseLong(s.value().strip()); // a command-line option word
        }
        error(v, v.name() + " must be an integer, not " + v.value().typeName());
        return null;
    }

    /**
     * Every string of the xl result can be written in xl syntax, or the conversion is refused at the
     * xm string it came from: a NUL cannot ({@link XlWriter}: libxlu's strings are C strings, which
     * end at one; xend passed Python strings, which do not).
     */
    private void requireWritable(String key, XlValue value) {
        if (value instanceof XlValue.Items items) {
            items.items().forEach(item -> requireWritable(key, item));
            return;
        }
        int nul = ((XlValue.Text) value).text().indexOf('\0');
        if (nul >= 0) {
            errors.add(Diagnostic.error(value.position(), key, "the value for xl's `" + key + "' holds a NUL (\\x00) at"
                    + " character " + (nul + 1) + ", which no xl string can hold: libxlu's strings end at a NUL"));
        }
    }

    private static XlValue.Text text(String s, SourcePosition at) {
        return new XlValue.Text(s, at);
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private SourcePosition fileStart() {
        return new SourcePosition(source, 1, 1);
    }

    private void drop(XmVariable v, String reason) {
        dropped.add(new XmConversion.Dropped(v.name(), reason));
        change(v, Kind.DROPPED, reason);
    }

    private void change(XmVariable v, Kind kind, String message) {
        change(v.position(), v.name(), kind, message);
    }

    private void change(SourcePosition at, String key, Kind kind, String message) {
        spend(at, key.length() + message.length() + 40L);
        changes.add(new ConversionChange(at, key, kind, message));
    }

    private void error(XmVariable v, String message) {
        errors.add(Diagnostic.error(v.position(), v.name(), message));
    }
}
