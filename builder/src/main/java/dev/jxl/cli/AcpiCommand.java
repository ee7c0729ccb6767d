package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.option;
import static dev.jxl.cli.CommandModel.parameter;
import static dev.jxl.cli.CommandModel.parameters;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.config.LoadedConfig;
import dev.jxl.layout.DmAcpiArea;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.layout.acpi.AcpiFirmwareImage;
import dev.jxl.layout.acpi.AcpiRefusedException;
import dev.jxl.layout.acpi.HvmloaderAcpiPolicy;
import dev.jxl.layout.acpi.HvmloaderSecondaryTables;
import dev.jxl.layout.acpi.Nfit;
import dev.jxl.layout.acpi.NvdimmAcpiInput;
import dev.jxl.layout.acpi.NvdimmSsdt;
import dev.jxl.units.Hex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl acpi CONFIG [KEY=VALUE…] -o DIR}: the guest ACPI for the config's vNVDIMMs, from the
 * planned layout: {@code nfit.dat}, {@code ssdt.aml}, {@code dm-acpi.bin} (the blob area the plan places
 * and publishes) and {@code acpi_firmware.bin} (the tables back to back, for xl's {@code acpi_firmware=}).
 * Both packings pass hvmloader's acceptance rules before anything is written.
 */
final class AcpiCommand implements JxlCommand<AcpiCommand.Args> {
    static final String NAME = "acpi";
    static final String DESCRIPTION = "Write the guest NFIT, NVDIMM SSDT, dm-acpi blobs and acpi_firmware image.";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION,
                parameter("0", "CONFIG", Path.class, "The xl config file (with vnvdimms)."),
                parameters("1..*", "KEY=VALUE", String.class, "Settings appended to the config, as xl does."),
                option("-o, --output", "DIR", Path.class, "Directory to write the files to.").required(true));
    }

    record Args(GlobalOptions global, Path config, List<String> overrides, Path outDir) {
        Args {
            overrides = List.copyOf(overrides);
        }
    }

    @Override
    public Args args(Words words) {
        return new Args(words.global(), words.parameter("CONFIG", null), words.parameter("KEY=VALUE", List.of()),
                words.option("-o", null));
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        Path config = args.config();
        List<String> overrides = args.overrides();
        Host host = Planning.host(args.global(), err);
        LoadedConfig loaded = Planning.load(config, overrides, host);
        loaded.warnings().forEach(err::println);
        GuestLayout layout = Planning.layout(config, overrides, loaded.config(), host, PlanOptions.DEFAULT);
        if (layout.vnvdimms().isEmpty()) {
            throw DiagnosticException.of(Failure.CONFIG, config + ": no vnvdimms: a guest without vNVDIMMs gets no NFIT or "
                    + "NVDIMM SSDT");
        }
        NvdimmAcpiInput input = layout.nvdimmAcpiInput();
        HvmloaderSecondaryTables built = HvmloaderSecondaryTables.xlDefaults();
        DmAcpiArea area = layout.dmAcpi().orElseThrow();
        byte[] dmAcpi = area.bytes().toByteArray(); // the planner's bytes, the very ones the build loads
        byte[] firmware = AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(input));
        try {
            HvmloaderAcpiPolicy.requireDmAcpiAccepted(dmAcpi, HvmloaderAcpiPolicy.DomainFacts.of(input, built));
            HvmloaderAcpiPolicy.requireAcpiFirmwareAccepted(firmware, built);
        } catch (AcpiRefusedException e) {
            throw DiagnosticException.of(Failure.PLAN, "hvmloader would refuse the tables: " + e.getMessage(), e);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nfit.dat", Nfit.forVnvdimms(input).toTable().toBytes());
        files.put("ssdt.aml", NvdimmSsdt.forVnvdimms(input).toBytes());
        files.put("dm-acpi.bin", dmAcpi);
        files.put("acpi_firmware.bin", firmware);
        try {
            Files.createDirectories(args.outDir());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                write(args.outDir().resolve(f.getKey()), f.getValue());
                out.printf("%-18s %6d bytes%n", f.getKey(), f.getValue().length);
            }
        } catch (IOException e) {
            throw DiagnosticException.of(Failure.CONFIG, "cannot write " + args.outDir() + ": " + e.getMessage(), e);
        }
        out.println(layout.vnvdimms().size() + " vNVDIMM(s); dm-acpi area " + Hex.plain(area.address()) + ", "
                + area.pages() + " page(s), E820-reserved; xenstore:");
        for (XenstoreWrite w : area.xenstoreWrites()) {
            out.println("  " + w);
        }
        out.println("acpi_firmware.bin: " + HvmloaderAcpiPolicy.countTables(firmware) + " table(s) of "
                + built.passthroughSlots() + " passthrough slot(s) left by hvmloader with xl's defaults");
        out.flush();
        return ExitCode.OK;
    }

    /** Through a temporary file and a rename, so a reader never sees half a table. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
