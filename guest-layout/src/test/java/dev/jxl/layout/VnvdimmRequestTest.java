package dev.jxl.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.spec.VnvdimmSpec;
import dev.jxl.config.spec.VnvdimmSpec.Placement;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * jxl's placement policy for what a vNVDIMM spec leaves unsaid (the side of 4 GiB, the alignment),
 * and the refusals that follow from it, each a config error at the value to blame.
 */
class VnvdimmRequestTest {
    /** The spec as the binder gives it: in a config, at line 3, its value positions inside the quotes. */
    private static VnvdimmSpec spec(String text) {
        return ConfigLoader.fromText("t.cfg", "name='x'\ntype='hvm'\nvnvdimms=['" + text + "']\n", List.of())
                .config().jxl().vnvdimmSpecs().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // QEMU's device-memory rule above 4 GiB: 1 GiB; below, Linux's 128 MiB section
        "type=mfn, backend=1, nr_pages=0x40000 | ABOVE_4G | 0x40000000",
        "type=mfn, backend=1, nr_pages=0x8000, placement=below4g | BELOW_4G | 0x8000000",
        // a pin says the side; the alignment follows it
        "type=mfn, backend=1, nr_pages=0x8000, gfn=0x80000 | BELOW_4G | 0x8000000",
        "type=mfn, backend=1, nr_pages=0x40000, gfn=0x200000 | ABOVE_4G | 0x40000000",
        // what is written wins
        "type=mfn, backend=1, nr_pages=0x8000, align=0x8000000 | ABOVE_4G | 0x8000000",
        "type=mfn, backend=1, nr_pages=0x10000, placement=below4g, align=0x10000000 | BELOW_4G | 0x10000000",
        "type=file, backend=/dev/pmem0 | ABOVE_4G | 0x40000000",
    })
    void defaults(String text, Placement placement, String align) {
        VnvdimmRequest r = VnvdimmRequest.of(spec(text));
        assertEquals(placement, r.placement());
        assertEquals(Long.decode(align), r.alignBytes());
        assertEquals(Long.decode(align) >> 12, r.alignPages());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "type=mfn, backend=1, nr_pages=262145 | t.cfg:3:42: error: vnvdimms spec 'type=mfn, backend=1, nr_pages=262145': nr_pages - nr_label_pages = 262145 data pages is not a multiple of the alignment, 262144 pages (1 GiB); the data range must start and end on it",
        "type=mfn, backend=1, nr_pages=262144, nr_label_pages=32 | t.cfg:3:42: error: vnvdimms spec 'type=mfn, backend=1, nr_pages=262144, nr_label_pages=32': nr_pages - nr_label_pages = 262112 data pages is not a multiple of the alignment, 262144 pages (1 GiB); the data range must start and end on it (label pages come on top)",
        "type=mfn, backend=1, nr_pages=0x4000, placement=below4g | t.cfg:3:42: error: vnvdimms spec 'type=mfn, backend=1, nr_pages=0x4000, placement=below4g': nr_pages - nr_label_pages = 16384 data pages is not a multiple of the alignment, 32768 pages (128 MiB); the data range must start and end on it",
        "type=mfn, backend=1, nr_pages=0x40000, gfn=0x140001 | t.cfg:3:55: error: vnvdimms spec 'type=mfn, backend=1, nr_pages=0x40000, gfn=0x140001': gfn 0x140001 is not aligned to 1 GiB (262144 pages)",
        "type=mfn, backend=1, nr_pages=0x8000, gfn=0x84000 | t.cfg:3:54: error: vnvdimms spec 'type=mfn, backend=1, nr_pages=0x8000, gfn=0x84000': gfn 0x84000 is not aligned to 128 MiB (32768 pages)",
    })
    void offTheAlignmentIsAConfigErrorAtTheValue(String text, String error) {
        ConfigException e = assertThrows(ConfigException.class, () -> VnvdimmRequest.of(spec(text)));
        assertEquals(error, e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    }
}
