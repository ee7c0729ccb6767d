package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.jxl.layout.acpi.aml.Aml;

/**
 * What Linux's {@code drivers/acpi/nfit/core.c} needs to create a pmem region, as an independent
 * reader of the table bytes (not the writer's model):
 * <ol>
 * <li>an ACPI0012 device (the driver binds to it, then reads the NFIT from offset 40, after the header and
 * 4 reserved bytes; without a {@code _FIT}, which would replace the NFIT);</li>
 * <li>{@code add_table}: every sub-structure has a non-zero Length; SPA exactly 56 (64 only with flag bit
 * 2), memdev exactly 48, DCR at least 32, flush hint at least 16 + 8 per hint; otherwise -ENOMEM;</li>
 * <li>per PM SPA (GUID 66F0D379..., range index non-zero): memdevs naming that range index, each
 * naming a DCR that exists ("SPA %d missing DCR %d" otherwise);</li>
 * <li>per memdev handle, a child of the ACPI0012 device with {@code _ADR} equal to it ("no ACPI.NFIT
 * device with _ADR %#x, disabling...").</li>
 * </ol>
 */
class LinuxNfitViewTest {
    static List<AcpiCases.Case> cases() {
        return AcpiCases.all();
    }

    /** The problems Linux would log for this NFIT + namespace; empty when a pmem region comes up. */
    static List<String> linuxProblems(byte[] nfit, Set<Long> childAdrs, boolean hasAcpi0012, boolean hasFit) {
        List<String> problems = new ArrayList<>();
        if (!hasAcpi0012) {
            problems.add("no ACPI0012 device: the nfit driver never binds");
        }
        if (hasFit) {
            problems.add("_FIT present: it replaces the static NFIT");
        }
        record Spa(int index, boolean pmem) { }
        record Memdev(long handle, int spa, int dcr) { }
        List<Spa> spas = new ArrayList<>();
        List<Memdev> memdevs = new ArrayList<>();
        Set<Integer> dcrs = new HashSet<>();
        long tableLength = ByteSink.readLe(nfit, 4, 4);
        int off = 40;
        while (off < tableLength) {
            int type = (int) ByteSink.readLe(nfit, off, 2);
            int length = (int) ByteSink.readLe(nfit, off + 2, 2);
            if (length == 0) {
                problems.add("found a zero length table '" + type + "' parsing nfit");
                break;
            }
            switch (type) {
                case 0 -> {
                    int flags = (int) ByteSink.readLe(nfit, off + 6, 2);
                    if (length != ((flags & 4) != 0 ? 64 : 56)) {
                        problems.add("SPA length " + length + ": nfit table parsing error: -12");
                    }
                    boolean pmem = java.util.HexFormat.of().formatHex(nfit, off + 16, off + 32)
                            .equals("79d3f066f3b47440ac430d3318b78cdb");
                    spas.add(new Spa((int) ByteSink.readLe(nfit, off + 4, 2), pmem));
                }
                case 1 -> {
                    if (length != 48) {
                        problems.add("memdev length " + length + ": nfit table parsing error: -12");
                    }
                    memdevs.add(new Memdev(ByteSink.readLe(nfit, off + 4, 4), (int) ByteSink.readLe(nfit, off + 12, 2),
                            (int) ByteSink.readLe(nfit, off + 14, 2)));
                }
                case 4 -> {
                    if (length < 32) {
                        problems.add("DCR length " + length + ": nfit table parsing error: -12");
                    }
                    dcrs.add((int) ByteSink.readLe(nfit, off + 4, 2));
                }
                case 6 -> {
                    int hints = (int) ByteSink.readLe(nfit, off + 8, 2);
                    if (length < 16 + 8 * Math.max(hints, 1)) {
                        problems.add("flush hint length " + length + ": nfit table parsing error: -12");
                    }
                }
                default -> problems.add("unknown table '" + type + "' parsing nfit");
            }
            off += length;
        }
        int pmemRegions = 0;
        for (Spa spa : spas) {
            if (spa.index() == 0 || !spa.pmem()) {
                continue;
            }
            List<Memdev> mapped = memdevs.stream().filter(m -> m.spa() == spa.index()).toList();
            for (Memdev m : mapped) {
                if (m.dcr() != 0 && !dcrs.contains(m.dcr())) {
                    problems.add("SPA " + spa.index() + " missing DCR " + m.dcr());
                }
                if (!childAdrs.contains(m.handle())) {
                    problems.add(String.format("no ACPI.NFIT device with _ADR %#x, disabling...", m.handle()));
                }
            }
            if (!mapped.isEmpty()) {
                pmemRegions++;
            }
        }
        if (pmemRegions == 0) {
            problems.add("no pmem region");
        }
        return problems;
    }

    private static Set<Long> childAdrs(List<Aml> nvdrTerms) {
        Set<Long> out = new HashSet<>();
        for (Aml t : nvdrTerms) {
            if (t instanceof Aml.Block d && d.op() == Aml.Block.Op.DEVICE) {
                for (Aml inner : d.terms()) {
                    if (inner instanceof Aml.Name n && n.name().toString().equals("_ADR") && n.value() instanceof Aml.Int i) {
                        out.add(i.value());
                    }
                }
            }
        }
        return out;
    }

    private static boolean has(List<Aml> terms, String hid, String name) {
        return terms.stream().anyMatch(t -> t instanceof Aml.Name n && n.name().toString().equals(name)
                && (hid == null || n.value().equals(Aml.string(hid))))
                || terms.stream().anyMatch(t -> t instanceof Aml.Method m && m.name().toString().equals(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGeneratedNfitGivesLinuxAPmemRegionPerVnvdimm(AcpiCases.Case c) {
        byte[] nfit = Nfit.forVnvdimms(c.input()).toTable().toBytes();
        List<Aml> nvdr = NvdimmSsdt.rootDeviceTerms(c.input());
        assertEquals(List.of(), linuxProblems(nfit, childAdrs(nvdr), has(nvdr, "ACPI0012", "_HID"), has(nvdr, null, "_FIT")));
    }

    /** The view is not a rubber stamp: each requirement, broken on purpose, is noticed. */
    @Test
    void theViewNoticesWhatLinuxWouldRefuse() {
        byte[] good = Nfit.forVnvdimms(AcpiCases.one().input()).toTable().toBytes();
        Set<Long> adrs = Set.of(1L);
        assertEquals(List.of(), linuxProblems(good, adrs, true, false));
        assertTrue(linuxProblems(good, Set.of(2L), true, false).contains("no ACPI.NFIT device with _ADR 0x1, disabling..."));
        assertTrue(linuxProblems(good, adrs, false, false).get(0).startsWith("no ACPI0012"));
        assertTrue(linuxProblems(good, adrs, true, true).get(0).startsWith("_FIT present"));
        byte[] spa64 = good.clone();
        spa64[42] = 64;
        assertTrue(linuxProblems(spa64, adrs, true, false).get(0).startsWith("SPA length 64"));
        byte[] noDcr = good.clone();
        noDcr[148] = 9; // DCR index 3 -> 9: the memdev's DCR 3 is gone
        assertTrue(linuxProblems(noDcr, adrs, true, false).contains("SPA 2 missing DCR 3"));
        byte[] zero = good.clone();
        zero[98] = 0;
        assertTrue(linuxProblems(zero, adrs, true, false).contains("found a zero length table '1' parsing nfit"));
    }
}
