package dev.jxl.layout.acpi;

import java.util.ArrayList;
import java.util.List;

import dev.jxl.layout.acpi.aml.Aml;
import dev.jxl.layout.acpi.aml.NamePath;
import dev.jxl.layout.acpi.aml.NameSeg;
import dev.jxl.units.Bytes;

/**
 * The NVDIMM namespace: {@code \_SB.NVDR} ({@code _HID "ACPI0012"}, a string: it cannot be
 * EISA-compressed) with one {@code NVxx} child per vNVDIMM whose {@code _ADR} is its NFIT device handle
 * (Linux disables a DIMM without a matching child). Linux's nfit driver binds to the ACPI0012 device and
 * only then reads the NFIT.
 *
 * <p>Deliberately absent: {@code _FIT}. Linux prefers any Buffer {@code _FIT} returns over the static
 * NFIT, and jxl has no FIT behind one. Also absent: QEMU's {@code NCAL}/{@code MEMA} DSM mailbox, since no
 * device model answers it under Xen; the label methods below need none.
 *
 * <p>Each {@code _DSM} answers the query function 0 honestly. The root's and those of vNVDIMMs without a
 * label window implement no function for any UUID or revision: function 0 returns {@code Buffer(){0x00}}
 * (bit 0 clear: nothing beyond function 0), any other function {@code Buffer(){0x01}}, the "not
 * supported" status QEMU uses.
 *
 * <p><b>Labels.</b> A vNVDIMM with a label window ({@link VnvdimmRange#labelGuestBaseBytes()}) gets the
 * ACPI 6.2 label methods {@code _LSI}, {@code _LSR} and {@code _LSW}, reading and writing its label
 * pages through an {@code OperationRegion(SystemMemory)} over the window (no device model, no mailbox),
 * and its {@code _DSM} also answers the Intel DIMM family ({@value #INTEL_DIMM_DSM_UUID}) with
 * functions 4, 5 and 6 (get label size, get label data, set label data) on top of the same methods;
 * function 0 for that UUID returns {@code Buffer(){0x71}}. The {@code _DSM} functions are what Linux
 * (6.1, and since 4.19) actually uses: {@code acpi_nfit_add_dimm} returns before looking for
 * {@code _LSI/_LSR/_LSW} when no known DSM family answers function 0 with bit 0 set ("unknown dimm
 * command family"), and for the Intel family it skips them and prefers the {@code _DSM} label commands
 * (commit 099b07a25fff). Labelling ({@code NDD_LABELING}) then follows from a valid label index once
 * {@code ndctl init-labels} has written one.
 *
 * <p>Integer width: the label methods add offsets to the window's 64-bit address, so an SSDT with label
 * windows says revision 2 (64-bit integers); without, it stays revision 1 as QEMU's, byte for byte as
 * before. ACPICA, and so Linux, takes the integer width from the <em>DSDT</em>'s revision for every
 * table; hvmloader's DSDT is revision 2. Where a window lies above 4 GiB the methods first check the
 * interpreter's width ({@code Ones} is {@code 0xFFFFFFFF} with 32-bit integers, tested through a Local
 * that iasl cannot fold) and then expose nothing:
 * the {@code _DSM} claims no function and the label methods fail, rather than reach a truncated address.
 */
public final class NvdimmSsdt {
    public static final String SIGNATURE = "SSDT";
    /** Compliance revision 1 (32-bit AML integers) as QEMU's NVDIMM SSDT, when no label is exposed. */
    public static final int REVISION = 1;
    /** Compliance revision 2 (64-bit AML integers), for an SSDT with label windows. */
    public static final int REVISION_WITH_LABELS = 2;
    public static final NameSeg ROOT_DEVICE = NameSeg.of("NVDR");
    public static final String ROOT_HID = "ACPI0012";
    /** The Intel NVDIMM DSM family ({@code NVDIMM_FAMILY_INTEL}, Linux's first and preferred). */
    public static final String INTEL_DIMM_DSM_UUID = "4309AC30-0D11-11E4-9191-0800200C9A66";
    /**
     * The most bytes one label read or write moves (the Max Transfer Length of {@code _LSI}). Each call
     * maps one window of this size and reads (or rewrites) all of it with QWordAcc: 512 region accesses
     * per call. One page keeps a single label or index update cheap, and a whole-area read of 128 KiB is
     * 32 calls: under TCG, Linux 6.1 read 128 KiB in about 0.14 s this way (0.22 s with ByteAcc).
     */
    public static final int LABEL_MAX_TRANSFER_BYTES = 4096;

