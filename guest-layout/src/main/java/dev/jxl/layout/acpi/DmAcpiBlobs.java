package dev.jxl.layout.acpi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.jxl.layout.acpi.aml.NameSeg;
import dev.jxl.units.Bytes;

/**
 * Writes and reads the dm-acpi area: blobs packed back to back, each
 * {@code u32 type (LE) | u32 size (LE, includes this 8-byte header) | data}, so the next blob starts at
 * this blob's address + size, as the design thread describes. See {@code guest-layout/ACPI-BLOBS.md}.
 */
public final class DmAcpiBlobs {
    public static final int HEADER_BYTES = 8;

    private DmAcpiBlobs() {
    }

    /** One framed blob as found in an area, before its data is interpreted. */
    public record Frame(int index, int offset, long type, long size, Bytes data) {
        public Frame {
            Objects.requireNonNull(data, "data");
        }
    }

    public static byte[] write(List<? extends DmAcpiBlob> blobs) {
        ByteSink sink = new ByteSink();
        for (DmAcpiBlob blob : blobs) {
            Bytes data = blob.data();
            sink.u32(blob.type()).u32(HEADER_BYTES + (long) data.length()).bytes(data);
        }
        return sink.toByteArray();
    }

    /**
     * The blobs of an area for a domain's vNVDIMMs: the NFIT as a table blob and {@code NVDR} as a
     * namespace-device blob. No SSDT: hvmloader refuses those and builds its own from the device blob.
     */
    public static List<DmAcpiBlob> forVnvdimms(NvdimmAcpiInput input) {
        return List.of(DmAcpiBlob.Table.of(Nfit.forVnvdimms(input).toTable()),
                new DmAcpiBlob.NamespaceDevice(NvdimmSsdt.ROOT_DEVICE, Bytes.of(NvdimmSsdt.rootDeviceBody(input))));
    }

    /** Splits an area into frames; throws when a header or a blob runs past the end or a size is below 8. */
    public static List<Frame> frames(byte[] area) {
        List<Frame> out = new ArrayList<>();
        int offset = 0;
        for (int index = 0; offset < area.length; index++) {
            int left = area.length - offset;
            if (left < HEADER_BYTES) {
                throw new DmAcpiFormatException(index, offset,
                        "truncated: " + left + " bytes left, a blob header needs " + HEADER_BYTES);
            }
            long type = ByteSink.readLe(area, offset, 4);
            long size = ByteSink.readLe(area, offset + 4, 4);
            if (size < HEADER_BYTES) {
                throw new DmAcpiFormatException(index, offset,
                        "size " + size + " is smaller than the " + HEADER_BYTES + "-byte blob header");
            }
            if (size > left) {
                throw new DmAcpiFormatException(index, offset,
                        "truncated: size " + size + " but only " + left + " bytes left in the area");
            }
            out.add(new Frame(index, offset, type, size, Bytes.of(area, offset + HEADER_BYTES, offset + (int) size)));
            offset += (int) size;
        }
        return out;
    }

    /** Reads what {@link #write} writes; unknown types and short namespace-device data are format errors. */
    public static List<DmAcpiBlob> read(byte[] area) {
        List<DmAcpiBlob> out = new ArrayList<>();
        for (Frame f : frames(area)) {
            out.add(interpret(f));
        }
        return out;
    }

    static DmAcpiBlob interpret(Frame f) {
        if (f.type() == DmAcpiBlob.TYPE_TABLE) {
            return new DmAcpiBlob.Table(f.data());
        }
        if (f.type() == DmAcpiBlob.TYPE_NAMESPACE_DEVICE) {
            byte[] data = f.data().toByteArray();
            if (data.length < 4) {
                throw new DmAcpiFormatException(f.index(), f.offset(),
                        "namespace device needs a 4-byte name, has " + data.length + " bytes");
            }
            if (!NameSeg.isValid(data, 0)) {
                throw new DmAcpiFormatException(f.index(), f.offset(),
                        "namespace device name is not an ACPI NameSeg: \""
                                + AcpiTableHeader.text(data, 0, 4) + "\"");
            }
            return new DmAcpiBlob.NamespaceDevice(new NameSeg(new String(data, 0, 4, StandardCharsets.US_ASCII)),
                    Bytes.of(data, 4, data.length));
        }
        throw new DmAcpiFormatException(f.index(), f.offset(), "unknown blob type " + f.type()
                + " (0 = ACPI table, 1 = namespace device)");
    }
}
