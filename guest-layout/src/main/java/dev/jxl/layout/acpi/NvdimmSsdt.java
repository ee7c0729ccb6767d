package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.List;

import dev.jxl.layout.acpi.aml.Aml;
import dev.jxl.layout.acpi.aml.NameSeg;

/**
 * The NVDIMM namespace: {@code \_SB.NVDR} ({@code _HID "ACPI0012"}, a string: it cannot be
 * EISA-compressed) with one {@code NVxx} child per vNVDIMM whose {@code _ADR} is its NFIT device handle
 * (Linux disables a DIMM without a matching child). Linux's nfit driver binds to the ACPI0012 device and
 * only then reads the NFIT.
 *
 * <p>Deliberately absent: {@code _FIT}. Linux prefers any Buffer {@code _FIT} returns over the static
 * NFIT, and jxl has no FIT behind one. Also absent: QEMU's {@code NCAL}/{@code MEMA} DSM mailbox, since no
 * device model answers it under Xen.
 *
 * <p>Each {@code _DSM} answers the query function 0 honestly: jxl implements no DSM function for any
 * UUID or revision, so function 0 returns {@code Buffer(){0x00}} (bit 0 clear: nothing beyond
 * function 0). Any other function returns {@code Buffer(){0x01}}, the "not supported" status QEMU uses.
 */
public final class NvdimmSsdt {
    public static final String SIGNATURE = "SSDT";
    /** Compliance revision 1 (32-bit AML integers) as QEMU's NVDIMM SSDT; no value here needs more. */
    public static final int REVISION = 1;
    public static final NameSeg ROOT_DEVICE = NameSeg.of("NVDR");
    public static final String ROOT_HID = "ACPI0012";
    static final int DSM_QUERY_FUNCTION = 0;
    static final int DSM_NOTHING_SUPPORTED = 0x00;
    static final int DSM_STATUS_NOT_SUPPORTED = 0x01;

    private NvdimmSsdt() {
    }

    public static AcpiTable forVnvdimms(NvdimmAcpiInput input) {
        return forVnvdimms(input, AcpiTableHeader.jxl(SIGNATURE, REVISION, "NVDIMM"));
    }

    public static AcpiTable forVnvdimms(NvdimmAcpiInput input, AcpiTableHeader header) {
        if (!header.signature().equals(SIGNATURE)) {
            throw new IllegalArgumentException("an SSDT header must say SSDT, not " + header.signature());
        }
        if (input.isEmpty()) {
            throw new IllegalArgumentException("no NVDIMM SSDT for a domain without vNVDIMMs");
        }
        Aml sb = Aml.scope("\\_SB", Aml.device(ROOT_DEVICE.value(), rootDeviceTerms(input)));
        return new AcpiTable(header, sb.toBytes());
    }

    /** The terms inside {@code Device(NVDR)}: what a dm-acpi namespace-device blob carries. */
    public static List<Aml> rootDeviceTerms(NvdimmAcpiInput input) {
        List<Aml> terms = new ArrayList<>();
        terms.add(Aml.name("_HID", Aml.string(ROOT_HID)));
        terms.add(dsm());
        for (VnvdimmRange v : input.vnvdimms()) {
            terms.add(Aml.device(NvdimmIds.deviceName(v.index()), List.of(
                    Aml.name("_ADR", Aml.integer(NvdimmIds.deviceHandle(v.index()))),
                    dsm())));
        }
        return terms;
    }

    public static byte[] rootDeviceBody(NvdimmAcpiInput input) {
        return Aml.encodeAll(rootDeviceTerms(input));
    }

    /**
     * <pre>
     * Method (_DSM, 4, NotSerialized) {
     *     If (LEqual (Arg2, Zero)) { Return (Buffer (One) { 0x00 }) }
     *     Return (Buffer (One) { 0x01 })
     * }
     * </pre>
     */
    static Aml.Method dsm() {
        return Aml.method("_DSM", 4, false,
                new Aml.If(new Aml.LEqual(new Aml.Arg(2), Aml.integer(DSM_QUERY_FUNCTION)),
                        List.of(new Aml.Return(Aml.buffer(DSM_NOTHING_SUPPORTED)))),
                new Aml.Return(Aml.buffer(DSM_STATUS_NOT_SUPPORTED)));
    }
}