    static final int DSM_QUERY_FUNCTION = 0;
    static final int DSM_NOTHING_SUPPORTED = 0x00;
    static final int DSM_STATUS_NOT_SUPPORTED = 0x01;
    /** Intel DSM functions 4 (Get Namespace Label Size), 5 (Get … Label Data), 6 (Set … Label Data). */
    static final int DSM_GET_LABEL_SIZE = 4;
    static final int DSM_GET_LABEL_DATA = 5;
    static final int DSM_SET_LABEL_DATA = 6;
    /** Function 0's mask for the Intel UUID: bit 0 (something is supported) and bits 4, 5, 6. */
    static final int DSM_LABEL_FUNCTIONS = 0x71;
    /** Intel DSM status: Invalid Input Parameters. */
    static final int DSM_STATUS_INVALID_INPUT = 3;
    /**
     * {@code _LSI/_LSR/_LSW} status. Linux reads 0 as success, 3 as "label area locked" (EACCES) and
     * anything else as EIO; 2 is Invalid Input Parameters and 1 a plain failure (what the 32-bit guard
     * returns).
     */
    static final int LABEL_STATUS_SUCCESS = 0;
    static final int LABEL_STATUS_FAILURE = 1;
    static final int LABEL_STATUS_INVALID_INPUT = 2;
    private static final long FOUR_GIB = 1L << 32;
    private static final String WINDOW_REGION = "LSAW";
    private static final String WINDOW_FIELD = "WDAT";

    private NvdimmSsdt() {
    }

    public static AcpiTable forVnvdimms(NvdimmAcpiInput input) {
        int revision = input.exposesLabels() ? REVISION_WITH_LABELS : REVISION;
        return forVnvdimms(input, AcpiTableHeader.jxl(SIGNATURE, revision, "NVDIMM"));
    }

    public static AcpiTable forVnvdimms(NvdimmAcpiInput input, AcpiTableHeader header) {
        if (!header.signature().equals(SIGNATURE)) {
            throw new IllegalArgumentException("an SSDT header must say SSDT, not " + header.signature());
        }
        if (input.isEmpty()) {
            throw new IllegalArgumentException("no NVDIMM SSDT for a domain without vNVDIMMs");
        }
        if (header.revision() < REVISION_WITH_LABELS) {
            for (VnvdimmRange v : input.vnvdimms()) {
                if (v.exposesLabels() && v.labelGuestEndBytes() > FOUR_GIB) {
                    throw new IllegalArgumentException("vnvdimm[" + v.index() + "]: a label window above 4 GiB"
                            + " needs 64-bit AML integers, an SSDT of revision 2 or more, not "
                            + header.revision());
                }
            }
        }
        Aml sb = Aml.scope("\\_SB", Aml.device(ROOT_DEVICE.value(), rootDeviceTerms(input)));
        return new AcpiTable(header, Bytes.of(sb.toBytes()));
    }

    /** The terms inside {@code Device(NVDR)}: what a dm-acpi namespace-device blob carries. */
    public static List<Aml> rootDeviceTerms(NvdimmAcpiInput input) {
        List<Aml> terms = new ArrayList<>();
        terms.add(Aml.name("_HID", Aml.string(ROOT_HID)));
        terms.add(dsm());
        for (VnvdimmRange v : input.vnvdimms()) {
            terms.add(Aml.device(NvdimmIds.deviceName(v.index()), nvdimmDeviceTerms(v)));
        }
        return terms;
    }

    public static byte[] rootDeviceBody(NvdimmAcpiInput input) {
        return Aml.encodeAll(rootDeviceTerms(input));
    }

