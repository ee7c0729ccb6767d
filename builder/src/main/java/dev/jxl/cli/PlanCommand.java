package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.LayoutBuildInputs;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.JxlExtensions;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSetting;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutException;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.PlanningException;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.render.LayoutSvg;
import dev.jxl.layout.render.PlanDiff;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl plan CONFIG [KEY=VALUE…]}: the guest's memory layout as Xen 4.17 would build it, on
 * the host of {@code --host} (default: the built-in server; with {@code --backend xl}, the live host).
 * With {@code --hosts A B …} it finds the highest {@code pci_hole_start} valid on all of them and plans
 * with it, on the first.
 *
 * <p>Two plans compared ({@link PlanDiff}; {@code --format svg}: side by side on one address axis):
 * {@code jxl plan --diff LEFT.cfg RIGHT.cfg [KEY=VALUE…]} (two configs on the host; the words apply
 * to the right one, so {@code --diff g.cfg g.cfg memory=16384} is "what if"), and
 * {@code jxl plan CONFIG [KEY=VALUE…] --diff-host LEFT.json RIGHT.json} (one config on two hosts).
 * Either side that does not plan is reported as a plain {@code plan} reports it, with a note naming
 * the side.
 */
@Command(name = "plan", description = "Show the guest memory layout (E820, holes, special pages) and why; "
        + "or, with --diff / --diff-host, what changes between two plans.")
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json, svg }

    enum Rsdp { high, low }

    @ParentCommand
    Jxl jxl;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "The xl config file (none with --diff, which names both).")
    Path config;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Settings appended to the config, as xl does "
            + "(with --diff: to the right-hand config).")
    List<String> overrides = List.of();

    @Option(names = "--format", paramLabel = "text|json|svg", description = "Output format (default: text; "
            + "a diff is text or svg, side by side).")
    Format format = Format.text;

    @Option(names = "--diff", arity = "2", paramLabel = "CONFIG", description = "Compare two configs' plans on the "
            + "host (left, right): E820, regions, RAM split, MMIO hole, vNVDIMMs, xenstore nodes, build steps. "
            + "KEY=VALUE words change the right one: --diff g.cfg g.cfg memory=16384.")
    List<Path> diff = List.of();

    @Option(names = "--diff-host", arity = "2", paramLabel = "HOST.json",
            description = "Compare CONFIG's plans on two hosts (left, right).")
    List<Path> diffHosts = List.of();

    @Option(names = "--hosts", arity = "1..*", paramLabel = "HOST.json",
            description = "Hosts the guest may migrate between: report the highest pci_hole_start valid on all (PV).")
    List<Path> hosts = List.of();

    @Option(names = "--pvh-rsdp", paramLabel = "high|low",
            description = "PVH: where libxl puts the RSDP: high (after the tables; non-Linux or Linux >= 4.20, the "
                    + "default) or low (0xfffc0, for Linux kernels without XENFEAT_linux_rsdp_unrestricted).")
    Rsdp rsdp = Rsdp.high;

    @Override
    public Integer call() {
        if (!diff.isEmpty() || !diffHosts.isEmpty()) {
            return callDiff();
        }
        if (config == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'CONFIG'");
        }
        Host host;
        String header = "";
        OptionalLong migrationSafeStart = OptionalLong.empty();
        DomainConfig c;
        try {
            if (!hosts.isEmpty()) {
                List<Host> all = new ArrayList<>();
                for (Path p : hosts) {
                    all.add(HostDescriptions.read(p));
                }
                c = bind(all.get(0));
                if (c.type() != dev.jxl.config.libxl.DomainType.PV) {
                    // the hole --hosts computes is pci_hole_start's, which only a PV guest has
                    throw DiagnosticException.of(Failure.USAGE, "--hosts finds the pci_hole_start valid on every host,"
                            + " and only a PV guest has one; " + config + " is type=\""
                            + c.type().libxlName() + "\" (an HVM guest's hole is mmio_hole)");
                }
                long start = LayoutPlanner.migrationSafePciHoleStart(all);
                migrationSafeStart = OptionalLong.of(start);
                header = "pci_hole_start = " + Hex.plain(start) + " (the highest valid on " + hosts.size()
                        + " host(s): " + String.join(", ", hosts.stream().map(Path::toString).toList()) + ")\n\n";
                c = new DomainConfig(c.source(), c.libxl(), new JxlExtensions(c.jxl().vnvdimmSpecs(), OptionalLong.of(start)));
                host = all.get(0);
            } else {
                host = Planning.host(jxl.global(), spec.commandLine().getErr());
                c = bind(host);
            }
        } catch (PlanningException e) {
            throw Planning.cannotPlan(config, overrides, e);
        }
        GuestLayout layout = Planning.layout(config, overrides, c, host,
                Planning.options(jxl.global(), new PlanOptions(rsdp == Rsdp.high)));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.print(json(layout, BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)), migrationSafeStart));
            case svg -> out.print(LayoutSvg.render(layout, title(c.name())));
            default -> out.print(header + layout.toText() + "\nbuild steps:\n"
                    + BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)).toText());
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * One object: the layout's members where they always were (a script reading {@code .e820} keeps
     * working), then {@code build_steps}, and with {@code --hosts} what it found ({@code hosts}).
     */
    private String json(GuestLayout layout, BuildPlan plan, OptionalLong migrationSafeStart) {
        YajlWriter w = new YajlWriter();
        w.openMap();
        layout.writeJson(w);
        w.key("build_steps");
        plan.writeJson(w);
        migrationSafeStart.ifPresent(start -> {
            w.key("hosts").openMap().key("pci_hole_start").value(start).key("files").openArray();
            hosts.forEach(h -> w.value(h.toString()));
            w.closeArray().closeMap();
        });
        return w.closeMap().toString();
    }

    /**
     * The picture's title: the domain's name as its bytes mean it (a config is read byte for byte,
     * as ISO-8859-1; a UTF-8 name is shown as such), else the config file.
     */
    private String title(String name) {
        if (name == null || name.isEmpty()) {
            return config.toString();
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }

    private DomainConfig bind(Host host) {
        return bind(config, overrides, host);
    }

    private DomainConfig bind(Path file, List<String> words, Host host) {
        LoadedConfig loaded = Planning.load(file, words, host);
        loaded.warnings().forEach(spec.commandLine().getErr()::println);
        return loaded.config();
    }

    /** {@code --diff A B [KEY=VALUE…]} or {@code CONFIG [KEY=VALUE…] --diff-host H1 H2}. */
    private int callDiff() {
        if (!diff.isEmpty() && !diffHosts.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--diff compares two configs, --diff-host one config on two "
                    + "hosts: give one of them");
        }
        if (diff.size() > 2 || diffHosts.size() > 2) {
            throw new ParameterException(spec.commandLine(), "a diff has two sides: give --diff or --diff-host once");
        }
        if (!hosts.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--hosts does not go with --diff or --diff-host");
        }
        if (format == Format.json) {
            throw new ParameterException(spec.commandLine(), "a plan diff is text or svg (--format json prints one plan)");
        }
        PlanDiff.Side left;
        PlanDiff.Side right;
        String on;
        if (!diff.isEmpty()) {
            // every word after --diff's two configs is a KEY=VALUE for the right one (picocli hands the first to CONFIG)
            List<String> words = new ArrayList<>();
            if (config != null) {
                words.add(config.toString());
            }
            words.addAll(overrides);
            for (String w : words) {
                if (!w.contains("=")) {
                    throw new ParameterException(spec.commandLine(), "--diff names both configs; '" + w
                            + "' is not a KEY=VALUE for the right one");
                }
            }
            Host host = Planning.host(jxl.global(), spec.commandLine().getErr());
            String rightLabel = diff.get(1) + (words.isEmpty() ? "" : " " + String.join(" ", words));
            left = side(diff.get(0), List.of(), host, diff.get(0).toString(), "the left side of --diff");
            right = side(diff.get(1), words, host, rightLabel, "the right side of --diff");
            on = "both on " + (jxl.global().host() != null ? "--host " + jxl.global().host()
                    : jxl.global().backend() == GlobalOptions.Backend.xl ? "the live Xen host" : "the sim's host");
        } else {
            if (config == null) {
                throw new ParameterException(spec.commandLine(), "--diff-host plans one CONFIG on two hosts: "
                        + "Missing required parameter: 'CONFIG'");
            }
            if (jxl.global().host() != null) {
                throw new ParameterException(spec.commandLine(), "--diff-host names both hosts; drop --host");
            }
            String words = overrides.isEmpty() ? "" : " " + String.join(" ", overrides);
            left = side(config, overrides, readHost(diffHosts.get(0)), config + words + " on " + diffHosts.get(0),
                    "the left side of --diff-host (" + diffHosts.get(0) + ")");
            right = side(config, overrides, readHost(diffHosts.get(1)), config + words + " on " + diffHosts.get(1),
                    "the right side of --diff-host (" + diffHosts.get(1) + ")");
            on = "";
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.svg) {
            out.print(LayoutSvg.renderDiff(left.layout(), left.label(), right.layout(), right.label(),
                    PlanDiff.outline(left, right)));
        } else {
            out.print(PlanDiff.text(left, right, on));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static Host readHost(Path file) {
        return HostDescriptions.read(file);
    }

    /** One side of a diff, planned as {@code jxl plan} plans; a failure says which side it was. */
    private PlanDiff.Side side(Path file, List<String> words, Host host, String label, String which) {
        try {
            DomainConfig c = bind(file, words, host);
            GuestLayout layout = Planning.layout(file, words, c, host,
                    Planning.options(jxl.global(), new PlanOptions(rsdp == Rsdp.high)));
            return new PlanDiff.Side(label, layout, BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)));
        } catch (PlanningException e) {
            throw Planning.cannotPlan(file, words, e).withNote("while planning " + which);
        } catch (DiagnosticException e) {
            throw e.withNote("while planning " + which);
        }
    }
}
