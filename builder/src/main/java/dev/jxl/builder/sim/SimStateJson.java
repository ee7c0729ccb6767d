package dev.jxl.builder.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HostInfo.PmemDataRegion;
import dev.jxl.builder.backend.HostInfo.PmemMgmtRegion;
import dev.jxl.builder.host.HostCheck;
import dev.jxl.builder.host.HostDescriptionException;
import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.builder.json.JsonPath;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.builder.sim.SimDomain.JournalEntry;
import dev.jxl.builder.sim.SimDomain.P2mEntry;
import dev.jxl.layout.host.PmemRegion;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state document ({@code state.json}) as JSON: keys in snake case, in the order below; null
 * journal and p2m fields left out, and a domain's {@code libxl_config} when it has none (Domain-0,
 * documents from before it was kept). {@code domid_rover} may be missing (documents from before
 * it), and so may a domain's {@code pause_count} (then 0 when it runs, else 1). Version 2
 * keeps the host's whole description; version 1 documents (flat host numbers) are still read, and
 * written back as 2. Reading is strict: an unknown or missing key, a wrong type or a value out of
 * range is an error naming the key, so a damaged document is never half-read.
 *
 * <p>Reading uses loops, not lambdas or streams: every short command reads the state, and JDK 17 links
 * each lambda call site at its first use (about 0.2 ms each, interpreted).
 */
final class SimStateJson {
    // the keys of the flat integer objects, written and read in this order
    private static final List<String> RANGE_KEYS = List.of("addr", "size", "type");
    private static final List<String> PMEM_KEYS = List.of("spa", "size", "node");
    private static final List<String> MGMT_KEYS = List.of("smfn", "emfn", "used_mfns");
    private static final List<String> DATA_KEYS = List.of("smfn", "emfn", "mgmt_smfn", "mgmt_emfn");

    private SimStateJson() {
    }

    /** A document jxl cannot read, where, and why; or the errors of the host description it holds. */
    static final class BadDocument extends Exception {
        private final JsonTree.Position at;
        private final List<Diagnostic> host;

        BadDocument(JsonTree.Position at, String message) {
            super(message);
            this.at = at;
            this.host = List.of();
        }

        /** The embedded host description's errors, already positioned in the document. */
        BadDocument(HostDescriptionException e) {
            this(e.errors(), e);
        }

        BadDocument(List<Diagnostic> hostErrors, Throwable cause) {
            super(hostErrors.get(0).message(), cause);
            SourcePosition first = hostErrors.get(0).position();
            this.at = new JsonTree.Position(first.line(), first.column());
            this.host = List.copyOf(hostErrors);
        }

        JsonTree.Position at() {
            return at;
        }

        /** The document reads, but the host description it holds is impossible. */
        boolean aboutTheHost() {
            return !host.isEmpty();
        }

        /** Every error, each {@code source:LINE:COL}. */
        List<Diagnostic> diagnostics(String source) {
            if (!host.isEmpty()) {
                return host.stream().map(d -> new Diagnostic(d.severity(), d.position().withSource(source), d.key(),
                        d.message())).toList();
            }
            return List.of(Diagnostic.error(new SourcePosition(source, at.line(), at.column()), null, getMessage()));
        }
    }

    /**
     * A document as read: the state, the JSON it was read from (where each value stands), the
     * {@code free_memory_kib} as written (the state holds it only when it is possible) and where the
     * host description stands ({@code host.description}; {@code host} in version 1).
     */
    record Parsed(SimState state, JsonTree.Document doc, long freeMemoryKibAsWritten, JsonPath description) {
    }

