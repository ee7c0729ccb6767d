package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.LayoutBuildInputs;

import dev.jxl.build.host.HostDescriptionException;
import dev.jxl.build.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.config.JxlExtensions;
import dev.jxl.config.LoadedConfig;
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
import dev.jxl.layout.e820.Hex;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.render.LayoutSvg;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl plan CONFIG [KEY=VALUE…]}: the guest's memory layout as Xen 4.17 would build it, on
 * the host of {@code --host} (default: the built-in server; with {@code --backend xl}, the live host).
 * With {@code --hosts A B …} it finds the highest {@code pci_hole_start} valid on all of them and plans
 * with it, on the first.
 */
@Command(name = "plan", description = "Show the guest memory layout (E820, holes, special pages) and why.")
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json, svg }

    enum Rsdp { high, low }

    @ParentCommand
    Jxl jxl;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The xl config file.")
    Path config;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Settings appended to the config, as xl does.")
    List<String> overrides = List.of();

    @Option(names = "--format", paramLabel = "text|json|svg", description = "Output format (default: text).")
    Format format = Format.text;

    @Option(names = "--hosts", arity = "1..*", paramLabel = "HOST.json",
            description = "Hosts the guest may migrate between: report the highest pci_hole_start valid on all (PV).")
    List<Path> hosts = List.of();

    @Option(names = "--pvh-rsdp", paramLabel = "high|low",
            description = "PVH: where libxl puts the RSDP: high (after the tables; non-Linux or Linux >= 4.20, the "
                    + "default) or low (0xfffc0, for Linux kernels without XENFEAT_linux_rsdp_unrestricted).")
    Rsdp rsdp = Rsdp.high;

    @Override
    public Integer call() {
        Host host;
        String header = "";
        DomainConfig c;
        try {
            if (!hosts.isEmpty()) {
                List<Host> all = new ArrayList<>();
                for (Path p : hosts) {
                    all.add(HostDescriptions.read(p));
                }
                c = bind(all.get(0));
                long start = LayoutPlanner.migrationSafePciHoleStart(all);
                header = "pci_hole_start = " + Hex.plain(start) + " (the highest valid on " + hosts.size()
                        + " host(s): " + String.join(", ", hosts.stream().map(Path::toString).toList()) + ")\n\n";
                c = new DomainConfig(c.source(), c.libxl(), new JxlExtensions(c.jxl().vnvdimmSpecs(), OptionalLong.of(start)));
                host = all.get(0);
            } else {
                host = Planning.host(jxl.global(), spec.commandLine().getErr());
                c = bind(host);
            }
        } catch (HostDescriptionException e) {
            throw DiagnosticException.of(Failure.CONFIG, e.getMessage(), e);
        } catch (PlanningException e) {
            throw Planning.cannotPlan(config, overrides, e);
        }
        GuestLayout layout = Planning.layout(config, overrides, c, host,
                Planning.options(jxl.global(), new PlanOptions(rsdp == Rsdp.high)));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.print(layout.toJson());
            case svg -> out.print(LayoutSvg.render(layout, title(c.name())));
            default -> out.print(header + layout.toText() + "\nbuild steps:\n"
                    + BuildPlanner.plan(c, LayoutBuildInputs.of(c, layout)).toText());
        }
        out.flush();
        return ExitCode.OK;
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
        LoadedConfig loaded = Planning.load(config, overrides, host);
        loaded.warnings().forEach(spec.commandLine().getErr()::println);
        return loaded.config();
    }
}
