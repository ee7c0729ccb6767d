package dev.jxl.realxen;

import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory maps real Xen's guests report, read from what they print: hvmloader's "E820 table:"
 * (on Xen's console, {@code xl dmesg}), a PVH Linux guest's {@code BIOS-e820:} lines and a PV Linux
 * guest's {@code Xen: [mem …]} lines (its console log). Each parser takes the last complete table in
 * the text, so a log holding an earlier guest's lines still yields this guest's.
 */
final class ObservedE820 {
    // (d3)  [02]: 00000000:00100000 - 00000000:08000000: RAM        (end exclusive)
    private static final Pattern HVMLOADER = Pattern.compile(
            "^\\(d\\d+\\)\\s+\\[(\\d+)\\]: ([0-9a-f]{8}):([0-9a-f]{8}) - ([0-9a-f]{8}):([0-9a-f]{8}): (\\S+)");
    // [    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000000fffffff] usable   (end inclusive)
    private static final Pattern LINUX = Pattern.compile(
            "(BIOS-e820|Xen): \\[mem (0x[0-9a-f]+)-(0x[0-9a-f]+)\\] (.+?)\\s*$");

    private ObservedE820() {
    }

    /** hvmloader's table, in its order; empty when hvmloader printed none. */
    static Optional<E820Map> hvmloader(String xlDmesg) {
        List<List<E820Entry>> tables = new ArrayList<>();
        List<E820Entry> current = null;
        for (String line : xlDmesg.split("\n")) {
            if (line.contains("E820 table:")) {
                current = new ArrayList<>();
                tables.add(current);
                continue;
            }
            Matcher m = HVMLOADER.matcher(line);
            if (current != null && m.find()) {
                long start = Long.parseUnsignedLong(m.group(2) + m.group(3), 16);
                long end = Long.parseUnsignedLong(m.group(4) + m.group(5), 16);
                current.add(E820Entry.range(start, end, hvmloaderType(m.group(6))));
            }
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(new E820Map(tables.get(tables.size() - 1)));
    }

    /** The map a Linux guest printed ({@code prefix} "BIOS-e820" for PVH and HVM, "Xen" for PV). */
    static Optional<E820Map> linux(String log, String prefix) {
        List<List<E820Entry>> tables = new ArrayList<>();
        List<E820Entry> current = null;
        boolean inTable = false;
        for (String line : log.split("\n")) {
            Matcher m = LINUX.matcher(line);
            if (m.find() && m.group(1).equals(prefix)) {
                if (!inTable) {
                    current = new ArrayList<>();
                    tables.add(current);
                    inTable = true;
                }
                long start = Long.parseUnsignedLong(m.group(2).substring(2), 16);
                long last = Long.parseUnsignedLong(m.group(3).substring(2), 16);
                current.add(E820Entry.range(start, last + 1, linuxType(m.group(4))));
            } else {
                inTable = false;
            }
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(new E820Map(tables.get(tables.size() - 1)));
    }

    /** hvmloader's dump_e820_table words. */
    private static E820Type hvmloaderType(String word) {
        return switch (word) {
            case "RAM" -> E820Type.RAM;
            case "RESERVED" -> E820Type.RESERVED;
            case "ACPI" -> E820Type.ACPI;
            case "NVS" -> E820Type.NVS;
            default -> throw new IllegalArgumentException("hvmloader E820 type " + word);
        };
    }

    /** Linux's e820_print_type words. */
    private static E820Type linuxType(String word) {
        return switch (word) {
            case "usable" -> E820Type.RAM;
            case "reserved" -> E820Type.RESERVED;
            case "ACPI data" -> E820Type.ACPI;
            case "ACPI NVS" -> E820Type.NVS;
            case "unusable" -> E820Type.UNUSABLE;
            case "persistent (type 12)" -> E820Type.PRAM;
            case "persistent (type 7)" -> E820Type.PMEM;
            default -> E820Type.of(Integer.parseInt(word.replaceAll("\\D", "")));
        };
    }
}
