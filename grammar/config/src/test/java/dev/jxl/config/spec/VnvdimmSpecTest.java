package dev.jxl.config.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jxl.config.spec.VnvdimmSpec.Backend;
import dev.jxl.config.spec.VnvdimmSpec.Placement;
import dev.jxl.diag.SourcePosition;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * vnvdimms items: the accepted forms, and every refusal with its message and offset into the spec. The
 * alignment of the data range and of a pin is the layout planner's check (VnvdimmRequestTest).
 */
class VnvdimmSpecTest {
    private static final SourcePosition AT = SourcePosition.ofSource("t.cfg");
    private static final long GIB_PAGES = 1L << 18;

    private static VnvdimmSpec parse(String spec) {
        return VnvdimmSpec.parse(spec, AT);
    }

    /** What is not written stays unsaid: the layout planner's policy fills in the placement and the alignment. */
    @Test
    void rfcFormKeepsOnlyWhatIsWritten() {
        VnvdimmSpec s = parse("type=mfn, backend=0x480000, nr_pages=262144");
        assertEquals(new Backend.Mfn(0x480000), s.backend());
        assertEquals(OptionalLong.of(GIB_PAGES), s.nrPages());
        assertEquals(0, s.nrLabelPages());
        assertEquals(Optional.empty(), s.placement());
        assertEquals(OptionalLong.empty(), s.gfn());
        assertEquals(OptionalLong.empty(), s.alignBytes());
        assertEquals(OptionalLong.of(GIB_PAGES), s.dataPages());
        assertEquals(AT, s.position());
        assertEquals("type=mfn, backend=0x480000, nr_pages=262144", s.text());
    }

    @Test
    void xlNumberFormsDecimalHexOctal() {
        assertEquals(new Backend.Mfn(0x10), parse("type=mfn,backend=020,nr_pages=0x40000").backend());
        assertEquals(new Backend.Mfn(16), parse("type=mfn,backend=16,nr_pages=01000000").backend());
    }

    @Test
    void labelPagesComeOnTopOfTheAlignedDataPages() {
        VnvdimmSpec s = parse("type=mfn, backend=0x480000, nr_pages=262176, nr_label_pages=32");
        assertEquals(32, s.nrLabelPages());
        assertEquals(OptionalLong.of(GIB_PAGES), s.dataPages());
    }

    @Test
    void placementAsWritten() {
        assertEquals(Optional.of(Placement.BELOW_4G), parse("type=mfn, backend=0x480000, nr_pages=0x8000, "
                + "placement=below4g").placement());
        assertEquals(Optional.empty(), parse("type=mfn,backend=1,nr_pages=0x8000,gfn=0x80000,align=0x8000000").placement());
    }

    /** Where each value is written, through the caller's offset-to-position mapping (the binder's, in a config). */
    @Test
    void valuePositionsForErrorsFoundWhenPlanning() {
        VnvdimmSpec s = VnvdimmSpec.parse("type=mfn, backend=1, nr_pages=0x8000, gfn=0x80000", AT,
                offset -> new SourcePosition("t.cfg", 3, 10 + offset));
        assertEquals(new SourcePosition("t.cfg", 3, 10 + 30), s.valuePosition("nr_pages"));
        assertEquals(new SourcePosition("t.cfg", 3, 10 + 42), s.valuePosition("gfn"));
        assertEquals(AT, s.valuePosition("align"), "a key not written: the spec's own position");
    }

    @Test
    void fileBackendNamesAHostRegionAndMayOmitNrPages() {
        VnvdimmSpec s = parse("type=file, backend=/dev/pmem1");
        assertEquals(new Backend.PmemDevice("/dev/pmem1", 1), s.backend());
        assertEquals(OptionalLong.empty(), s.nrPages());
    }

    @Test
    void explicitAlignment() {
        assertEquals(OptionalLong.of(256L << 20), parse("type=mfn,backend=0,nr_pages=0x10000,align=0x10000000").alignBytes());
        assertEquals(OptionalLong.empty(), parse("type=mfn,backend=0,nr_pages=0x10000,align=0").alignBytes(),
                "align=0 is no alignment given");
    }

