package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.HvmInfo;
import dev.jxl.config.libxl.PvInfo;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the binder makes of settings, and its exact diagnostics with positions. */
class DomainConfigBinderTest {

    private static LoadedConfig load(String text, String... overrides) {
        return ConfigLoader.fromText("t.cfg", text, List.of(overrides));
    }

    private static String errors(String text, String... overrides) {
        ConfigException e = assertThrows(ConfigException.class, () -> load(text, overrides));
        return e.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    private static String warnings(String text) {
        return load(text).warnings().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "type=''{0}'' is {1}")
    @CsvSource({"hvm,HVM", "h,HVM", "'',HVM", "pv,PV", "p,PV", "pvh,PVH"})
    void typeIsAPrefixMatchInXlsOrder(String word, DomainType type) {
        assertEquals(type, load("name='x'\nkernel='/k'\ntype='" + word + "'\n").config().type());
    }

    @Test
    void memoryAndMaxmemInKib() {
        var b = load("name='x'\ntype='hvm'\nmemory=0x200\nmaxmem=010\n").config().libxl().bInfo();
        assertEquals(512 * 1024, b.targetMemkb());
        assertEquals(8 * 1024, b.maxMemkb());
    }

    @Test
    void maxmemDefaultsToMemoryAndMaxvcpusToVcpus() {
        var b = load("name='x'\ntype='hvm'\nmemory=1024\nvcpus=3\n").config().libxl().bInfo();
        assertEquals(1024 * 1024, b.maxMemkb());
        assertEquals(3, b.maxVcpus());
        assertEquals(List.of(0, 1, 2), b.availVcpus());
    }

    @Test
    void commandLineOverridesWinAndArePositionedAsArguments() {
        var b = load("name='x'\ntype='hvm'\nmemory=1024\n", "memory=2048").config().libxl().bInfo();
        assertEquals(2048 * 1024, b.targetMemkb());
        assertEquals("<command line>:1:11: error: invalid mmio_hole 4000 MiB: it must be from 256 to 3840 MiB",
                errors("name='x'\ntype='hvm'\n", "mmio_hole=4000"));
    }

    @Test
    void mmioHoleBoundsAreErrorsAtTheValue() {
        assertEquals("t.cfg:3:11: error: invalid mmio_hole 255 MiB: it must be from 256 to 3840 MiB",
                errors("name='x'\ntype='hvm'\nmmio_hole=255\n"));
        assertEquals(3840L * 1024, ((HvmInfo) load("name='x'\ntype='hvm'\nmmio_hole=3840\n").config().libxl()
                .bInfo().typeInfo()).mmioHoleMemkb());
    }

    @Test
    void badNumbersWarnAndAreIgnoredAsXlDoes() {
        assertEquals("t.cfg:3:8: warning: `memory' is not a valid number: '08'; ignored (as xl does)",
                warnings("name='x'\ntype='hvm'\nmemory=08\n"));
        assertEquals("t.cfg:4:9: warning: can't use += with numbers for `memory'; ignored (as xl does)",
                warnings("name='x'\ntype='hvm'\nmemory=5\nmemory+=12\n"));
    }

    @Test
    void missingNameIsAnErrorAtTheStartOfTheFile() {
        assertEquals("t.cfg:1:1: error: domain name must be specified (name=\"...\")", errors("type='hvm'\n"));
    }

    @Test
    void pvNeedsAKernelOrBootloader() {
        assertEquals("t.cfg:1:1: error: neither kernel nor bootloader specified (a pv/pvh guest needs one)",
                errors("name='x'\n"));
        assertEquals("/usr/lib/xen-4.17/boot/pvgrub64.bin",
                load("name='x'\nfirmware='pvgrub64'\n").config().libxl().bInfo().kernel());
    }

    @Test
    void maxvcpusBelowVcpusIsAnError() {
        assertEquals("t.cfg:4:10: error: maxvcpus (1) < vcpus (2)",
                errors("name='x'\ntype='hvm'\nvcpus=2\nmaxvcpus=1\n"));
    }

    @Test
    void unknownKeysWarnWithASuggestion() {
        assertEquals("t.cfg:3:1: warning: unknown key `memroy' (xl ignores it); did you mean `memory'?",
                warnings("name='x'\ntype='hvm'\nmemroy=512\n"));
    }

    @Test
    void keysForAnotherGuestTypeWarn() {
        assertEquals("t.cfg:3:1: warning: `mmio_hole' applies to hvm guests; ignored for a pv guest",
                warnings("name='x'\nkernel='/k'\nmmio_hole=512\n"));
    }

    @Test
    void rootAndExtraMakeTheCommandLine() {
        assertEquals("root=/dev/xvda1 console=hvc0",
                load("name='x'\nkernel='/k'\nroot='/dev/xvda1'\nextra='console=hvc0'\n").config().libxl().bInfo().cmdline());
    }

    @Test
    void onActionsUseXlSpellings() {
        var c = load("name='x'\ntype='hvm'\non_crash='rename-restart'\n").config().libxl();
        assertEquals("restart_rename", c.onCrash().libxlName());
        assertEquals("t.cfg:3:10: error: unknown on_crash action 'explode' (destroy, restart, rename-restart,"
                + " preserve, coredump-destroy, coredump-restart, soft-reset)",
                errors("name='x'\ntype='hvm'\non_crash='explode'\n"));
    }

    @Test
    void pciHoleStartIsForPvOnly() {
        assertEquals(0xC0000000L, load("name='x'\nkernel='/k'\npci_hole_start=0xc0000000\n").config().jxl()
                .pciHoleStart().getAsLong());
        assertEquals("t.cfg:3:16: error: `pci_hole_start' is for PV guests; an HVM guest uses mmio_hole, a PVH guest has a fixed 64 MiB hole",
                errors("name='x'\ntype='hvm'\npci_hole_start=0xc0000000\n"));
    }

    @Test
    void e820HostIsReadForPvOnly() {
        var pv = (PvInfo) load("name='x'\nkernel='/k'\ne820_host=1\n").config().libxl().bInfo().typeInfo();
        assertEquals("True", pv.e820Host().libxlString());
    }
}
