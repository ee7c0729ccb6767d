package dev.jxl.layout;

import dev.jxl.layout.e820.ByteSize;
import dev.jxl.layout.e820.Hex;
import java.util.List;

/**
 * The dm-acpi blob area (design thread: "the end of guest memory below 4G"): the blobs for the
 * vNVDIMMs' NFIT and namespace device, at {@code address}, {@code length} bytes, in whole pages taken
 * from the top of low RAM and E820-reserved, published to hvmloader through xenstore.
 *
 * @param address  guest-physical address of the first blob (page-aligned)
 * @param length   bytes of blobs (what {@code …/dm-acpi/length} says)
 * @param pages    pages reserved for them
 */
public record DmAcpiArea(long address, long length, long pages) {
    public DmAcpiArea {
        if (address <= 0 || (address & 0xFFF) != 0 || length <= 0 || pages << 12 < length || address + (pages << 12) > 1L << 32) {
            throw new IllegalArgumentException("bad dm-acpi area " + address + "+" + length);
        }
    }

    public long end() {
        return address + (pages << 12);
    }

    /** The xenstore writes, relative to {@code /local/domain/<domid>/} (hvmloader reads them with strtoll base 0). */
    public List<XenstoreWrite> xenstoreWrites() {
        return List.of(new XenstoreWrite("hvmloader/dm-acpi/address", Hex.plain(address)),
                new XenstoreWrite("hvmloader/dm-acpi/length", Hex.plain(length)));
    }

    @Override
    public String toString() {
        return Hex.of(address) + "-" + Hex.of(end() - 1) + " " + ByteSize.of(pages << 12) + " (" + length + " bytes of blobs)";
    }
}
