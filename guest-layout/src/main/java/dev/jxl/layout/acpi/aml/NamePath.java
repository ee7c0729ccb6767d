package dev.jxl.layout.acpi.aml;

import java.util.ArrayList;
import java.util.List;

import dev.jxl.layout.acpi.ByteSink;

/**
 * An AML NameString: an optional root prefix {@code \} (0x5C) or any number of parent prefixes
 * {@code ^} (0x5E), then a NamePath: NullName (0x00) for no segments, one NameSeg, DualNamePrefix
 * (0x2E) and two, or MultiNamePrefix (0x2F), a count byte and that many.
 */
public record NamePath(boolean root, int parentPrefixes, List<NameSeg> segments) {
    public static final int ROOT_CHAR = 0x5C;
    public static final int PARENT_PREFIX_CHAR = 0x5E;
    public static final int DUAL_NAME_PREFIX = 0x2E;
    public static final int MULTI_NAME_PREFIX = 0x2F;
    public static final int NULL_NAME = 0x00;

    public NamePath {
        segments = List.copyOf(segments);
        if (root && parentPrefixes > 0) {
            throw new IllegalArgumentException("a name path is either rooted or relative to a parent, not both");
        }
        if (parentPrefixes < 0) {
            throw new IllegalArgumentException("negative parent prefix count");
        }
        if (segments.size() > 255) {
            throw new IllegalArgumentException("a multi-name path holds at most 255 segments");
        }
        if (!root && segments.isEmpty()) {
            throw new IllegalArgumentException("a relative name path needs at least one segment");
        }
    }

    /** Parses ASL spelling: {@code \_SB.NVDR}, {@code ^^PAR0}, {@code NV00}, {@code \}. */
    public static NamePath parse(String asl) {
        boolean root = asl.startsWith("\\");
        int i = root ? 1 : 0;
        int parents = 0;
        while (i < asl.length() && asl.charAt(i) == '^') {
            parents++;
            i++;
        }
        List<NameSeg> segs = new ArrayList<>();
        String rest = asl.substring(i);
        if (!rest.isEmpty()) {
            for (String part : rest.split("\\.", -1)) {
                segs.add(new NameSeg(part));
            }
        }
        return new NamePath(root, parents, segs);
    }

    public static NamePath of(NameSeg seg) {
        return new NamePath(false, 0, List.of(seg));
    }

    public void writeTo(ByteSink sink) {
        if (root) {
            sink.u8(ROOT_CHAR);
        }
        for (int i = 0; i < parentPrefixes; i++) {
            sink.u8(PARENT_PREFIX_CHAR);
        }
        switch (segments.size()) {
            case 0 -> sink.u8(NULL_NAME);
            case 1 -> sink.bytes(segments.get(0).toBytes());
            case 2 -> sink.u8(DUAL_NAME_PREFIX).bytes(segments.get(0).toBytes()).bytes(segments.get(1).toBytes());
            default -> {
                sink.u8(MULTI_NAME_PREFIX).u8(segments.size());
                segments.forEach(s -> sink.bytes(s.toBytes()));
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(root ? "\\" : "");
        text.append("^".repeat(parentPrefixes));
        for (int i = 0; i < segments.size(); i++) {
            text.append(i == 0 ? "" : ".").append(segments.get(i));
        }
        return text.toString();
    }
}