    static List<Aml> nvdimmDeviceTerms(VnvdimmRange v) {
        Aml adr = Aml.name("_ADR", Aml.integer(NvdimmIds.deviceHandle(v.index())));
        if (!v.exposesLabels()) {
            return List.of(adr, dsm());
        }
        LabelWindow w = new LabelWindow(v.labelGuestBaseBytes().getAsLong(), v.labelSizeBytes());
        return List.of(adr, labelDsm(w), lsi(w), lsr(w), lsw(w));
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
        return Aml.method("_DSM", 4, false, genericDsmAnswers().toArray(Aml[]::new));
    }

    private static List<Aml> genericDsmAnswers() {
        return List.of(
                Aml.ifThen(Aml.lEqual(Aml.arg(2), Aml.integer(DSM_QUERY_FUNCTION)),
                        List.of(new Aml.Return(Aml.buffer(DSM_NOTHING_SUPPORTED)))),
                new Aml.Return(Aml.buffer(DSM_STATUS_NOT_SUPPORTED)));
    }

    /** A label window: its guest base, its size, and whether its addresses need 64-bit integers. */
    record LabelWindow(long base, long size) {
        boolean aboveFourGib() {
            return base + size > FOUR_GIB;
        }

        /** Offset of the last whole transfer window inside the label area. */
        long lastWindowOffset() {
            return size - LABEL_MAX_TRANSFER_BYTES;
        }
    }

