package dev.jxl.build.host;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.host.ReservedDeviceMemory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes JSON host descriptions (the format of shared/README.md "The host"): plain JSON
 * integers in bytes (memory in KiB), unknown keys rejected so a misspelt key is not silently
 * ignored. Optional keys: {@code paddr_bits} (default 46), {@code seabios_image_size} (default
 * 262144), {@code rdm} (reserved device memory, [{addr, size}]), {@code free_memory_kib} (default
 * memory_kib).
 */
public final class HostDescriptions {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> KEYS = Set.of("xen_version", "cpus", "memory_kib", "free_memory_kib",
            "paddr_bits", "seabios_image_size", "e820", "pmem", "rdm", "comment");
    private static final String DEFAULT_RESOURCE = "default-host.json";

    private HostDescriptions() {
    }

    /** The built-in host: a two-socket server with a 32-bit PCI hole and two pmem regions. */
    public static Host builtIn() {
        try (InputStream in = HostDescriptions.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse("<built-in host>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Host read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HostDescriptionException(file + ": cannot read host description: no such file");
        } catch (IOException e) {
            throw new HostDescriptionException(file + ": cannot read host description: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    public static Host parse(String source, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new HostDescriptionException(at(source, e.getLocation()) + ": error: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new HostDescriptionException(source + ":1:1: error: a host description is a JSON object");
        }
        Reader r = new Reader(source);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new HostDescriptionException(source + ": error: unknown key \"" + k + "\" (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String xen = r.text(root, "xen_version");
        int cpus = (int) r.integer(root, "cpus", 1, 1 << 20);
        long memoryKib = r.integer(root, "memory_kib", 0, Long.MAX_VALUE >> 10);
        long freeKib = root.has("free_memory_kib") ? r.integer(root, "free_memory_kib", 0, memoryKib) : memoryKib;
        int paddrBits = root.has("paddr_bits") ? (int) r.integer(root, "paddr_bits", 32, 52) : Host.DEFAULT_PADDR_BITS;
        long seabios = root.has("seabios_image_size") ? r.integer(root, "seabios_image_size", 4096, 0x40000)
                : Host.DEFAULT_SEABIOS_IMAGE_SIZE;
        List<E820Entry> e820 = new ArrayList<>();
        for (JsonNode n : r.array(root, "e820", true)) {
            long addr = r.unsigned(n, "addr");
            long size = r.unsigned(n, "size");
            int type = (int) r.integer(n, "type", 0, 0xFFFFFFFFL);
            try {
                e820.add(new E820Entry(addr, size, E820Type.of(type)));
            } catch (IllegalArgumentException ex) {
                throw r.error("e820 entry: " + ex.getMessage());
            }
        }
        List<PmemRegion> pmem = new ArrayList<>();
        for (JsonNode n : r.array(root, "pmem", false)) {
            try {
                pmem.add(new PmemRegion(r.integer(n, "spa", 0, Long.MAX_VALUE), r.integer(n, "size", 1, Long.MAX_VALUE),
                        (int) r.integer(n, "node", 0, 1 << 16)));
            } catch (IllegalArgumentException ex) {
                throw r.error("pmem region: " + ex.getMessage());
            }
        }
        List<ReservedDeviceMemory> rdm = new ArrayList<>();
        for (JsonNode n : r.array(root, "rdm", false)) {
            try {
                rdm.add(new ReservedDeviceMemory(r.integer(n, "addr", 0, Long.MAX_VALUE),
                        r.integer(n, "size", 1, Long.MAX_VALUE)));
            } catch (IllegalArgumentException ex) {
                throw r.error("rdm: " + ex.getMessage());
            }
        }
        try {
            return new Host(xen, cpus, memoryKib, freeKib, paddrBits, seabios, new E820Map(e820), pmem, rdm);
        } catch (IllegalArgumentException ex) {
            throw r.error(ex.getMessage());
        }
    }

    /** The canonical JSON of a host (what {@code jxl host capture} writes). */
    public static String write(Host h) {
        ObjectNode o = JSON.createObjectNode();
        o.put("xen_version", h.xenVersion());
        o.put("cpus", h.cpus());
        o.put("memory_kib", h.memoryKib());
        o.put("free_memory_kib", h.freeMemoryKib());
        o.put("paddr_bits", h.paddrBits());
        o.put("seabios_image_size", h.seabiosImageSize());
        ArrayNode e = o.putArray("e820");
        for (E820Entry x : h.e820().entries()) {
            e.addObject().put("addr", x.addr()).put("size", x.size()).put("type", x.type().code());
        }
        ArrayNode p = o.putArray("pmem");
        for (PmemRegion x : h.pmem()) {
            p.addObject().put("spa", x.spa()).put("size", x.size()).put("node", x.node());
        }
        ArrayNode d = o.putArray("rdm");
        for (ReservedDeviceMemory x : h.rdm()) {
            d.addObject().put("addr", x.start()).put("size", x.size());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String at(String source, JsonLocation loc) {
        return loc == null ? source : source + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    /** Field access with messages that name the field. */
    private record Reader(String source) {
        HostDescriptionException error(String message) {
            return new HostDescriptionException(source + ": error: " + message);
        }

        String text(JsonNode o, String key) {
            JsonNode n = o.get(key);
            if (n == null || !n.isTextual()) {
                throw error("\"" + key + "\" must be a string");
            }
            return n.asText();
        }

        long integer(JsonNode o, String key, long min, long max) {
            JsonNode n = o.get(key);
            if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
                throw error("\"" + key + "\" must be an integer" + (n == null ? " (missing)" : ", not " + n));
            }
            long v = n.asLong();
            if (v < min || v > max) {
                throw error("\"" + key + "\" = " + v + " is out of range " + min + ".." + max);
            }
            return v;
        }

        /** A 64-bit unsigned integer (E820 values may exceed Long.MAX_VALUE). */
        long unsigned(JsonNode o, String key) {
            JsonNode n = o.get(key);
            if (n == null || !n.isIntegralNumber()) {
                throw error("\"" + key + "\" must be an integer" + (n == null ? " (missing)" : ", not " + n));
            }
            java.math.BigInteger v = n.bigIntegerValue();
            if (v.signum() < 0 || v.bitLength() > 64) {
                throw error("\"" + key + "\" = " + v + " is not a 64-bit unsigned value");
            }
            return v.longValue();
        }

        List<JsonNode> array(JsonNode o, String key, boolean required) {
            JsonNode n = o.get(key);
            if (n == null && !required) {
                return List.of();
            }
            if (n == null || !n.isArray()) {
                throw error("\"" + key + "\" must be an array");
            }
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode x : n) {
                if (!x.isObject()) {
                    throw error("each \"" + key + "\" item must be an object");
                }
                out.add(x);
            }
            return out;
        }
    }
}