    static String write(SimState s) {
        return JsonTree.write(g -> {
            g.writeStartObject();
            g.writeStringField("format", s.format);
            g.writeNumberField("version", s.version);
            g.writeFieldName("host");
            host(g, s.host);
            g.writeNumberField("domid_rover", s.domidRover);
            g.writeArrayFieldStart("domains");
            for (SimDomain d : s.domains) {
                domain(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The host: the description it was booted from (as a host file says it), then what has changed since. */
    private static void host(JsonGenerator g, HostInfo h) throws IOException {
        g.writeStartObject();
        g.writeFieldName("description");
        HostDescriptions.writeTo(g, h.host());
        g.writeNumberField("free_memory_kib", h.freeMemoryKib());
        g.writeArrayFieldStart("pmem_mgmt");
        for (PmemMgmtRegion m : h.pmemMgmt()) {
            JsonTree.numbers(g, MGMT_KEYS, m.smfn(), m.emfn(), m.usedMfns());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pmem_data");
        for (PmemDataRegion d : h.pmemData()) {
            JsonTree.numbers(g, DATA_KEYS, d.smfn(), d.emfn(), d.mgmtSmfn(), d.mgmtEmfn());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void domain(JsonGenerator g, SimDomain d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("domid", d.domid);
        g.writeStringField("name", d.name);
        g.writeStringField("type", d.type);
        g.writeStringField("state", d.state);
        g.writeNumberField("pause_count", d.pauseCount);
        g.writeNumberField("max_vcpus", d.maxVcpus);
        g.writeNumberField("max_mem_kib", d.maxMemKib);
        g.writeNumberField("tot_pages", d.totPages);
        g.writeFieldName("memory_map");
        memoryMap(g, d.memoryMap);
        g.writeArrayFieldStart("p2m");
        for (P2mEntry p : d.p2m) {
            g.writeStartObject();
            g.writeStringField("kind", p.kind());
            if (p.gfn() != null) {
                g.writeNumberField("gfn", p.gfn());
            }
            if (p.mfn() != null) {
                g.writeNumberField("mfn", p.mfn());
            }
            g.writeNumberField("nr", p.nr());
            if (p.sha256() != null) {
                g.writeStringField("sha256", p.sha256());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("xenstore");
        for (Map.Entry<String, String> e : d.xenstore.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("journal");
        for (JournalEntry j : d.journal) {
            g.writeStartObject();
            g.writeStringField("line", j.line());
            if (j.previous() != null) {
                g.writeStringField("previous", j.previous());
            }
            if (j.previousMap() != null) {
                g.writeFieldName("previous_map");
                memoryMap(g, j.previousMap());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (d.libxlConfig != null) {
            g.writeFieldName("libxl_config");
            JsonTree.writeValue(g, d.libxlConfig);
        }
        g.writeEndObject();
    }

    private static void memoryMap(JsonGenerator g, List<E820Entry> map) throws IOException {
        g.writeStartArray();
        for (E820Entry e : map) {
            JsonTree.unsignedNumbers(g, RANGE_KEYS, e.addr(), e.size(), e.type().value());
        }
        g.writeEndArray();
    }

    // ---- reading ----

    static SimState read(String text) throws BadDocument {
        return parse(text).state();
    }

    /**
     * Reads a document's types and shape (a value out of its type's range is refused here, by key);
     * whether what it says is possible is {@link SimStateCheck}'s question.
     */
    static Parsed parse(String text) throws BadDocument {
        JsonTree.Document doc;
        try {
            doc = JsonTree.parse(text);
        } catch (JsonTree.SyntaxError e) {
            throw new BadDocument(new JsonTree.Position(e.line(), e.column()), e.getMessage());
        }
        Obj root = Obj.of(doc, doc.root(), "the document", Set.of("format", "version", "host", "domid_rover", "domains"));
        SimState s = new SimState();
        s.format = root.string("format");
        if (!SimState.FORMAT.equals(s.format)) {
            throw root.bad("format", "format is \"" + s.format + "\", expected \"" + SimState.FORMAT + "\"");
        }
        int version = root.integer("version");
        if (version != 1 && version != SimState.VERSION) {
            throw root.bad("version", "state version " + version + ", this jxl reads versions 1 and " + SimState.VERSION);
        }
        long[] free = new long[1];
        s.host = version == 1
                ? hostInfoV1(root.object("host", Set.of("xen_version", "cpus", "paddr_bits", "memory_kib",
                        "free_memory_kib", "e820", "pmem", "pmem_mgmt", "pmem_data")), free)
                : hostInfo(root.object("host", Set.of("description", "free_memory_kib", "pmem_mgmt", "pmem_data")), free);
        s.domains = new ArrayList<>();
        for (Object tree : root.array("domains")) {
            s.domains.add(domain(doc, tree));
        }
        // documents written before the rover was kept: it is at least the highest id in use
        s.domidRover = root.has("domid_rover") ? root.integer("domid_rover") : highestDomid(s.domains);
        return new Parsed(s, doc, free[0], version == 1 ? JsonPath.of("host") : JsonPath.of("host", "description"));
    }

    /** The highest id in use; 0 when there is no domain. */
    private static int highestDomid(List<SimDomain> domains) {
        if (domains.isEmpty()) {
            return 0;
        }
        int highest = Integer.MIN_VALUE;
        for (SimDomain d : domains) {
            highest = Math.max(highest, d.domid);
        }
        return highest;
    }

    private static HostInfo hostInfo(Obj h, long[] free) throws BadDocument {
        Object tree = h.fields().get("description");
        if (tree == null) {
            throw h.bad("description", "host: \"description\" is missing");
        }
        Host host;
        try {
            host = HostDescriptions.fromTree("state", h.doc(), tree, JsonPath.of("host", "description"));
        } catch (HostDescriptionException e) {
            throw new BadDocument(e);
        }
        free[0] = h.longValue("free_memory_kib");
        return setUp(h, host, free[0]);
    }

    /** Version 1 kept the host's numbers flat, without its RDMs, firmware size or node count. */
    private static HostInfo hostInfoV1(Obj h, long[] freeOut) throws BadDocument {
        List<E820Entry> e820 = new ArrayList<>();
        for (Object tree : h.array("e820")) {
            e820.add(v1E820Entry(h.doc(), tree));
        }
        List<PmemRegion> pmem = new ArrayList<>();
        for (Object tree : h.array("pmem")) {
            pmem.add(v1PmemRegion(h.doc(), tree));
        }
        long free = h.longValue("free_memory_kib");
        freeOut[0] = free;
        Host host;
        try {
            host = new Host(h.string("xen_version"), h.integer("cpus"), h.longValue("memory_kib"), free,
                    h.integer("paddr_bits"), Host.DEFAULT_SEABIOS_IMAGE_SIZE, new E820Map(e820), pmem, List.of());
        } catch (IllegalArgumentException e) {
            throw h.bad("cpus", "host: " + e.getMessage());
        }
        List<HostCheck.Problem> problems = HostCheck.problems(host);
        if (!problems.isEmpty()) {
            List<Diagnostic> errors = new ArrayList<>();
            for (HostCheck.Problem p : problems) {
                JsonPath where = JsonPath.of("host").then(p.path());
                JsonTree.Position at = h.doc().at(where);
                errors.add(Diagnostic.error(new SourcePosition("state", at.line(), at.column()), where.toString(),
                        where + ": " + p.what()));
            }
            throw new BadDocument(errors, null);
        }
        return setUp(h, host, free);
    }

    private static E820Entry v1E820Entry(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj e = Obj.of(doc, tree, "e820 entry", Set.copyOf(RANGE_KEYS));
        try {
            return new E820Entry(e.longValue("addr"), e.longValue("size"), E820Type.of(e.longValue("type")));
        } catch (IllegalArgumentException ex) {
            throw new BadDocument(doc.at(tree), "e820 entry: " + ex.getMessage());
        }
    }

    private static PmemRegion v1PmemRegion(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj r = Obj.of(doc, tree, "pmem region", Set.copyOf(PMEM_KEYS));
        try {
            return new PmemRegion(r.longValue("spa"), r.longValue("size"), r.integer("node"));
        } catch (IllegalArgumentException e) {
            throw new BadDocument(doc.at(tree), "pmem region: " + e.getMessage());
        }
    }

    /** The free memory as written may be impossible (a repair rebuilds it): the state holds it clamped. */
    private static HostInfo setUp(Obj h, Host host, long freeKib) throws BadDocument {
        List<PmemMgmtRegion> mgmt = new ArrayList<>();
        for (Object tree : h.array("pmem_mgmt")) {
            mgmt.add(mgmtRegion(h.doc(), tree));
        }
        List<PmemDataRegion> data = new ArrayList<>();
        for (Object tree : h.array("pmem_data")) {
            data.add(dataRegion(h.doc(), tree));
        }
        return new HostInfo(host, Math.max(0, Math.min(freeKib, host.memoryKib())), mgmt, data);
    }

    private static PmemMgmtRegion mgmtRegion(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj m = Obj.of(doc, tree, "pmem_mgmt region", Set.copyOf(MGMT_KEYS));
        return new PmemMgmtRegion(m.longValue("smfn"), m.longValue("emfn"), m.longValue("used_mfns"));
    }

    private static PmemDataRegion dataRegion(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj d = Obj.of(doc, tree, "pmem_data region", Set.copyOf(DATA_KEYS));
        return new PmemDataRegion(d.longValue("smfn"), d.longValue("emfn"), d.longValue("mgmt_smfn"),
                d.longValue("mgmt_emfn"));
    }

    private static SimDomain domain(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj o = Obj.of(doc, tree, "domain", Set.of("domid", "name", "type", "state", "max_vcpus", "max_mem_kib",
                "tot_pages", "memory_map", "p2m", "xenstore", "journal", "libxl_config", "pause_count"));
        SimDomain d = new SimDomain();
        d.domid = o.integer("domid");
        d.name = o.string("name");
        d.type = o.string("type");
        d.state = o.string("state");
        // documents from before the count was kept: a running domain is paused no more, any other once
        d.pauseCount = o.has("pause_count") ? o.integer("pause_count") : SimDomain.RUNNING.equals(d.state) ? 0 : 1;
        d.maxVcpus = o.integer("max_vcpus");
        d.maxMemKib = o.longValue("max_mem_kib");
        d.totPages = o.longValue("tot_pages");
        d.memoryMap = memoryMap(o, "memory_map");
        d.p2m = new ArrayList<>();
        for (Object x : o.array("p2m")) {
            d.p2m.add(p2mEntry(doc, x));
        }
        Obj xenstore = o.object("xenstore", null);
        d.xenstore = new TreeMap<>();
        for (String key : xenstore.keys()) {
            d.xenstore.put(key, xenstore.string(key));
        }
        d.journal = new ArrayList<>();
        for (Object x : o.array("journal")) {
            d.journal.add(journalEntry(doc, x));
        }
        // documents from before jxl kept the config have none
        d.libxlConfig = o.has("libxl_config") ? o.object("libxl_config", null).libxlJson() : null;
        return d;
    }

    private static P2mEntry p2mEntry(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj p = Obj.of(doc, tree, "p2m entry", Set.of("kind", "gfn", "mfn", "nr", "sha256"));
        return new P2mEntry(p.string("kind"), p.optionalLong("gfn"), p.optionalLong("mfn"), p.longValue("nr"),
                p.optionalString("sha256"));
    }

    private static JournalEntry journalEntry(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj j = Obj.of(doc, tree, "journal entry", Set.of("line", "previous", "previous_map"));
        return new JournalEntry(j.string("line"), j.optionalString("previous"),
                j.has("previous_map") ? memoryMap(j, "previous_map") : null);
    }

    /** The E820 entries of {@code key}: a domain's memory map, or the one a journal step replaced. */
    private static List<E820Entry> memoryMap(Obj o, String key) throws BadDocument {
        List<E820Entry> map = new ArrayList<>();
        for (Object tree : o.array(key)) {
            map.add(memmapEntry(o.doc(), tree));
        }
        return map;
    }

    private static E820Entry memmapEntry(JsonTree.Document doc, Object tree) throws BadDocument {
        Obj e = Obj.of(doc, tree, "memory map entry", Set.copyOf(RANGE_KEYS));
        try {
            return new E820Entry(e.u64("addr"), e.u64("size"), E820Type.of(e.longValue("type")));
        } catch (IllegalArgumentException ex) {
            throw new BadDocument(doc.at(tree), "memory map entry: " + ex.getMessage());
        }
    }

    /** One JSON object of the document, with typed access whose errors name the key and point at it. */
    private record Obj(JsonTree.Document doc, Map<String, Object> fields, String what) {
        @SuppressWarnings("unchecked")
        static Obj of(JsonTree.Document doc, Object tree, String what, Set<String> keys) throws BadDocument {
            if (!(tree instanceof Map<?, ?> m)) {
                throw new BadDocument(doc.at(tree), what + " must be an object, not " + JsonTree.describe(tree));
            }
            Obj o = new Obj(doc, (Map<String, Object>) m, what);
            if (keys != null) {
                for (String k : o.fields.keySet()) {
                    if (!keys.contains(k)) {
                        throw o.bad(k, what + ": unknown key \"" + k + "\"");
                    }
                }
            }
            return o;
        }

        BadDocument bad(String key, String message) {
            return new BadDocument(doc.at(fields, key), message);
        }

        Set<String> keys() {
            return fields.keySet();
        }

        boolean has(String key) {
            return fields.get(key) != null;
        }

        private Object required(String key) throws BadDocument {
            Object v = fields.get(key);
            if (v == null) {
                throw bad(key, what + ": \"" + key + "\" is missing");
            }
            return v;
        }

        String string(String key) throws BadDocument {
            if (!(required(key) instanceof String s)) {
                throw bad(key, what + ": \"" + key + "\" must be a string, not " + JsonTree.describe(fields.get(key)));
            }
            return s;
        }

        String optionalString(String key) throws BadDocument {
            return has(key) ? string(key) : null;
        }

        long longValue(String key) throws BadDocument {
            if (!(required(key) instanceof BigInteger v) || v.bitLength() > 63) {
                throw bad(key, what + ": \"" + key + "\" must be a 64-bit integer, not "
                        + JsonTree.describe(fields.get(key)));
            }
            return v.longValue();
        }

        /**
         * A uint64_t of an E820 entry, 0..2^64-1. Older jxl wrote values from 2^63 up as negative
         * longs; those read back as the same 64 bits.
         */
        long u64(String key) throws BadDocument {
            Object n = required(key);
            if (!(n instanceof BigInteger v) || v.bitLength() > 64 || (v.signum() < 0 && v.bitLength() > 63)) {
                throw bad(key, what + ": \"" + key + "\" must be a 64-bit unsigned integer, not "
                        + JsonTree.describe(fields.get(key)));
            }
            return v.longValue();
        }

        Long optionalLong(String key) throws BadDocument {
            return has(key) ? longValue(key) : null;
        }

        int integer(String key) throws BadDocument {
            long v = longValue(key);
            if (v != (int) v) {
                throw bad(key, what + ": \"" + key + "\" = " + v + " does not fit 32 bits");
            }
            return (int) v;
        }

        /** This object as libxl JSON: only what libxl's generator writes (no fractions; integers of 64 bits). */
        Map<String, Object> libxlJson() throws BadDocument {
            libxlMembers(fields);
            return fields;
        }

        private void libxlMembers(Object container) throws BadDocument {
            if (container instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    libxlValue(e.getValue(), doc.at(m, (String) e.getKey()));
                }
            } else if (container instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) {
                    libxlValue(l.get(i), doc.at(l, i));
                }
            }
        }

        private void libxlValue(Object v, JsonTree.Position at) throws BadDocument {
            if (v instanceof Map || v instanceof List) {
                libxlMembers(v);
            } else if (v instanceof BigInteger n ? n.bitLength() > 64 || n.signum() < 0 && n.bitLength() > 63
                    : !(v instanceof String || v instanceof Boolean || v == null)) {
                throw new BadDocument(at, what + ": " + JsonTree.describe(v) + " is no value libxl's JSON holds"
                        + " (strings, booleans, null and integers of 64 bits)");
            }
        }

        Obj object(String key, Set<String> keys) throws BadDocument {
            return Obj.of(doc, required(key), what + " " + key, keys);
        }

        /** The array of {@code key}, for the caller to read element by element. */
        List<?> array(String key) throws BadDocument {
            if (!(required(key) instanceof List<?> items)) {
                throw bad(key, what + ": \"" + key + "\" must be an array, not " + JsonTree.describe(fields.get(key)));
            }
            return items;
        }
    }
}