    /**
     * The label-window {@code _DSM}, for S = label size, M = {@value #LABEL_MAX_TRANSFER_BYTES}:
     * <pre>
     * Method (_DSM, 4, NotSerialized) {
     *     If (LEqual (Arg0, ToUUID ("4309AC30-0D11-11E4-9191-0800200C9A66"))) {
     *         If (LEqual (Arg2, Zero)) {
     *             [Store (Ones, Local7) If (LEqual (Local7, 0xFFFFFFFF)) { Return (Buffer (One) { 0x00 }) }]   (window above 4 GiB)
     *             Return (Buffer (One) { 0x71 })
     *         }
     *         If (LEqual (Arg2, 0x04)) { Return (Buffer () { status 0, S, M as u32 }) }
     *         If (LEqual (Arg2, 0x05)) {
     *             Store (DerefOf (Index (Arg3, Zero)), Local0)                 // {u32 offset, u32 length}
     *             If (LLess (SizeOf (Local0), 0x08)) { Return (Buffer () { 0x03, 0, 0, 0 }) }
     *             Store (_LSR (ToInteger (Mid (Local0, Zero, 0x04)), ToInteger (Mid (Local0, 0x04, 0x04))), Local1)
     *             If (DerefOf (Index (Local1, Zero))) { Return (Buffer () { 0x03, 0, 0, 0 }) }
     *             Return (Concatenate (Buffer () { 0, 0, 0, 0 }, DerefOf (Index (Local1, One))))
     *         }
     *         If (LEqual (Arg2, 0x06)) {
     *             Store (DerefOf (Index (Arg3, Zero)), Local0)                 // {u32 offset, u32 length, data}
     *             If (LLess (SizeOf (Local0), 0x08)) { Return (Buffer () { 0x03, 0, 0, 0 }) }
     *             Store (ToInteger (Mid (Local0, 0x04, 0x04)), Local1)
     *             If (_LSW (ToInteger (Mid (Local0, Zero, 0x04)), Local1, Mid (Local0, 0x08, Local1))) {
     *                 Return (Buffer () { 0x03, 0, 0, 0 })
     *             }
     *             Return (Buffer () { 0, 0, 0, 0 })
     *         }
     *         Return (Buffer (One) { 0x01 })
     *     }
     *     If (LEqual (Arg2, Zero)) { Return (Buffer (One) { 0x00 }) }
     *     Return (Buffer (One) { 0x01 })
     * }
     * </pre>
     * Statuses are the Intel DSM's (4-byte, little-endian); a failed {@code _LSR/_LSW} is Invalid Input
     * Parameters (3), as QEMU answers a transfer outside the label area.
     */
    static Aml.Method labelDsm(LabelWindow w) {
        Aml invalid = Aml.buffer(DSM_STATUS_INVALID_INPUT, 0, 0, 0);
        Aml success = Aml.buffer(0, 0, 0, 0);
        List<Aml> query = new ArrayList<>();
        if (w.aboveFourGib()) {
            query.addAll(narrowIntegers(Aml.buffer(DSM_NOTHING_SUPPORTED)));
        }
        query.add(new Aml.Return(Aml.buffer(DSM_LABEL_FUNCTIONS)));
        ByteSink size = new ByteSink().u32(LABEL_STATUS_SUCCESS).u32(w.size()).u32(LABEL_MAX_TRANSFER_BYTES);
        Aml input = Aml.derefOf(Aml.index(Aml.arg(3), Aml.integer(0)));
        List<Aml> intel = List.of(
                ifFunction(DSM_QUERY_FUNCTION, query),
                ifFunction(DSM_GET_LABEL_SIZE, List.of(new Aml.Return(new Aml.Buf(Bytes.of(size.toByteArray()))))),
                ifFunction(DSM_GET_LABEL_DATA, List.of(
                        Aml.store(input, Aml.local(0)),
                        shortInput(invalid),
                        Aml.store(Aml.call("_LSR", u32At(Aml.local(0), 0), u32At(Aml.local(0), 4)),
                                Aml.local(1)),
                        Aml.ifThen(Aml.derefOf(Aml.index(Aml.local(1), Aml.integer(0))),
                                List.of(new Aml.Return(invalid))),
                        new Aml.Return(Aml.concatenate(success,
                                Aml.derefOf(Aml.index(Aml.local(1), Aml.integer(1))))))),
                ifFunction(DSM_SET_LABEL_DATA, List.of(
                        Aml.store(input, Aml.local(0)),
                        shortInput(invalid),
                        Aml.store(u32At(Aml.local(0), 4), Aml.local(1)),
                        Aml.ifThen(Aml.call("_LSW", u32At(Aml.local(0), 0), Aml.local(1),
                                Aml.mid(Aml.local(0), Aml.integer(8), Aml.local(1))),
                                List.of(new Aml.Return(invalid))),
                        new Aml.Return(success))),
                new Aml.Return(Aml.buffer(DSM_STATUS_NOT_SUPPORTED)));
        List<Aml> body = new ArrayList<>();
        body.add(Aml.ifThen(Aml.lEqual(Aml.arg(0), new Aml.Buf(Bytes.of(new Guid(INTEL_DIMM_DSM_UUID).toEfiBytes()))),
                intel));
        body.addAll(genericDsmAnswers());
        return Aml.method("_DSM", 4, false, body.toArray(Aml[]::new));
    }

    private static Aml ifFunction(int function, List<Aml> terms) {
        return Aml.ifThen(Aml.lEqual(Aml.arg(2), Aml.integer(function)), terms);
    }

    /** The DSM input buffer in Local0 must hold at least offset and length (8 bytes). */
    private static Aml shortInput(Aml invalid) {
        return Aml.ifThen(Aml.lLess(Aml.sizeOf(Aml.local(0)), Aml.integer(8)), List.of(new Aml.Return(invalid)));
    }

    /** {@code ToInteger (Mid (buffer, offset, 0x04))}: a little-endian u32 of a DSM input buffer. */
    private static Aml u32At(Aml buffer, int offset) {
        return Aml.toInteger(Aml.mid(buffer, Aml.integer(offset), Aml.integer(4)));
    }

    /**
     * {@code Store (Ones, Local7) If (LEqual (Local7, 0xFFFFFFFF)) { Return (value) }}: leave when
     * integers are 32 bits wide. Through a Local, because iasl folds {@code LEqual (Ones, 0xFFFFFFFF)}
     * to Zero at compile time in a revision-2 table, so the same ASL compiled by iasl would lose the test.
     */
    private static List<Aml> narrowIntegers(Aml value) {
        return List.of(Aml.store(new Aml.Ones(), Aml.local(7)),
                Aml.ifThen(Aml.lEqual(Aml.local(7), Aml.integer(0xFFFF_FFFFL)), List.of(new Aml.Return(value))));
    }

