package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.jxl.layout.acpi.aml.Aml;
import dev.jxl.units.Bytes;

/**
 * Loads the NVDIMM SSDT into ACPICA's {@code acpiexec} beside a DSDT that defines every name the policy
 * lists under {@code \_SB} for Xen: no name clashes, the {@code _ADR}s are the NFIT handles, and
 * {@code _DSM} answers function 0 with "nothing supported". A device reusing a Xen name does clash,
 * and the policy refuses the same name.
 */
class AcpiexecNamespaceTest {
    @TempDir
    Path dir;

    private Path xenLikeDsdt() throws Exception {
        StringBuilder asl = new StringBuilder("DefinitionBlock (\"\", \"DSDT\", 2, \"Xen\", \"HVM\", 0) {\n Scope (\\_SB) {\n");
        for (String name : XenAcpiNamespace.systemBusChildren()) {
            asl.append("  Name (").append(name).append(", Zero)\n");
        }
        asl.append(" }\n}\n");
        Files.write(dir.resolve("dsdt.aml"), IaslAccess.compile(dir, asl.toString()));
        return dir.resolve("dsdt.aml");
    }

    private IaslAccess.Run acpiexec(String command, byte[] ssdt) throws Exception {
        xenLikeDsdt();
        Files.write(dir.resolve("ssdt.aml"), ssdt);
        return IaslAccess.run(dir, "acpiexec", "-b", command, "dsdt.aml", "ssdt.aml");
    }

    @Test
    void nvdimmSsdtLoadsBesideXenNamesWithAdrEqualToHandles() throws Exception {
        NvdimmAcpiInput in = AcpiCases.eight().input();
        IaslAccess.Run r = acpiexec("namespace", NvdimmSsdt.forVnvdimms(in).toBytes());
        assertEquals(0, r.exitCode(), r.output());
        assertFalse(r.output().contains("AE_ALREADY_EXISTS"), r.output());
        assertFalse(r.output().contains("Error"), r.output());
        Matcher m = Pattern.compile("(NV[0-9A-F]{2}) Device.*\\n.*_ADR Integer .*= ([0-9A-F]{16})").matcher(r.output());
        Map<String, Long> adr = new LinkedHashMap<>();
        while (m.find()) {
            adr.put(m.group(1), Long.parseLong(m.group(2), 16));
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        in.vnvdimms().forEach(v -> expected.put(NvdimmIds.deviceName(v.index()), NvdimmIds.deviceHandle(v.index())));
        assertEquals(expected, adr);
    }

    @Test
    void dsmAnswersTheQueryWithNothingSupported() throws Exception {
        byte[] ssdt = NvdimmSsdt.forVnvdimms(AcpiCases.two().input()).toBytes();
        for (String device : List.of("\\_SB.NVDR", "\\_SB.NVDR.NV01")) {
            IaslAccess.Run query = acpiexec("execute " + device + "._DSM [4309AC30] 1 0 {}", ssdt);
            assertTrue(query.output().contains("[Buffer] Length 01 =     0000: 00"), query.output());
            IaslAccess.Run other = acpiexec("execute " + device + "._DSM [4309AC30] 1 4 {}", ssdt);
            assertTrue(other.output().contains("[Buffer] Length 01 =     0000: 01"), other.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCI0", "MEM0", "PR7F", "BAT0"})
    void aXenNameClashesInAcpiexecAndThePolicyRefusesIt(String name) throws Exception {
        Aml clash = Aml.scope("\\_SB", Aml.device(name, List.of(Aml.name("_ADR", Aml.integer(0)))));
        byte[] ssdt = new AcpiTable(AcpiTableHeader.jxl("SSDT", 1, "CLASH"), Bytes.of(clash.toBytes())).toBytes();
        IaslAccess.Run r = acpiexec("namespace", ssdt);
        assertTrue(r.output().contains("Failure creating named object [\\_SB." + name + "], AE_ALREADY_EXISTS"),
                r.output());

        byte[] area = DmAcpiBlobs.write(List.of(new DmAcpiBlob.NamespaceDevice(
                dev.jxl.layout.acpi.aml.NameSeg.of(name), Bytes.of(Aml.name("_ADR", Aml.integer(0)).toBytes()))));
        List<AcpiRefusal> refusals = HvmloaderAcpiPolicy.checkDmAcpi(area, new HvmloaderAcpiPolicy.DomainFacts(0, 10));
        assertEquals(List.of(AcpiRefusal.Rule.NAME_CLASHES_WITH_XEN_DSDT), refusals.stream().map(AcpiRefusal::rule).toList());
    }
}