    @Test
    void canonicalTextSaysWhatIsWritten() {
        assertEquals("type=mfn, backend=0x480000, nr_pages=262176, nr_label_pages=32, gfn=0x140000",
                parse(" type = mfn ,backend=0x480000,nr_label_pages=32, nr_pages=262176,gfn=0x140000").toSpecText());
        assertEquals("type=mfn, backend=0x1, nr_pages=32768, placement=below4g, align=0x8000000",
                parse("align=0x8000000,placement=below4g,nr_pages=0x8000,backend=1,type=mfn").toSpecText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "type=mfn, backend=1, nr_pages=262144, size=4 | unknown key `size' (known: type, backend, nr_pages, nr_label_pages, placement, gfn, align) | 38",
        "type=mfn, backend=1, nr_pages=262144, junk | `junk' is not KEY=VALUE | 38",
        "type=mfn, backend=1, nr_pages=262144, nr_pages=1 | `nr_pages' is given twice | 38",
        "backend=1, nr_pages=262144 | missing type= (mfn or file) | 0",
        "type=mfn, nr_pages=262144 | missing backend= | 0",
        "type=disk, backend=1 | type must be mfn or file, not `disk' | 5",
        "type=mfn, backend=1 | type=mfn needs nr_pages= | 0",
        "type=mfn, backend=0x1g, nr_pages=262144 | backend must be a number (decimal, 0x hex or 0 octal), not `0x1g' | 18",
        "type=mfn, backend=-1, nr_pages=262144 | backend must be a number (decimal, 0x hex or 0 octal), not `-1' | 18",
        "type=mfn, backend=1, nr_pages=99999999999999999999999 | nr_pages is out of range: 99999999999999999999999 | 30",
        "type=mfn, backend=1, nr_pages=09 | nr_pages must be a number (decimal, 0x hex or 0 octal), not `09' | 30",
        "type=mfn, backend=1, nr_pages=0 | nr_pages must be 1 to 2^40-1, not 0 | 30",
        "type=mfn, backend=1, nr_pages=262144, nr_label_pages=31 | nr_label_pages 31 is below the minimum of 32 pages (128 KiB of label storage); use 0 for no labels | 53",
        "type=mfn, backend=1, nr_pages=64, nr_label_pages=64 | nr_label_pages 64 must be fewer than nr_pages 64 (the labels are the last pages of the backend) | 49",
        "type=mfn, backend=1, nr_pages=0x8000, align=0x4000000 | align must be a power of two of at least 128 MiB (0x8000000), not 0x4000000 | 44",
        "type=mfn, backend=1, nr_pages=0x8000, align=0x18000000 | align must be a power of two of at least 128 MiB (0x8000000), not 0x18000000 | 44",
        "type=mfn, backend=1, nr_pages=0x40000, placement=high | placement must be above4g or below4g, not `high' | 49",
        "type=mfn, backend=1, nr_pages=0x40000, placement=above4g, gfn=0x80000 | gfn=0x80000 lies below 4 GiB but placement=above4g | 49",
        "type=mfn, backend=0xfffffffff0, nr_pages=0x40000 | backend 0xfffffffff0 + nr_pages passes the 52-bit physical address limit | 18",
        "type=mfn, backend=0, nr_pages=0x40000, gfn=0x10000000000 | gfn 0x10000000000 + the data pages passes the 52-bit physical address limit | 43",
        "type=file, backend=/dev/sda | type=file needs backend=/dev/pmemN (a host pmem region), not `/dev/sda' | 19",
        "type=file, backend=/dev/pmem0.1 | type=file needs backend=/dev/pmemN (a host pmem region), not `/dev/pmem0.1' | 19",
    })
    void refusals(String spec, String message, int offset) {
        SpecException e = assertThrows(SpecException.class, () -> parse(spec));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset(), "offset of the problem in `" + spec + "'");
    }
}
