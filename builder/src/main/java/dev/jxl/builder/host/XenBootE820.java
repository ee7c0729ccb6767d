package dev.jxl.builder.host;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine E820 Xen printed at boot, read back from its console ring ({@code xl dmesg}). Xen 4.17's
 * init_e820 prints {@code "<source> RAM map:"} and then, through print_e820_memory_map, one line per
 * entry of its sanitised map: {@code " [%016Lx, %016Lx] "} (the end inclusive) and {@code (usable)},
 * {@code (reserved)}, {@code (ACPI data)}, {@code (ACPI NVS)}, {@code (unusable)} or, for any other type,
 * {@code type N} without parentheses (persistent memory is {@code type 7}). The source is
 * {@code Xen-e820} for a BIOS boot, else {@code Multiboot-e820}, {@code PVH-e820}, {@code EFI} or the
 * EFI loader's name. With {@code e820-verbose} Xen first prints the raw firmware map under
 * {@code "Initial <source> RAM map:"}: that one is not the machine map and is skipped.
 */
public final class XenBootE820 {
    // "(XEN) " and, with console_timestamps, "[    0.000000] " before the text Xen printed
    private static final Pattern LINE = Pattern.compile("^\\(XEN\\) (?:\\[[^\\]]*\\] )?(.*?)\\s*$");
    // " [0000000000000000, 000000000009fbff] (usable)": the text of one entry
    private static final Pattern ENTRY = Pattern.compile(
            "^ \\[([0-9a-f]{16}), ([0-9a-f]{16})\\] (\\(usable\\)|\\(reserved\\)|\\(ACPI data\\)|\\(ACPI NVS\\)"
                    + "|\\(unusable\\)|type \\d{1,10})$");
    private static final Pattern HEADER = Pattern.compile("^(\\S.*) RAM map:$");

    private XenBootE820() {
    }

    /**
     * The last complete boot map in the ring, or empty when the ring no longer holds its heading (the
     * ring wrapped, or {@code xl dmesg -c} cleared it). Only Xen's own lines count: a guest's console
     * output reaches the ring prefixed {@code (dN)}, so it cannot pose as the map.
     */
    public static Optional<E820Map> parse(String xlDmesg) {
        List<E820Entry> found = null;
        List<E820Entry> current = null;
        for (String line : xlDmesg.split("\n")) {
            Matcher xen = LINE.matcher(line);
            String text = xen.matches() ? xen.group(1) : null;
            if (current != null) {
                Matcher m = text == null ? null : ENTRY.matcher(text);
                if (m != null && m.matches()) {
                    current.add(entry(m, line));
                    continue;
                }
                if (!current.isEmpty()) {
                    found = current;
                }
                current = null;
            }
            Matcher h = text == null ? null : HEADER.matcher(text);
            if (h != null && h.matches() && !h.group(1).startsWith("Initial ")) {
                current = new ArrayList<>();
            }
        }
        if (current != null && !current.isEmpty()) {
            found = current; // the block ends the text
        }
        return found == null ? Optional.empty() : Optional.of(new E820Map(found));
    }

    private static E820Entry entry(Matcher m, String line) {
        long first = Long.parseUnsignedLong(m.group(1), 16);
        long last = Long.parseUnsignedLong(m.group(2), 16);
        // Xen prints addr + size - 1: a last byte below the first would be an empty entry, which
        // sanitize_e820_map never keeps
        if (Long.compareUnsigned(last, first) < 0) {
            throw new BackendException("xl dmesg: an E820 entry ends before it starts: " + line.trim());
        }
        return new E820Entry(first, last - first + 1, type(m.group(3), line));
    }

    private static E820Type type(String word, String line) {
        return switch (word) {
            case "(usable)" -> E820Type.RAM;
            case "(reserved)" -> E820Type.RESERVED;
            case "(ACPI data)" -> E820Type.ACPI;
            case "(ACPI NVS)" -> E820Type.NVS;
            case "(unusable)" -> E820Type.UNUSABLE;
            default -> {
                long code = Long.parseLong(word.substring("type ".length()));
                if (code > Integer.MAX_VALUE) {
                    throw new BackendException("xl dmesg: E820 type " + code + " is out of range: " + line.trim());
                }
                yield E820Type.of((int) code);
            }
        };
    }
}