    /**
     * <pre>
     * Method (_LSI, 0, NotSerialized) {
     *     [Store (Ones, Local7) If (LEqual (Local7, 0xFFFFFFFF)) { Return (Package () { One, Zero, Zero }) }]   (window above 4 GiB)
     *     Return (Package () { Zero, S, M })                                        // status, size, max transfer
     * }
     * </pre>
     */
    static Aml.Method lsi(LabelWindow w) {
        List<Aml> body = new ArrayList<>();
        if (w.aboveFourGib()) {
            body.addAll(narrowIntegers(Aml.pkg(Aml.integer(LABEL_STATUS_FAILURE), Aml.integer(0), Aml.integer(0))));
        }
        body.add(new Aml.Return(Aml.pkg(Aml.integer(LABEL_STATUS_SUCCESS), Aml.integer(w.size()),
                Aml.integer(LABEL_MAX_TRANSFER_BYTES))));
        return Aml.method("_LSI", 0, false, body.toArray(Aml[]::new));
    }

    /**
     * {@code _LSR (Offset, Length)}, for base B:
     * <pre>
     * Method (_LSR, 2, Serialized) {
     *     [Store (Ones, Local7) If (LEqual (Local7, 0xFFFFFFFF)) { Return (Package () { One, Buffer (Zero) {} }) }]
     *     If (LOr (LOr (LGreater (Arg0, S), LGreater (Arg1, Subtract (S, Arg0))), LGreater (Arg1, M))) {
     *         Return (Package () { 0x02, Buffer (Zero) {} })
     *     }
     *     Store (S - M, Local0)                                   // the window: Min (Offset, S - M)
     *     If (LLess (Arg0, Local0)) { Store (Arg0, Local0) }
     *     OperationRegion (LSAW, SystemMemory, Add (B, Local0), M)
     *     Field (LSAW, QWordAcc, NoLock, Preserve) { WDAT, M * 8 }
     *     Store (Package () { Zero, Buffer (Zero) {} }, Local1)
     *     Store (Mid (WDAT, Subtract (Arg0, Local0), Arg1), Index (Local1, One))
     *     Return (Local1)
     * }
     * </pre>
     * The window always lies inside the label area and holds the request ({@code Length <= M}), so one
     * field read serves any transfer. A failure returns a zero-length Buffer, as Linux expects of
     * {@code _LSR}.
     */
    static Aml.Method lsr(LabelWindow w) {
        Aml empty = Aml.buffer();
        List<Aml> body = new ArrayList<>();
        if (w.aboveFourGib()) {
            body.addAll(narrowIntegers(Aml.pkg(Aml.integer(LABEL_STATUS_FAILURE), empty)));
        }
        body.add(Aml.ifThen(outsideLabelArea(w), List.of(
                new Aml.Return(Aml.pkg(Aml.integer(LABEL_STATUS_INVALID_INPUT), empty)))));
        body.addAll(window(w));
        body.add(Aml.store(Aml.pkg(Aml.integer(LABEL_STATUS_SUCCESS), empty), Aml.local(1)));
        body.add(Aml.store(Aml.mid(windowField(), Aml.subtract(Aml.arg(0), Aml.local(0)), Aml.arg(1)),
                Aml.index(Aml.local(1), Aml.integer(1))));
        body.add(new Aml.Return(Aml.local(1)));
        return Aml.method("_LSR", 2, true, body.toArray(Aml[]::new));
    }

