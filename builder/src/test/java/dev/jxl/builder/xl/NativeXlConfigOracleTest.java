package dev.jxl.builder.xl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.diag.ConfigException;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSettings;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.host.Host;
import dev.jxl.oracle.Oracles;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The config `--backend xl` hands to real Xen, checked by real `xl -N create`: accepted, and its
 * libxl JSON carries the pmem extents as iomem at the planned frames, the tables as acpi_firmware,
 * and the guest's MMIO hole — for every example and every golden vNVDIMM layout that plans.
 */
class NativeXlConfigOracleTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    static final Path ACPI = Path.of("/tmp/jxl-test.acpi");

    static Stream<Path> configs() throws IOException {
        Stream<Path> examples = Files.list(ROOT.resolve("examples")).filter(p -> p.toString().endsWith(".cfg"));
        Stream<Path> golden = Files.list(ROOT.resolve("golden/layout"))
                .filter(p -> p.getFileName().toString().matches("hvm-vnvdimm-(one|several|json|labels|pinned-gfn|file|64x96g|svg)\\.cfg"));
        return Stream.concat(examples, golden).sorted();
    }

    private static Host hostFor(Path cfg) throws IOException {
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("# args:") && line.contains("--host")) {
                String[] words = line.substring(7).trim().split("\\s+");
                for (int i = 0; i < words.length - 1; i++) {
                    if (words[i].equals("--host")) {
                        return HostDescriptions.read(ROOT.resolve(words[i + 1]));
                    }
                }
            }
        }
        return HostDescriptions.builtIn();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void realXlAcceptsWhatJxlHandsIt(Path cfg) throws IOException {
        Oracles.assumeOracle(Oracles.available(Oracles.Tool.XL), "xl (xen-utils-4.17) is not installed");
        String text = ConfigLoader.read(cfg);
        XlSettings settings = XlConfigReader.parse(cfg.toString(), text, List.of());
        DomainConfig config = ConfigLoader.fromText(cfg.toString(), text, List.of()).config();
        GuestLayout layout = LayoutPlanner.plan(config, hostFor(cfg), PlanOptions.DEFAULT);
        if (layout.vnvdimms().stream().anyMatch(v -> v.placement().word().equals("below4g"))) {
            assertThrows(ConfigException.class, () -> NativeXlConfig.of(settings, config, layout, ACPI.toString()));
            return;
        }
        String nativeText = NativeXlConfig.of(settings, config, layout, ACPI.toString());
        XlResult xl = XlOracle.get().dryRunText(cfg.getFileName().toString(), nativeText, List.of());
        assertTrue(xl.accepted(), cfg + ": xl refused\n" + nativeText + "\n" + xl.messages());
        String json = xl.stdout();
        for (PmemExtent e : layout.pmemExtents()) {
            String entry = "\"start\": " + e.mfn() + ",\n                \"number\": " + e.nr() + ",\n                \"gfn\": " + e.gfn();
            assertTrue(json.contains(entry), cfg + ": xl's iomem lacks " + e + "\n" + json);
        }
        if (!layout.vnvdimms().isEmpty()) {
            assertTrue(json.contains("\"acpi_firmware\": \"" + ACPI + "\""), json);
        }
        long hole = ((dev.jxl.config.libxl.GuestTypeInfo) config.libxl().bInfo().typeInfo()) instanceof
                dev.jxl.config.libxl.HvmInfo h ? h.mmioHoleMemkb() : -2;
        if (hole >= 0) {
            assertTrue(json.contains("\"mmio_hole_memkb\": " + hole), json);
        }
        // everything else is exactly what jxl itself makes of the original config
        String ours = config.libxl().toJson().lines().filter(l -> !l.contains("\"uuid\"")).toList().toString();
        if (layout.vnvdimms().isEmpty()) {
            assertEquals(ours, xl.jsonWithoutUuid().lines().toList().toString(), cfg.toString());
        }
    }

    @Test
    void upstreamCannotExpressAFixedPciHole() {
        String text = "name='pv'\nkernel='/k'\npci_hole_start=0xc0000000\n";
        XlSettings settings = XlConfigReader.parse("pv.cfg", text, List.of());
        DomainConfig config = ConfigLoader.fromText("pv.cfg", text, List.of()).config();
        GuestLayout layout = LayoutPlanner.plan(config, HostDescriptions.builtIn(), PlanOptions.DEFAULT);
        ConfigException e = assertThrows(ConfigException.class, () -> NativeXlConfig.of(settings, config, layout, "x"));
        assertEquals("pv.cfg:3:1: error: --backend xl: upstream xl cannot express a fixed pci_hole_start; use"
                + " e820_host=1 (this host's holes) or the sim backend", e.getMessage());
    }
}
