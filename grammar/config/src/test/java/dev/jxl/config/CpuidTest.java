package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jxl.config.libxl.CpuidPolicy;
import dev.jxl.diag.Diagnostic;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cpuid policy jxl builds and what it says, on cases whose answer was read from xl 4.17 (the
 * oracle test, {@link CpuidXlOracleTest}, checks every name against xl itself).
 */
class CpuidTest {

    private static LoadedConfig load(String cpuid) {
        return ConfigLoader.fromText("t.cfg", "name='t'\ntype='hvm'\nmemory=128\ncpuid=" + cpuid + "\n", List.of());
    }

    private static CpuidPolicy policy(String cpuid) {
        return load(cpuid).config().libxl().bInfo().cpuid();
    }

    private static String warnings(String cpuid) {
        return load(cpuid).warnings().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    private static CpuidPolicy.Leaf leaf(long leaf, long subleaf, String eax, String ebx, String ecx, String edx) {
        return new CpuidPolicy.Leaf(leaf, subleaf, Arrays.asList(eax, ebx, ecx, edx));
    }

    private static final long NA = CpuidPolicy.NO_SUBLEAF;
    private static final String X32 = "x".repeat(32);

    @Test
    void knowsTheSameNamesAsXl() {
        assertEquals(276, CpuidNames.names().size());
        // libxl's own table wins over the feature of the same name: clflush is CPUID.1 EBX[15:8]
        assertEquals(new CpuidNames.CpuidField(1, NA, CpuidNames.EBX, 8, 8, CpuidNames.Encoding.PLAIN),
                CpuidNames.find("clflush").orElseThrow());
        assertEquals(new CpuidNames.MsrBit(0x10a, 62), CpuidNames.find("its-no").orElseThrow());
    }

    @Test
    void aFeatureAloneMakesItsLeaf() {
        assertEquals(List.of(leaf(0x80000001L, NA, null, null, null, X32)), policy("'host,page1gb=x'").leaves());
        assertEquals(List.of(leaf(7, 0, null, "xxxxxxxxxxxxxxxxxxxxxxxxxx1xxxx0", null, null)),
                policy("'host,avx2=1,fsgsbase=0'").leaves());
        assertEquals("", warnings("'host,page1gb=x'"));
    }

    @Test
    void familyAndModelAreSplitIntoBaseAndExtendedFields() {
        assertEquals("xxxx000010000011xxxx111100010010",
                policy("'host,family=0x17,model=0x31,stepping=2'").leaves().get(0).registers().get(0));
        // as unsigned, -1 is above 15: base family 0xf, extended family from (-1 - 15), first bit kept
        assertEquals("xxxx11110000xxxxxxxx1111xxxxxxxx", policy("'host,family=-1'").leaves().get(0).registers().get(0));
        // x/k/s read no number: strtoul's 0, so the extended family becomes 0
        assertEquals("xxxx00000000xxxxxxxxxxxxxxxxxxxx", policy("'host,family=x'").leaves().get(0).registers().get(0));
    }

    @Test
    void archCapsNamesSetMsrBitsAndSMeansK() {
        CpuidPolicy p = policy("'host,rdcl-no=1,its-no=s'");
        assertEquals(List.of(), p.leaves());
        assertEquals(List.of(new CpuidPolicy.Msr(0x10a, "xk" + "x".repeat(61) + "1")), p.msrs());
        assertEquals(List.of(new CpuidPolicy.Msr(0x10a, "x".repeat(64))), policy("'host,rdcl-no=11'").msrs());
    }

    @Test
    void aBadValueLeavesItsLeafEmptyAndIsReported() {
        assertEquals(List.of(leaf(1, NA, null, null, null, null)), policy("'host,tm=q'").leaves());
        assertEquals("t.cfg:4:7: warning: cpuid flag 'tm=q': illegal CPUID value (must be: [0|1|x|k|s]);"
                + " skipped (as xl does)", warnings("'host,tm=q'"));
    }

    @Test
    void anUnknownNameIsSkippedAloneWithAHint() {
        assertEquals(List.of(leaf(7, 0, null, null, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1x", null)),
                policy("'host,avx512_vbmi=1,avx512-vbmi=1'").leaves());
        assertEquals("t.cfg:4:7: warning: cpuid flag 'avx512_vbmi=1': unknown CPUID flag name; skipped (as xl does);"
                + " did you mean `avx512-vbmi'?", warnings("'host,avx512_vbmi=1,avx512-vbmi=1'"));
        assertEquals("t.cfg:4:7: warning: cpuid flag 'pdpe1gb=1': unknown CPUID flag name; skipped (as xl does);"
                + " did you mean `page1gb'?", warnings("'host,pdpe1gb=1'"));
        assertEquals("t.cfg:4:7: warning: cpuid flag 'AVX2=1': unknown CPUID flag name; skipped (as xl does);"
                + " did you mean `avx2'?", warnings("'host,AVX2=1'"));
        assertEquals("t.cfg:4:7: warning: cpuid flag 'frobnicate=1': unknown CPUID flag name; skipped (as xl does)",
                warnings("'host,frobnicate=1'"));
    }

    @Test
    void onlyUnknownNamesOrNoHostMeanNoPolicyAtAll() {
        assertNull(policy("'host,bogus=1'"));
        assertNull(policy("'host'"));
        assertNull(policy("'avx2=1'"));
        assertEquals("t.cfg:4:7: warning: a cpuid string must start with \"host\"; ignored (as xl does)",
                warnings("'avx2=1'"));
    }
}
