package dev.jxl.layout;

import static dev.jxl.layout.XenConstants.FIRMWARE_E820_SLOTS;

import dev.jxl.config.libxl.LibxlEnums.BiosType;
import dev.jxl.units.ByteSize;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.units.Hex;
import dev.jxl.layout.e820.HvmloaderE820;
import dev.jxl.layout.host.Host;
import java.util.List;

/**
 * The firmware hvmloader loads, and the E820 it writes into that firmware's buffer.
 *
 * @param lowmemReservedBase where reserved memory below 640 KiB starts (0: none, hvmloader's 0xa0000)
 * @param biosBase           where the BIOS region below 1 MiB starts
 */
record HvmFirmware(long lowmemReservedBase, long biosBase) {
    static HvmFirmware of(GuestSettings s, Host host, List<String> notes) {
        HvmFirmware f = switch (s.bios()) {
            case ROMBIOS -> new HvmFirmware(0x9E000, 0xE0000);
            case OVMF -> new HvmFirmware(0, 0xF0000);
            default -> new HvmFirmware(0, 0x100000 - host.seabiosImageSize());
        };
        notes.add("firmware: " + s.bios().libxlName() + ", BIOS region from " + Hex.plain(f.biosBase)
                + (s.bios() == BiosType.SEABIOS ? " (1 MiB - the " + ByteSize.of(host.seabiosImageSize()) + " image)"
                : ""));
        return f;
    }

    /**
     * hvmloader's E820 over the memmap libxl set. SeaBIOS and OVMF copy it into a buffer of 16 entries
     * with no bound check, so a longer one is refused, naming what filled it.
     *
     * @param rdmEntries  entries the memmap holds for RDMs
     * @param pmemEntries entries it holds for vNVDIMM ranges and label windows
     */
    E820Map guestE820(GuestSettings s, HvmFixedRegions fixed, List<E820Entry> memmap, long rdmEntries,
            long pmemEntries, List<String> notes) {
        E820Map e820 = HvmloaderE820.build(lowmemReservedBase, biosBase, fixed.acpiEnd(), s.acpi(), 0, memmap);
        if (s.bios() != BiosType.ROMBIOS && e820.size() > FIRMWARE_E820_SLOTS) {
            throw new PlanningException(pmemEntries > 0 ? "vnvdimms" : "rdm", "hvmloader would write " + e820.size()
                    + " E820 entries into " + s.bios().libxlName() + "'s buffer of " + FIRMWARE_E820_SLOTS
                    + " (no bound check): " + rdmEntries + " for RDMs, " + pmemEntries
                    + " for vNVDIMM ranges and label windows", List.of("firmware E820 buffer"));
        }
        notes.add("e820: " + e820.size() + " entries (of " + FIRMWARE_E820_SLOTS + " slots in the firmware's buffer)");
        return e820;
    }
}