    /**
     * {@code _LSW (Offset, Length, Data)}: rewrites the whole window, the request's bytes replaced.
     * <pre>
     * Method (_LSW, 3, Serialized) {
     *     [Store (Ones, Local7) If (LEqual (Local7, 0xFFFFFFFF)) { Return (One) }]
     *     If (LOr (LOr (LOr (LGreater (Arg0, S), LGreater (Arg1, Subtract (S, Arg0))), LGreater (Arg1, M)),
     *              LLess (SizeOf (Arg2), Arg1))) { Return (0x02) }
     *     Store (S - M, Local0)
     *     If (LLess (Arg0, Local0)) { Store (Arg0, Local0) }
     *     OperationRegion (LSAW, SystemMemory, Add (B, Local0), M)
     *     Field (LSAW, QWordAcc, NoLock, Preserve) { WDAT, M * 8 }
     *     Subtract (Arg0, Local0, Local1)                         // where the request starts in the window
     *     Store (WDAT, Local2)
     *     Store (Concatenate (Mid (Local2, Zero, Local1), Mid (Arg2, Zero, Arg1)), Local3)
     *     Store (Concatenate (Local3, Mid (Local2, Add (Local1, Arg1), M)), WDAT)
     *     Return (Zero)
     * }
     * </pre>
     */
    static Aml.Method lsw(LabelWindow w) {
        List<Aml> body = new ArrayList<>();
        if (w.aboveFourGib()) {
            body.addAll(narrowIntegers(Aml.integer(LABEL_STATUS_FAILURE)));
        }
        body.add(Aml.ifThen(Aml.lOr(outsideLabelArea(w), Aml.lLess(Aml.sizeOf(Aml.arg(2)), Aml.arg(1))),
                List.of(new Aml.Return(Aml.integer(LABEL_STATUS_INVALID_INPUT)))));
        body.addAll(window(w));
        body.add(Aml.subtract(Aml.arg(0), Aml.local(0), Aml.local(1)));
        body.add(Aml.store(windowField(), Aml.local(2)));
        body.add(Aml.store(Aml.concatenate(Aml.mid(Aml.local(2), Aml.integer(0), Aml.local(1)),
                Aml.mid(Aml.arg(2), Aml.integer(0), Aml.arg(1))), Aml.local(3)));
        body.add(Aml.store(Aml.concatenate(Aml.local(3),
                Aml.mid(Aml.local(2), Aml.add(Aml.local(1), Aml.arg(1)), Aml.integer(LABEL_MAX_TRANSFER_BYTES))),
                windowField()));
        body.add(new Aml.Return(Aml.integer(LABEL_STATUS_SUCCESS)));
        return Aml.method("_LSW", 3, true, body.toArray(Aml[]::new));
    }

    /**
     * {@code Offset > S || Length > S - Offset || Length > M}. AML's LOr evaluates both sides, and the
     * subtraction may wrap when Offset > S, but then the first test already holds.
     */
    private static Aml outsideLabelArea(LabelWindow w) {
        Aml size = Aml.integer(w.size());
        return Aml.lOr(Aml.lOr(Aml.lGreater(Aml.arg(0), size),
                        Aml.lGreater(Aml.arg(1), Aml.subtract(size, Aml.arg(0)))),
                Aml.lGreater(Aml.arg(1), Aml.integer(LABEL_MAX_TRANSFER_BYTES)));
    }

    /** Local0 = Min (Offset, S - M); the region and field of the M bytes there. */
    private static List<Aml> window(LabelWindow w) {
        return List.of(
                Aml.store(Aml.integer(w.lastWindowOffset()), Aml.local(0)),
                Aml.ifThen(Aml.lLess(Aml.arg(0), Aml.local(0)), List.of(Aml.store(Aml.arg(0), Aml.local(0)))),
                new Aml.OperationRegion(NamePath.parse(WINDOW_REGION), Aml.SYSTEM_MEMORY,
                        Aml.add(Aml.integer(w.base()), Aml.local(0)), Aml.integer(LABEL_MAX_TRANSFER_BYTES)),
                new Aml.Field(NamePath.parse(WINDOW_REGION), Aml.AccessType.QWORD_ACC,
                        List.of(new Aml.FieldUnit(NameSeg.of(WINDOW_FIELD), LABEL_MAX_TRANSFER_BYTES * 8))));
    }

    private static Aml windowField() {
        return new Aml.NameRef(NamePath.parse(WINDOW_FIELD));
    }
}
