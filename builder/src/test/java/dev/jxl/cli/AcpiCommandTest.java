package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.config.ConfigLoader;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.acpi.AcpiFirmwareImage;
import dev.jxl.layout.acpi.DmAcpiBlobs;
import dev.jxl.layout.acpi.Nfit;
import dev.jxl.layout.acpi.NvdimmSsdt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import dev.jxl.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jxl acpi}: the four files equal the tables built from the planned layout, the output is
 * golden ({@code golden/acpi/<case>.acpi.approved.txt}: what it prints plus a hex dump of each file),
 * and a config without vNVDIMMs is a config error.
 */
class AcpiCommandTest {
    static final Path ROOT = PlanGoldenTest.ROOT;

    @TempDir
    Path out;

    private record Run(int rc, String out) {
    }

    private Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Jxl.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(rc, (o + e.toString()).replace(out.toString(), "OUT").replace(ROOT + "/", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hvm-vnvdimm-several", "hvm-vnvdimm-labels", "hvm-vnvdimm-below-4g"})
    void writesTheTablesOfThePlan(String name) throws Exception {
        Path cfg = ROOT.resolve("golden/layout/" + name + ".cfg");
        Run r = run("acpi", cfg.toString(), "-o", out.toString());
        assertEquals(0, r.rc, r.out);
        GuestLayout layout = LayoutPlanner.plan(ConfigLoader.load(cfg, List.of()).config(), HostDescriptions.builtIn());
        var in = layout.nvdimmAcpiInput();
        assertArrayEquals(Nfit.forVnvdimms(in).toTable().toBytes(), Files.readAllBytes(out.resolve("nfit.dat")));
        assertArrayEquals(NvdimmSsdt.forVnvdimms(in).toBytes(), Files.readAllBytes(out.resolve("ssdt.aml")));
        assertArrayEquals(DmAcpiBlobs.write(DmAcpiBlobs.forVnvdimms(in)), Files.readAllBytes(out.resolve("dm-acpi.bin")));
        assertArrayEquals(AcpiFirmwareImage.of(AcpiFirmwareImage.tablesForVnvdimms(in)),
                Files.readAllBytes(out.resolve("acpi_firmware.bin")));
        StringBuilder golden = new StringBuilder("$ jxl acpi golden/layout/" + name + ".cfg -o OUT\nexit " + r.rc + "\n" + r.out);
        for (String f : List.of("nfit.dat", "ssdt.aml", "dm-acpi.bin", "acpi_firmware.bin")) {
            golden.append("\n").append(f).append(":\n").append(hexDump(Files.readAllBytes(out.resolve(f))));
        }
        Golden.verify("acpi", name + ".acpi", golden.toString());
    }

    @Test
    void aGuestWithoutVnvdimmsIsAConfigError() {
        Run r = run("acpi", ROOT.resolve("golden/layout/hvm-above-hole.cfg").toString(), "-o", out.toString());
        assertEquals(1, r.rc, r.out);
        assertTrue(r.out.contains("no vnvdimms"), r.out);
    }

    @Test
    void aPlanningFailureIsExitThree() {
        Run r = run("acpi", ROOT.resolve("golden/layout/hvm-vnvdimm-err-pin-in-hole.cfg").toString(), "-o", out.toString());
        assertEquals(3, r.rc, r.out);
        assertTrue(r.out.contains("collides with MMIO hole"), r.out);
    }

    @Test
    void outputDirectoryIsRequired() {
        assertEquals(2, run("acpi", ROOT.resolve("golden/layout/hvm-vnvdimm-one.cfg").toString()).rc);
    }

    static String hexDump(byte[] data) {
        StringBuilder b = new StringBuilder();
        HexFormat h = HexFormat.of();
        for (int off = 0; off < data.length; off += 16) {
            b.append(String.format("%04x:", off));
            for (int i = off; i < Math.min(off + 16, data.length); i++) {
                b.append(' ').append(h.toHexDigits(data[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
