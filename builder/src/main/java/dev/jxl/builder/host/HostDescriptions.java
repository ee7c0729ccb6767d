package dev.jxl.builder.host;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.jxl.builder.json.JsonPath;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
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
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes JSON host descriptions (the format of shared/README.md "The host"): plain JSON
 * integers in bytes (memory in KiB), unknown keys rejected so a misspelt key is not silently
 * ignored. Optional keys: {@code paddr_bits} (default 46), {@code seabios_image_size} (default
 * 262144), {@code rdm} (reserved device memory, [{addr, size}]), {@code free_memory_kib} (default
 * memory_kib), {@code nr_nodes} (default: the nodes the pmem regions name, at least 1).
 */
public final class HostDescriptions {
    private static final Set<String> KEYS = Set.of("xen_version", "cpus", "memory_kib", "free_memory_kib",
            "paddr_bits", "seabios_image_size", "e820", "pmem", "rdm", "nr_nodes", "comment");
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw HostDescriptionException.unreadable(file.toString(), "cannot read host description: no such file", e);
        } catch (IOException e) {
            throw HostDescriptionException.unreadable(file.toString(), "cannot read host description: "
                    + (Files.isDirectory(file) ? "it is a directory" : e.getMessage()), e);
        }
        String text;
        try {
            text = JsonTree.decodeUtf8(bytes);
        } catch (JsonTree.SyntaxError e) {
            throw syntax(file.toString(), e).withNotes(List.of(note(file.toString())));
        }
        return parse(file.toString(), text);
    }

    public static Host parse(String source, String text) {
        try {
            JsonTree.Document doc;
            try {
                doc = JsonTree.parse(text);
            } catch (JsonTree.SyntaxError e) {
                throw syntax(source, e);
            }
            return fromTree(source, doc, doc.root(), JsonPath.ROOT);
        } catch (HostDescriptionException e) {
            throw e.withNotes(List.of(note(source)));
        }
    }

    private static HostDescriptionException syntax(String source, JsonTree.SyntaxError e) {
        return new HostDescriptionException(List.of(Diagnostic.error(new SourcePosition(source, e.line(), e.column()),
                null, e.getMessage())), e);
    }

    /** What to do about a host description jxl refuses. */
    private static Diagnostic note(String source) {
        return Diagnostic.note(SourcePosition.ofSource(source), "a host description says what Xen reports of a"
                + " machine (README: \"Host descriptions\"); correct " + source + ", or write this machine's with"
                + " `jxl host capture -o FILE`");
    }

    /**
     * A description embedded in another document at {@code path} (the sim's state keeps the one it was
     * booted with): errors point into that document, and name their place from its root. Every problem
     * of meaning ({@link HostCheck}) is reported, not only the first.
     */
    public static Host fromTree(String source, JsonTree.Document doc, Object tree, JsonPath path) {
        Reader r = new Reader(source, doc);
        if (!(tree instanceof Map<?, ?> map)) {
            throw r.error(tree, null, "a host description is a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) map;
        for (String k : root.keySet()) {
            if (!KEYS.contains(k)) {
                throw r.error(root, k, "unknown key \"" + k + "\" (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String xen = r.text(root, "xen_version");
        if (xen.isBlank()) {
            throw r.error(root, "xen_version", "\"xen_version\" is empty (Xen reports MAJOR.MINOR; a capture"
                    + " off Xen says \"none\")");
        }
        int cpus = (int) r.integer(root, "cpus", 1, 1 << 20);
        long memoryKib = r.integer(root, "memory_kib", 1, Long.MAX_VALUE >> 10);
        long freeKib = root.containsKey("free_memory_kib") ? r.integer(root, "free_memory_kib", 0, memoryKib) : memoryKib;
        int paddrBits = root.containsKey("paddr_bits") ? (int) r.integer(root, "paddr_bits", 32, 52) : Host.DEFAULT_PADDR_BITS;
        long seabios = root.containsKey("seabios_image_size") ? r.integer(root, "seabios_image_size", 4096, 0x40000)
                : Host.DEFAULT_SEABIOS_IMAGE_SIZE;
        int nodes = root.containsKey("nr_nodes") ? (int) r.integer(root, "nr_nodes", 1, cpus) : 0;
        List<E820Entry> e820 = new ArrayList<>();
        for (Map<String, Object> n : r.array(root, "e820", true)) {
            long addr = r.unsigned(n, "addr");
            long size = r.unsigned(n, "size");
            long type = r.integer(n, "type", 0, 0xFFFFFFFFL);
            try {
                e820.add(new E820Entry(addr, size, E820Type.of(type)));
            } catch (IllegalArgumentException ex) {
                throw r.error(n, null, "e820 entry: " + ex.getMessage());
            }
        }
        List<HostCheck.Problem> problems = new ArrayList<>();
        List<PmemRegion> pmem = new ArrayList<>();
        List<Map<String, Object>> pmemTree = r.array(root, "pmem", false);
        for (int i = 0; i < pmemTree.size(); i++) {
            Map<String, Object> n = pmemTree.get(i);
            try {
                pmem.add(new PmemRegion(r.integer(n, "spa", 0, Long.MAX_VALUE), r.integer(n, "size", 1, Long.MAX_VALUE),
                        (int) r.integer(n, "node", 0, 1 << 16)));
            } catch (IllegalArgumentException ex) {
                throw r.error(n, null, "pmem region: " + ex.getMessage());
            }
            int node = pmem.get(i).node();
            if (node >= (nodes > 0 ? nodes : cpus)) {
                // Xen's nodes each have a CPU: physinfo's nr_nodes is at most nr_cpus
                problems.add(new HostCheck.Problem(JsonPath.of("pmem").index(i).key("node"), node + ", but the host has "
                        + (nodes > 0 ? nodes + " NUMA node(s) (nr_nodes), 0.." + (nodes - 1) : cpus
                                + " CPU(s), so at most nodes 0.." + (cpus - 1))));
            }
        }
        List<ReservedDeviceMemory> rdm = new ArrayList<>();
        for (Map<String, Object> n : r.array(root, "rdm", false)) {
            try {
                rdm.add(new ReservedDeviceMemory(r.integer(n, "addr", 0, Long.MAX_VALUE),
                        r.integer(n, "size", 1, Long.MAX_VALUE)));
            } catch (IllegalArgumentException ex) {
                throw r.error(n, null, "rdm: " + ex.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw r.errors(path, problems);
        }
        Host host;
        try {
            host = nodes > 0
                    ? new Host(xen, cpus, memoryKib, freeKib, paddrBits, seabios, new E820Map(e820), pmem, rdm, nodes)
                    : new Host(xen, cpus, memoryKib, freeKib, paddrBits, seabios, new E820Map(e820), pmem, rdm);
        } catch (IllegalArgumentException ex) {
            throw r.error(root, null, ex.getMessage());
        }
        problems.addAll(HostCheck.problems(host));
        if (!problems.isEmpty()) {
            throw r.errors(path, problems);
        }
        return host;
    }

    /** The canonical JSON of a host (what {@code jxl host capture} writes). */
    public static String write(Host h) {
        return JsonTree.writeForUsers(g -> writeTo(g, h)) + "\n";
    }

    /** The canonical JSON object of a host, into a document being written. */
    public static void writeTo(JsonGenerator g, Host h) throws IOException {
            g.writeStartObject();
            g.writeStringField("xen_version", h.xenVersion());
            g.writeNumberField("cpus", h.cpus());
            g.writeNumberField("nr_nodes", h.numaNodes());
            g.writeNumberField("memory_kib", h.memoryKib());
            g.writeNumberField("free_memory_kib", h.freeMemoryKib());
            g.writeNumberField("paddr_bits", h.paddrBits());
            g.writeNumberField("seabios_image_size", h.seabiosImageSize());
            g.writeArrayFieldStart("e820");
            for (E820Entry x : h.e820().entries()) {
                JsonTree.unsignedNumbers(g, List.of("addr", "size", "type"), x.addr(), x.size(), x.type().value());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pmem");
            for (PmemRegion x : h.pmem()) {
                JsonTree.numbers(g, List.of("spa", "size", "node"), x.spa(), x.size(), x.node());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rdm");
            for (ReservedDeviceMemory x : h.rdm()) {
                JsonTree.numbers(g, List.of("addr", "size"), x.start(), x.size());
            }
            g.writeEndArray();
            g.writeEndObject();
    }

    /** Field access with messages that name the field and point at it ({@code FILE:LINE:COL}). */
    private record Reader(String source, JsonTree.Document doc) {
        /** An error at {@code key} of {@code object}, or at the object itself when key is null or absent. */
        HostDescriptionException error(Object object, String key, String message) {
            JsonTree.Position at = key == null ? doc.at(object) : doc.at(object, key);
            return new HostDescriptionException(List.of(Diagnostic.error(new SourcePosition(source, at.line(), at.column()),
                    key, message)));
        }

        /** Every problem of meaning, each at its place ({@code base} is where the description stands). */
        HostDescriptionException errors(JsonPath base, List<HostCheck.Problem> problems) {
            List<Diagnostic> out = new ArrayList<>();
            for (HostCheck.Problem p : problems) {
                JsonPath where = base.then(p.path());
                JsonTree.Position at = doc.at(where);
                out.add(Diagnostic.error(new SourcePosition(source, at.line(), at.column()), where.toString(),
                        where + ": " + p.what()));
            }
            return new HostDescriptionException(out);
        }

        String text(Map<String, Object> o, String key) {
            if (!(o.get(key) instanceof String s)) {
                throw error(o, key, "\"" + key + "\" must be a string");
            }
            return s;
        }

        long integer(Map<String, Object> o, String key, long min, long max) {
            Object n = o.get(key);
            if (!(n instanceof BigInteger v) || v.bitLength() > 63) {
                throw error(o, key, "\"" + key + "\" must be an integer"
                        + (n == null ? " (missing)" : ", not " + JsonTree.describe(n)));
            }
            long l = v.longValue();
            if (l < min || l > max) {
                throw error(o, key, "\"" + key + "\" = " + l + " is out of range " + min + ".." + max);
            }
            return l;
        }

        /** A 64-bit unsigned integer (E820 values may exceed Long.MAX_VALUE). */
        long unsigned(Map<String, Object> o, String key) {
            Object n = o.get(key);
            if (!(n instanceof BigInteger v)) {
                throw error(o, key, "\"" + key + "\" must be an integer"
                        + (n == null ? " (missing)" : ", not " + JsonTree.describe(n)));
            }
            if (v.signum() < 0 || v.bitLength() > 64) {
                throw error(o, key, "\"" + key + "\" = " + v + " is not a 64-bit unsigned value");
            }
            return v.longValue();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> array(Map<String, Object> o, String key, boolean required) {
            Object n = o.get(key);
            if (n == null && !required) {
                return List.of();
            }
            if (!(n instanceof List<?> items)) {
                throw error(o, key, "\"" + key + "\" must be an array");
            }
            for (Object x : items) {
                if (!(x instanceof Map)) {
                    throw error(items, null, "each \"" + key + "\" item must be an object");
                }
            }
            return (List<Map<String, Object>>) items;
        }
    }
}
