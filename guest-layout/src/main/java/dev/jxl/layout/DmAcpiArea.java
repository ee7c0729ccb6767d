package dev.jxl.layout;

import dev.jxl.units.ByteSize;
import dev.jxl.units.Bytes;
import dev.jxl.units.Hex;
import java.util.List;

/**
 * The dm-acpi blob area (design thread: "the end of guest memory below 4G"): the blobs for the
 * vNVDIMMs' NFIT and namespace device, at {@code address}, in whole pages taken from the top of low
 * RAM and E820-reserved, published to hvmloader through xenstore. The bytes are made once, by the
 * planner; the build loads exactly these.
 *
 * @param address  guest-physical address of the first blob (page-aligned)
 * @param bytes    the blob bytes (what {@code …/dm-acpi/length} counts)
 * @param pages    pages reserved for them
 */
public record DmAcpiArea(long address, Bytes bytes, long pages) {
    public DmAcpiArea {
        if (address <= 0 || (address & 0xFFF) != 0 || bytes.length() == 0 || pages << 12 < bytes.length()
                || address + (pages << 12) > 1L << 32) {
            throw new IllegalArgumentException("bad dm-acpi area " + address + "+" + bytes.length());
        }
    }

    public long length() {
        return bytes.length();
    }

    public long end() {
        return address + (pages << 12);
    }

    /** The xenstore writes, relative to {@code /local/domain/<domid>/} (hvmloader reads them with strtoll base 0). */
    public List<XenstoreWrite> xenstoreWrites() {
        return List.of(new XenstoreWrite("hvmloader/dm-acpi/address", Hex.plain(address)),
                new XenstoreWrite("hvmloader/dm-acpi/length", Hex.plain(bytes.length())));
    }

    @Override
    public String toString() {
        return Hex.of(address) + "-" + Hex.of(end() - 1) + " " + ByteSize.of(pages << 12) + " (" + bytes.length() + " bytes of blobs)";
    }
}
