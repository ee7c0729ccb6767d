package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.option;
import static dev.jxl.cli.CommandModel.options;
import static dev.jxl.cli.CommandModel.parameter;
import static dev.jxl.cli.CommandModel.parameters;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.LayoutBuildInputs;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.JxlExtensions;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.layout.GuestLayout;
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
import java.util.OptionalLong;
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
final class PlanCommand implements JxlCommand<PlanCommand.Args> {
    static final String NAME = "plan";
    static final String DESCRIPTION = "Show the guest memory layout (E820, holes, special pages) and why; "
            + "or, with --diff / --diff-host, what changes between two plans.";

    enum Format { text, json, svg }

    enum Rsdp { high, low }

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION,
                parameter("0", "CONFIG", Path.class, "The xl config file (none with --diff, which names both).")
                        .arity("0..1"),
                parameters("1..*", "KEY=VALUE", String.class, "Settings appended to the config, as xl does "
                        + "(with --diff: to the right-hand config)."),
                option("--format", "text|json|svg", Format.class, "Output format (default: text; "
                        + "a diff is text or svg, side by side)."),
                options("--diff", "CONFIG", Path.class, "Compare two configs' plans on the "
                        + "host (left, right): E820, regions, RAM split, MMIO hole, vNVDIMMs, xenstore nodes, build steps. "
                        + "KEY=VALUE words change the right one: --diff g.cfg g.cfg memory=16384.").arity("2"),
                options("--diff-host", "HOST.json", Path.class, "Compare CONFIG's plans on two hosts (left, right).")
                        .arity("2"),
                options("--hosts", "HOST.json", Path.class,
                        "Hosts the guest may migrate between: report the highest pci_hole_start valid on all (PV).")
                        .arity("1..*"),
                option("--pvh-rsdp", "high|low", Rsdp.class, "PVH: where libxl puts the RSDP: high (after the tables;"
                        + " non-Linux or Linux >= 4.20, the default) or low (0xfffc0, for Linux kernels without"
                        + " XENFEAT_linux_rsdp_unrestricted)."));
    }

    /** What plan was asked: one plan ({@link One}) or a diff of two ({@link ConfigDiff}, {@link HostDiff}). */
    record Args(GlobalOptions global, Format format, Rsdp rsdp, Request request) {
        PlanOptions options() {
            return Planning.options(global, new PlanOptions(rsdp == Rsdp.high));
        }
    }

    sealed interface Request permits One, ConfigDiff, HostDiff {
    }

    /** {@code CONFIG [KEY=VALUE…] [--hosts H…]}: {@code hosts} empty for the host of the global options. */
    record One(Path config, List<String> overrides, List<Path> hosts) implements Request {
        One {
            overrides = List.copyOf(overrides);
            hosts = List.copyOf(hosts);
        }
    }

    /** {@code --diff LEFT RIGHT [KEY=VALUE…]}: the words change the right one. */
    record ConfigDiff(Path left, Path right, List<String> words) implements Request {
        ConfigDiff {
            words = List.copyOf(words);
        }
    }

    /** {@code CONFIG [KEY=VALUE…] --diff-host LEFT RIGHT}. */
    record HostDiff(Path config, List<String> overrides, Path left, Path right) implements Request {
        HostDiff {
            overrides = List.copyOf(overrides);
        }
    }

    @Override
    public Args args(Words words) {
        Path config = words.parameter("CONFIG", null);
        List<String> overrides = words.parameter("KEY=VALUE", List.of());
        List<Path> diff = words.option("--diff", List.of());
        List<Path> diffHosts = words.option("--diff-host", List.of());
        List<Path> hosts = words.option("--hosts", List.of());
        Format format = words.option("--format", Format.text);
        GlobalOptions global = words.global();
        Request request;
        if (diff.isEmpty() && diffHosts.isEmpty()) {
            if (config == null) {
                throw new UsageException("Missing required parameter: 'CONFIG'");
            }
            request = new One(config, overrides, hosts);
        } else {
            if (!diff.isEmpty() && !diffHosts.isEmpty()) {
                throw new UsageException("--diff compares two configs, --diff-host one config on two hosts: give one"
                        + " of them");
            }
            if (diff.size() > 2 || diffHosts.size() > 2) {
                throw new UsageException("a diff has two sides: give --diff or --diff-host once");
            }
            if (!hosts.isEmpty()) {
                throw new UsageException("--hosts does not go with --diff or --diff-host");
            }
            if (format == Format.json) {
                throw new UsageException("a plan diff is text or svg (--format json prints one plan)");
            }
            request = diff.isEmpty() ? hostDiff(config, overrides, diffHosts, global) : configDiff(config, overrides, diff);
        }
        return new Args(global, format, words.option("--pvh-rsdp", Rsdp.high), request);
    }

    /** Every word after --diff's two configs is a KEY=VALUE for the right one (picocli hands the first to CONFIG). */
    private static ConfigDiff configDiff(Path config, List<String> overrides, List<Path> diff) {
        List<String> words = new ArrayList<>();
        if (config != null) {
            words.add(config.toString());
        }
        words.addAll(overrides);
        for (String w : words) {
            if (!w.contains("=")) {
                throw new UsageException("--diff names both configs; '" + w + "' is not a KEY=VALUE for the right one");
            }
        }
        return new ConfigDiff(diff.get(0), diff.get(1), words);
    }

    private static HostDiff hostDiff(Path config, List<String> overrides, List<Path> diffHosts, GlobalOptions global) {
        if (config == null) {
            throw new UsageException("--diff-host plans one CONFIG on two hosts: Missing required parameter: 'CONFIG'");
        }
        if (global.host() != null) {
            throw new UsageException("--diff-host names both hosts; drop --host");
        }
        return new HostDiff(config, overrides, diffHosts.get(0), diffHosts.get(1));
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        Request request = args.request();
        if (request instanceof One one) {
            return plan(args, one, out, err);
        }
        if (request instanceof ConfigDiff d) {
            return diff(args, d, out, err);
        }
        return diff(args, (HostDiff) request, out, err);
    }

    private static int plan(Args args, One one, PrintWriter out, PrintWriter err) {
        Path config = one.config();
        List<String> overrides = one.overrides();
        Host host;
        String header = "";
        OptionalLong migrationSafeStart = OptionalLong.empty();
        DomainConfig c;
        try {
            if (!one.hosts().isEmpty()) {
                List<Host> all = new ArrayList<>();
                for (Path p : one.hosts()) {
                    all.add(HostDescriptions.read(p));
                }
                c = bind(config, overrides, all.get(0), err);
                if (c.type() != dev.jxl.config.libxl.DomainType.PV) {
                    // the hole --hosts computes is pci_hole_start's, which only a PV guest has
                    throw DiagnosticException.of(Failure.USAGE, "--hosts finds the pci_hole_start valid on every host,"
                            + " and only a PV guest has one; " + config + " is type=\""
                            + c.type().libxlName() + "\" (an HVM guest's hole is mmio_hole)");
                }
                long start = LayoutPlanner.migrationSafePciHoleStart(all);
                migrationSafeStart = OptionalLong.of(start);
                header = "pci_hole_start = " + Hex.plain(start) + " (the highest valid on " + one.hosts().size()
                        + " host(s): " + String.join(", ", one.hosts().stream().map(Path::toString).toList()) + ")\n\n";
                c = new DomainConfig(c.source(), c.libxl(), new JxlExtensions(c.jxl().vnvdimmSpecs(), OptionalLong.of(start)));
                host = all.get(0);
            } else {
                host = Planning.host(args.global(), err);
                c = bind(config, overrides, host, err);
            }
        } catch (PlanningException e) {
            throw Planning.cannotPlan(config, overrides, e);
        }
        GuestLayout layout = Planning.layout(config, overrides, c, host, args.options());
        switch (args.format()) {
            case json -> out.print(json(layout, BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)), migrationSafeStart,
                    one.hosts()));
            case svg -> out.print(LayoutSvg.render(layout, title(c.name(), config)));
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
    private static String json(GuestLayout layout, BuildPlan plan, OptionalLong migrationSafeStart, List<Path> hosts) {
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
    private static String title(String name, Path config) {
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

    private static DomainConfig bind(Path file, List<String> words, Host host, PrintWriter err) {
        LoadedConfig loaded = Planning.load(file, words, host);
        loaded.warnings().forEach(err::println);
        return loaded.config();
    }

    /** {@code --diff A B [KEY=VALUE…]}: both on the host of the global options. */
    private static int diff(Args args, ConfigDiff d, PrintWriter out, PrintWriter err) {
        GlobalOptions global = args.global();
        Host host = Planning.host(global, err);
        String rightLabel = d.right() + (d.words().isEmpty() ? "" : " " + String.join(" ", d.words()));
        PlanDiff.Side left = side(args, d.left(), List.of(), host, d.left().toString(), "the left side of --diff", err);
        PlanDiff.Side right = side(args, d.right(), d.words(), host, rightLabel, "the right side of --diff", err);
        String on = "both on " + (global.host() != null ? "--host " + global.host()
                : global.backend() == GlobalOptions.Backend.xl ? "the live Xen host" : "the sim's host");
        return print(args, left, right, on, out);
    }

    /** {@code CONFIG [KEY=VALUE…] --diff-host H1 H2}. */
    private static int diff(Args args, HostDiff d, PrintWriter out, PrintWriter err) {
        String words = d.overrides().isEmpty() ? "" : " " + String.join(" ", d.overrides());
        PlanDiff.Side left = side(args, d.config(), d.overrides(), readHost(d.left()), d.config() + words + " on "
                + d.left(), "the left side of --diff-host (" + d.left() + ")", err);
        PlanDiff.Side right = side(args, d.config(), d.overrides(), readHost(d.right()), d.config() + words + " on "
                + d.right(), "the right side of --diff-host (" + d.right() + ")", err);
        return print(args, left, right, "", out);
    }

    private static int print(Args args, PlanDiff.Side left, PlanDiff.Side right, String on, PrintWriter out) {
        if (args.format() == Format.svg) {
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
    private static PlanDiff.Side side(Args args, Path file, List<String> words, Host host, String label, String which,
            PrintWriter err) {
        try {
            DomainConfig c = bind(file, words, host, err);
            GuestLayout layout = Planning.layout(file, words, c, host, args.options());
            return new PlanDiff.Side(label, layout, BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)));
        } catch (PlanningException e) {
            throw Planning.cannotPlan(file, words, e).withNote("while planning " + which);
        } catch (DiagnosticException e) {
            throw e.withNote("while planning " + which);
        }
    }
}
