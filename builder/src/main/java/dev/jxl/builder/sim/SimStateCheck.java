package dev.jxl.builder.sim;

import dev.jxl.builder.backend.HostInfo;
import dev.jxl.builder.backend.HostInfo.PmemDataRegion;
import dev.jxl.builder.backend.HostInfo.PmemMgmtRegion;
import dev.jxl.builder.json.JsonPath;
import dev.jxl.builder.json.JsonTree;
import dev.jxl.builder.sim.SimDomain.JournalEntry;
import dev.jxl.builder.sim.SimDomain.P2mEntry;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.units.Hex;
import dev.jxl.layout.host.MmioMapping;
import dev.jxl.layout.host.PmemRegion;
import dev.jxl.layout.plan.BuildStep;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupState;
import dev.jxl.layout.pmem.PmemSetupState.MappingRefusal;
import dev.jxl.layout.pmem.XenPmemTables;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must hold of a state document for it to be a host Xen could be in, and how the sim got there:
 * every invariant {@link SimRules} keeps, checked on a document as read. Each problem names its JSON
 * path; the few with a safe repair say which ({@link Repair}).
 *
 * <p>Domains: Domain-0 (domid 0, first, no mappings or journal); ids in 0..0x7fef, each once, in id
 * order (Xen's domain list is sorted); names non-empty, at most 4096 bytes, each once; a known type
 * and state, and a toolstack pause count that agrees with the state (0 running, 1 being built, 1..255
 * paused); at least one vCPU; {@code tot_pages} at least 0, within {@code max_mem_kib}, and (for a
 * guest) the pages of its {@code ram} and {@code acpi} mappings; at most E820MAX memory-map entries; a
 * journal that starts with createdomain and ends with unpausedomain or (created paused) the kept config
 * exactly when the domain is built; a
 * libxl config exactly when the journal has its userdata_store step, and the one that step stored
 * (none for Domain-0).
 * Mappings: a known kind, at least one page, the frames the kind needs (gfn, mfn, the acpi hash) and no
 * others, within the physical address space; no guest frame mapped twice in a domain; pmem only in HVM
 * and PVH domains, only from data regions, each host page in one mapping; MMIO never over host RAM or
 * pmem, each host frame in one mapping. Host: free memory 0..memory_kib and equal to memory_kib less
 * what Domain-0 holds less the guests' pages; Domain-0 holding what the description says is not free;
 * pmem management and data regions non-empty, 2 MiB aligned, in host pmem of one node, below Xen's
 * frame table end, never overlapping; each data region's tables in a management region of its node.
 *
 * <p>The checks a possible document runs are loops, not lambdas or streams: every short command reads
 * the state, and JDK 17 links each lambda call site at its first use (about 0.2 ms each, interpreted).
 */
public final class SimStateCheck {
    /** Frames are 4 KiB. */
    private static final int PAGE_SHIFT = 12;
    private static final Set<String> TYPES = Set.of("pv", "pvh", "hvm");
    private static final Set<String> STATES = Set.of(SimDomain.BUILDING, SimDomain.PAUSED, SimDomain.RUNNING);
    private static final Set<String> KINDS = Set.of("ram", "acpi", "pmem", "pmem_label", "mmio");
    private static final String CREATE = "createdomain ";
    private static final String UNPAUSE = new BuildStep.Unpause().line();
    private static final String STORE_CONFIG = "userdata_store " + BuildStep.StoreConfig.USERID + " ";

    private SimStateCheck() {
    }

    /** One way the document is impossible, at {@code path}; {@code repair} is null when none is safe. */
    record Problem(JsonPath path, String what, Repair repair) {
        @Override
        public String toString() {
            return path + ": " + what;
        }
    }

    /** A change that makes the document possible without guessing: it follows from the other records. */
    sealed interface Repair {
        /** What the repair does, in a sentence. */
        String explain();

        /** Drops {@code domains[index]}, the same record as {@code domains[of]}. */
        record DropCopy(int index, int of) implements Repair {
            @Override
            public String explain() {
                return "drop domains[" + index + "], a second copy of domains[" + of + "]";
            }
        }

        /** Puts the domains in id order (the order means nothing else). */
        record SortDomains() implements Repair {
            @Override
            public String explain() {
                return "sort the domains by domid, as Xen keeps its domain list";
            }
        }

        /** Sets {@code domains[index].tot_pages} to what its mappings hold, which free memory agrees with. */
        record RebuildTotPages(int index, long pages) implements Repair {
            @Override
            public String explain() {
                return "set domains[" + index + "].tot_pages to " + pages + ", the pages of its ram and acpi"
                        + " mappings (the host's free memory counts them so too)";
            }
        }

        /** Sets the rover to the highest id in use, as for documents from before it was kept. */
        record ResetRover(int rover) implements Repair {
            @Override
            public String explain() {
                return "set domid_rover to " + rover + ", the highest domid in use (it only decides where the"
                        + " search for the next free id starts)";
            }
        }

        /** Sets free memory to what the domains' records leave. */
        record RebuildFreeMemory(long kib) implements Repair {
            @Override
            public String explain() {
                return "set host.free_memory_kib to " + kib + ", what the domains' records leave free";
            }
        }
    }

    static List<Problem> problems(SimStateJson.Parsed parsed) {
        return new Checker(parsed).run();
    }

    static String count(int n) {
        return n + (n == 1 ? " problem" : " problems");
    }

    /** What {@code jxl state check} prints: every problem (each with its repair, if one is safe), then what to do. */
    public record Report(List<Diagnostic> diagnostics, boolean ok) {
    }

    /**
     * Every problem of the state under {@code dir}, read without the lock (writes are whole-file
     * renames) and without writing: it works in a read-only directory.
     */
    public static Report check(Path dir) {
        Optional<SimStateJson.Parsed> parsed;
        try {
            parsed = SimStore.parseAt(dir);
        } catch (StateDocumentException e) {
            return new Report(e.diagnostics(), false);
        }
        Path file = dir.resolve(SimStore.STATE);
        List<Diagnostic> out = new ArrayList<>();
        if (parsed.isEmpty()) {
            out.add(Diagnostic.note(SourcePosition.ofSource(file.toString()), "no state document yet: the sim boots"
                    + " on the first command that opens it"));
            return new Report(out, true);
        }
        List<Problem> problems = problems(parsed.get());
        for (Problem p : problems) {
            Diagnostic error = SimStore.error(file.toString(), parsed.get(), p);
            out.add(error);
            if (p.repair() != null) {
                out.add(Diagnostic.note(error.position(), "`jxl state repair` would " + p.repair().explain()));
            }
        }
        if (!problems.isEmpty()) {
            out.addAll(SimStore.advice(dir, parsed.get(), problems, problems.size(), false));
            return new Report(out, false);
        }
        SimState s = parsed.get().state();
        for (int i = 0; i < s.domains.size(); i++) {
            SimDomain d = s.domains.get(i);
            if (d.building()) {
                JsonTree.Position at = parsed.get().doc().at(JsonPath.of("domains").index(i));
                out.add(Diagnostic.note(new SourcePosition(file.toString(), at.line(), at.column()), "domains[" + i + "] (domid "
                        + d.domid + ", \"" + d.name + "\") is half-built, left by an interrupted jxl: the next jxl that"
                        + " opens the sim undoes it"));
            }
        }
        return new Report(out, true);
    }

    /** What {@code jxl state repair} did (or, dry, would do), or why it changed nothing. */
    public record Repaired(List<Diagnostic> diagnostics, boolean repaired) {
    }

    /**
     * Makes the safe repairs of the state under {@code dir}, all or none, under the lock, writing the
     * document as every change is written (temp file, rename). A problem without a safe repair refuses
     * the whole repair, saying why; {@code dryRun} says what would change and writes nothing.
     */
    public static Repaired repair(Path dir, boolean dryRun) {
        try (SimStore store = SimStore.open(dir, true)) {
            if (!dryRun) {
                store.requireWritable();
            }
            Path file = dir.resolve(SimStore.STATE);
            String source = file.toString();
            Optional<SimStateJson.Parsed> read;
            try {
                read = SimStore.parseAt(dir);
            } catch (StateDocumentException e) {
                return new Repaired(e.diagnostics(), false); // unreadable: its note says what deleting it costs
            }
            List<Diagnostic> out = new ArrayList<>();
            if (read.isEmpty()) {
                out.add(Diagnostic.note(SourcePosition.ofSource(source), "no state document yet: nothing to repair"));
                return new Repaired(out, true);
            }
            SimStateJson.Parsed parsed = read.get();
            List<Problem> problems = problems(parsed);
            if (problems.isEmpty()) {
                out.add(Diagnostic.note(SourcePosition.ofSource(source), "no problems: nothing to repair"));
                return new Repaired(out, true);
            }
            List<Problem> refused = problems.stream().filter(p -> p.repair() == null).toList();
            if (!refused.isEmpty()) {
                for (Problem p : refused) {
                    Diagnostic error = SimStore.error(source, parsed, p);
                    out.add(error);
                    out.add(Diagnostic.note(error.position(), "no safe repair: the document cannot say which of its"
                            + " records is wrong"));
                }
                out.add(Diagnostic.note(SourcePosition.ofSource(source), "nothing was changed: " + refused.size() + " of "
                        + count(problems.size()) + " " + (refused.size() == 1 ? "has" : "have") + " no safe repair,"
                        + " and a repair is made whole or not at all"));
                long guests = parsed.state().domains.stream().filter(d -> d.domid != 0).count();
                out.add(SimStore.startAfresh(dir, "the document records " + guests
                        + (guests == 1 ? " guest domain" : " guest domains")));
                return new Repaired(out, false);
            }
            SimState s = parsed.state();
            apply(s, problems);
            SimStateJson.Parsed after;
            try {
                after = SimStateJson.parse(new String(SimStore.serialize(s), StandardCharsets.UTF_8));
            } catch (SimStateJson.BadDocument e) {
                throw new IllegalStateException("a repaired state does not read back: " + e.getMessage(), e);
            }
            List<Problem> left = problems(after);
            if (!left.isEmpty()) {
                out.add(Diagnostic.note(SourcePosition.ofSource(source), "nothing was changed: after the repairs "
                        + count(left.size()) + " would remain, the first: " + left.get(0)));
                return new Repaired(out, false);
            }
            for (Problem p : problems) {
                Diagnostic error = SimStore.error(source, parsed, p);
                out.add(Diagnostic.note(error.position(), (dryRun ? "would " : "repaired: ") + p.repair().explain()));
            }
            if (!dryRun) {
                store.write(s);
            }
            out.add(Diagnostic.note(SourcePosition.ofSource(source), count(problems.size()) + " "
                    + (dryRun ? "would be repaired (dry run: nothing written)" : "repaired; " + source + " rewritten")));
            return new Repaired(out, true);
        }
    }

    /**
     * The document with every repair of {@code problems} made: tot_pages first (by index as read),
     * then the copies dropped, the domains sorted, the rover and free memory set.
     */
    static void apply(SimState s, List<Problem> problems) {
        List<Repair> repairs = problems.stream().map(Problem::repair).distinct().toList();
        for (Repair r : repairs) {
            if (r instanceof Repair.RebuildTotPages t) {
                s.domains.get(t.index()).totPages = t.pages();
            }
        }
        repairs.stream().filter(r -> r instanceof Repair.DropCopy).map(r -> ((Repair.DropCopy) r).index())
                .sorted(java.util.Comparator.reverseOrder()).forEach(i -> s.domains.remove((int) i));
        for (Repair r : repairs) {
            if (r instanceof Repair.SortDomains) {
                s.domains.sort((a, b) -> Integer.compare(a.domid, b.domid));
            }
        }
        for (Repair r : repairs) {
            if (r instanceof Repair.ResetRover v) {
                s.domidRover = v.rover();
            } else if (r instanceof Repair.RebuildFreeMemory f) {
                s.host = s.host.withFreeMemoryKib(f.kib());
            }
        }
    }

    private static final class Checker {
        final SimStateJson.Parsed parsed;
        final SimState s;
        final HostInfo host;
        final JsonPath hostPath = JsonPath.of("host");
        final List<Problem> out = new ArrayList<>();
        /** Indices of the domains that are not a copy of an earlier one: the ones the other checks see. */
        final List<Integer> view = new ArrayList<>();
        final long frameLimit;
        /** The host's pmem setup as the mapping rule reads it; empty when a region is too broken to read. */
        final Optional<PmemSetupState> setup;
        /** The host's pmem regions in address order, as {@link #nodeOf} walks them. */
        final List<PmemRegion> pmemBySpa;

        Checker(SimStateJson.Parsed parsed) {
            this.parsed = parsed;
            this.s = parsed.state();
            this.host = s.host;
            this.frameLimit = host.host().addressLimit() >>> PAGE_SHIFT;
            this.setup = noNegativeFrames(host) ? Optional.of(host.pmemSetup()) : Optional.empty();
            List<PmemRegion> sorted = new ArrayList<>(host.pmem());
            sorted.sort(new BySpa());
            this.pmemBySpa = sorted;
        }

        /** Whether every pmem region's frames are at least 0: a setup with a negative one cannot be read. */
        static boolean noNegativeFrames(HostInfo host) {
            for (PmemMgmtRegion m : host.pmemMgmt()) {
                if (m.smfn() < 0 || m.emfn() < 0) {
                    return false;
                }
            }
            for (PmemDataRegion d : host.pmemData()) {
                if (d.smfn() < 0 || d.emfn() < 0 || d.mgmtSmfn() < 0 || d.mgmtEmfn() < 0) {
                    return false;
                }
            }
            return true;
        }

        List<Problem> run() {
            copies();
            domainIds();
            for (int i : view) {
                domain(i);
            }
            mappingsAcrossDomains();
            rover();
            pmemSetup();
            memory();
            return out;
        }

        void problem(JsonPath at, String what) {
            out.add(new Problem(at, what, null));
        }

        JsonPath domain(int i, String... keys) {
            JsonPath p = JsonPath.of("domains").index(i);
            for (String k : keys) {
                p = p.key(k);
            }
            return p;
        }

        String who(int i) {
            SimDomain d = s.domains.get(i);
            return "domains[" + i + "] (domid " + d.domid + ", \"" + d.name + "\")";
        }

        /** A record that is another record again, byte for byte as JSON: the same domain written twice. */
        void copies() {
            List<?> trees = parsed.doc().root() instanceof Map<?, ?> root && root.get("domains") instanceof List<?> l
                    ? l : List.of();
            for (int j = 0; j < s.domains.size(); j++) {
                int copyOf = -1;
                for (int i : view) {
                    if (j < trees.size() && trees.get(i).equals(trees.get(j))) {
                        copyOf = i;
                        break;
                    }
                }
                if (copyOf >= 0) {
                    out.add(new Problem(JsonPath.of("domains").index(j), "the same record as " + who(copyOf)
                            + ": one domain written twice", new Repair.DropCopy(j, copyOf)));
                } else {
                    view.add(j);
                }
            }
        }

        void domainIds() {
            Map<Integer, Integer> byId = new HashMap<>();
            Map<String, Integer> byName = new HashMap<>();
            boolean domain0 = false;
            boolean sorted = true;
            int previous = -1;
            boolean duplicates = false;
            for (int i : view) {
                SimDomain d = s.domains.get(i);
                if (d.domid < 0 || d.domid >= SimRules.DOMID_FIRST_RESERVED) {
                    problem(domain(i, "domid"), d.domid + " is not a domain id (0.." + (SimRules.DOMID_FIRST_RESERVED - 1)
                            + "; from " + SimRules.DOMID_FIRST_RESERVED + " up the ids are Xen's own, DOMID_FIRST_RESERVED)");
                }
                Integer other = byId.putIfAbsent(d.domid, i);
                if (other != null) {
                    duplicates = true;
                    problem(domain(i, "domid"), d.domid + " is also domains[" + other + "]'s domid (Xen gives an id to"
                            + " one domain at a time)");
                } else if (d.domid < previous && sorted) {
                    sorted = false;
                    out.add(new Problem(domain(i, "domid"), "domain " + d.domid + " is listed after domain " + previous
                            + " (Xen keeps its domain list in id order)", new Repair.SortDomains()));
                }
                previous = Math.max(previous, d.domid);
                domain0 |= d.domid == 0;
                String name = d.name;
                if (name.isEmpty()) {
                    problem(domain(i, "name"), "empty (libxl builds no domain without a name)");
                } else if (name.getBytes(StandardCharsets.UTF_8).length > XenstoreWrite.PAYLOAD_MAX) {
                    problem(domain(i, "name"), name.getBytes(StandardCharsets.UTF_8).length + " bytes (libxl writes the"
                            + " name to xenstore, which takes at most " + XenstoreWrite.PAYLOAD_MAX + ")");
                } else {
                    Integer named = byName.putIfAbsent(name, i);
                    if (named != null) {
                        problem(domain(i, "name"), "\"" + name + "\" is also " + who(named) + "'s name (libxl refuses"
                                + " a second domain of a name)");
                    }
                }
            }
            if (!domain0) {
                problem(JsonPath.of("domains"), "no Domain-0 (domid 0): a Xen host always has it");
            }
            if (duplicates && !sorted) {
                // sorting cannot settle an order between two domains of one id
                out.replaceAll(p -> p.repair() instanceof Repair.SortDomains ? new Problem(p.path(), p.what(), null) : p);
            }
        }

        void domain(int i) {
            SimDomain d = s.domains.get(i);
            if (!TYPES.contains(d.type)) {
                problem(domain(i, "type"), "\"" + d.type + "\" is no domain type (pv, pvh or hvm)");
            }
            if (!STATES.contains(d.state)) {
                problem(domain(i, "state"), "\"" + d.state + "\" is no domain state (" + SimDomain.BUILDING + ", "
                        + SimDomain.PAUSED + " or " + SimDomain.RUNNING + ")");
            } else {
                pauseCount(i, d);
            }
            if (d.maxVcpus < 1) {
                problem(domain(i, "max_vcpus"), d.maxVcpus + " (Xen's createdomain wants at least one vCPU)");
            }
            if (d.maxMemKib < 0) {
                problem(domain(i, "max_mem_kib"), d.maxMemKib + " is below zero");
            }
            if (d.totPages < 0) {
                problem(domain(i, "tot_pages"), d.totPages + " is below zero");
            } else if (d.maxMemKib >= 0 && d.totPages > d.maxMemKib / 4) {
                problem(domain(i, "tot_pages"), d.totPages + " pages (" + d.totPages * 4 + " KiB) is more than its"
                        + " max_mem_kib " + d.maxMemKib + " allows (Xen never lets a domain own more than max_pages)");
            }
            if (d.memoryMap.size() > SimRules.E820MAX) {
                problem(domain(i, "memory_map"), d.memoryMap.size() + " entries (XENMEM_set_memory_map takes at most "
                        + SimRules.E820MAX + ")");
            }
            String name = d.xenstore.get("name");
            if (name != null && !name.equals(d.name)) {
                problem(domain(i, "xenstore", "name"), "\"" + name + "\", but the domain is named \"" + d.name + "\"");
            }
            if (d.domid == 0) {
                domain0(i, d);
                return;
            }
            journal(i, d);
            mappings(i, d);
        }

        /** Xen's toolstack pause count says the state: 0 running, 1 while built, 1..255 paused. */
        void pauseCount(int i, SimDomain d) {
            int n = d.pauseCount;
            String why = null;
            if (n < 0 || n > SimDomain.MAX_PAUSE_COUNT) {
                why = n + " (Xen's toolstack pause count is 0.." + SimDomain.MAX_PAUSE_COUNT + ")";
            } else if (SimDomain.RUNNING.equals(d.state) && n != 0) {
                why = n + ", but the domain runs (it runs only when no toolstack pause is left)";
            } else if (SimDomain.PAUSED.equals(d.state) && n == 0) {
                why = "0, but the domain is paused (one pausedomain at least is owed its unpausedomain)";
            } else if (SimDomain.BUILDING.equals(d.state) && n != 1) {
                why = n + ", but the domain is being built (createdomain leaves it paused once, and a build pauses"
                        + " it no more)";
            }
            if (why != null) {
                problem(domain(i, "pause_count"), why);
            }
        }

        void domain0(int i, SimDomain d) {
            if (!"Domain-0".equals(d.name)) {
                problem(domain(i, "name"), "\"" + d.name + "\": domain 0 is Domain-0");
            }
            if (!SimDomain.RUNNING.equals(d.state)) {
                problem(domain(i, "state"), "\"" + d.state + "\": Domain-0 runs from boot");
            }
            if (!d.p2m.isEmpty()) {
                problem(domain(i, "p2m"), d.p2m.size() + " mapping(s): the sim maps nothing into Domain-0 (it holds"
                        + " the memory the host description does not give guests)");
            }
            if (!d.journal.isEmpty()) {
                problem(domain(i, "journal"), d.journal.size() + " step(s): Domain-0 is booted, never built");
            }
            if (d.libxlConfig != null) {
                problem(domain(i, "libxl_config"), "the sim stores no libxl config for Domain-0 (it is booted, never"
                        + " created by a toolstack)");
            }
        }

        /** How undo works: the first step is createdomain (with the rover it moved from), the last unpause iff running. */
        void journal(int i, SimDomain d) {
            List<JournalEntry> j = d.journal;
            if (j.isEmpty() || !j.get(0).line().startsWith(CREATE)) {
                problem(domain(i, "journal"), j.isEmpty() ? "empty, but every domain's journal starts with its"
                        + " createdomain step" : "starts with \"" + j.get(0).line() + "\", not createdomain");
                return;
            }
            String rover = j.get(0).previous();
            if (rover != null) {
                int was;
                try {
                    was = Integer.parseInt(rover);
                } catch (NumberFormatException e) {
                    was = -1;
                }
                if (was < 0 || was >= SimRules.DOMID_FIRST_RESERVED) {
                    problem(domain(i, "journal").index(0).key("previous"), "\"" + rover + "\" is not the domain id the"
                            + " rover stood at (0.." + (SimRules.DOMID_FIRST_RESERVED - 1) + ")");
                }
            }
            config(i, d);
            // a build ends with the unpause, or (create -p) with the config kept; pause and unpause come after it
            String last = j.get(j.size() - 1).line();
            boolean finished = last.equals(UNPAUSE) || last.startsWith(STORE_CONFIG);
            if (!SimDomain.BUILDING.equals(d.state) && STATES.contains(d.state) && !finished) {
                problem(domain(i, "state"), d.state + ", but its journal ends with neither " + UNPAUSE + " nor "
                        + STORE_CONFIG.strip() + ": its build never finished");
            } else if (SimDomain.BUILDING.equals(d.state) && finished) {
                problem(domain(i, "state"), "building, but its journal ends with " + (last.equals(UNPAUSE) ? UNPAUSE
                        : STORE_CONFIG.strip()) + ", which finishes a build");
            }
        }

        /** The config is there exactly when its userdata_store step was done, and is what that step stored. */
        void config(int i, SimDomain d) {
            JournalEntry stored = null;
            for (JournalEntry e : d.journal) {
                if (e.line().startsWith(STORE_CONFIG)) {
                    stored = e;
                    break;
                }
            }
            if (stored == null && d.libxlConfig != null) {
                problem(domain(i, "libxl_config"), "a libxl config, but the journal has no " + STORE_CONFIG.strip()
                        + " step that stored it");
            } else if (stored != null && d.libxlConfig == null) {
                problem(domain(i, "journal"), "\"" + stored.line() + "\" was done, but the domain has no libxl_config");
            } else if (stored != null) {
                YajlWriter w = new YajlWriter();
                JsonTree.writeValue(w, d.libxlConfig);
                String line = new BuildStep.StoreConfig(w.toString()).line();
                if (!line.equals(stored.line())) {
                    problem(domain(i, "libxl_config"), "not the config its step stored: it is " + line.substring(
                            STORE_CONFIG.length()) + ", the journal says " + stored.line().substring(STORE_CONFIG.length()));
                }
            }
        }

        void mappings(int i, SimDomain d) {
            long ramPages = 0;
            for (int e = 0; e < d.p2m.size(); e++) {
                P2mEntry p = d.p2m.get(e);
                JsonPath at = domain(i, "p2m").index(e);
                if (!KINDS.contains(p.kind())) {
                    problem(at.key("kind"), "\"" + p.kind() + "\" is no mapping kind (ram, acpi, pmem, pmem_label, mmio)");
                    continue;
                }
                if (p.nr() < 1) {
                    problem(at.key("nr"), p.nr() + " (a mapping has at least one page)");
                    continue;
                }
                boolean hostFrames = !p.kind().equals("ram") && !p.kind().equals("acpi");
                if (p.gfn() == null && !p.kind().equals("pmem_label")) {
                    problem(at, "a " + p.kind() + " mapping names its gfn");
                } else if (p.gfn() != null && !frames(p.gfn(), p.nr())) {
                    problem(at.key("gfn"), "gfns " + Hex.plain(p.gfn()) + "+" + Hex.plain(p.nr()) + " reach beyond frame "
                            + Hex.plain(frameLimit) + ", the top of the " + host.paddrBits() + "-bit physical address space");
                }
                if (hostFrames && p.mfn() == null) {
                    problem(at, "a " + p.kind() + " mapping names its host frame (mfn)");
                } else if (!hostFrames && p.mfn() != null) {
                    problem(at.key("mfn"), "a " + p.kind() + " mapping records no mfn (the sim does not track which host"
                            + " RAM backs a guest)");
                } else if (p.mfn() != null && !frames(p.mfn(), p.nr())) {
                    problem(at.key("mfn"), "mfns " + Hex.plain(p.mfn()) + "+" + Hex.plain(p.nr()) + " reach beyond frame "
                            + Hex.plain(frameLimit) + ", the top of the host's " + host.paddrBits()
                            + "-bit physical address space");
                }
                if (p.kind().equals("acpi") != (p.sha256() != null)) {
                    problem(at.key(p.sha256() == null ? "kind" : "sha256"), p.sha256() == null
                            ? "an acpi mapping records the SHA-256 of what was loaded" : "only acpi mappings record a SHA-256");
                } else if (p.sha256() != null && !isSha256(p.sha256())) {
                    problem(at.key("sha256"), "\"" + p.sha256() + "\" is not a SHA-256 (64 lowercase hex digits)");
                }
                if (!hostFrames) {
                    ramPages += p.nr();
                }
                if (p.gfn() != null && frames(p.gfn(), p.nr())) {
                    for (int f = 0; f < e; f++) {
                        P2mEntry o = d.p2m.get(f);
                        if (o.nr() >= 1 && o.overlapsGfns(p.gfn(), p.nr()) && frames(o.gfn(), o.nr())) {
                            problem(at.key("gfn"), "gfn " + Hex.plain(Math.max(o.gfn(), p.gfn())) + " is also backed by"
                                    + " p2m[" + f + "] (" + o.kind() + "): a guest frame is mapped once");
                            break;
                        }
                    }
                }
                if (p.kind().startsWith("pmem") && p.mfn() != null && frames(p.mfn(), p.nr())) {
                    if (d.type.equals("pv")) {
                        problem(at, "pmem in a PV domain (populate_pmem_map maps only into HVM and PVH guests)");
                    }
                    pmemFrames(at.key("mfn"), p.mfn(), p.nr());
                }
                if (p.kind().equals("mmio") && p.mfn() != null && frames(p.mfn(), p.nr())) {
                    mmioFrames(at.key("mfn"), p.mfn(), p.nr());
                }
            }
            pages.put(i, ramPages);
        }

        /** What {@code [0-9a-f]{64}} matches: 64 lowercase hex digits (a regex would link its own lambdas). */
        static boolean isSha256(String hash) {
            if (hash.length() != 64) {
                return false;
            }
            for (int k = 0; k < hash.length(); k++) {
                char c = hash.charAt(k);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        /** The pages each guest's ram and acpi mappings hold, by index. */
        final Map<Integer, Long> pages = new HashMap<>();

        boolean frames(long start, long nr) {
            return start >= 0 && nr >= 1 && start <= frameLimit - nr;
        }

        /** Every frame in a data region, none in a management region: populate_pmem_map's rule. */
        void pmemFrames(JsonPath at, long mfn, long nr) {
            if (setup.isEmpty()) {
                return; // a region of the setup holds a negative frame: pmemSetup() reports it
            }
            Optional<MappingRefusal> refusal = setup.get().mappingRefusal(MfnRange.ofPages(mfn, nr));
            if (refusal.isEmpty()) {
                return;
            }
            MappingRefusal why = refusal.get();
            if (why.managementArea() >= 0) {
                PmemMgmtRegion r = host.pmemMgmt().get(why.managementArea());
                problem(at, "host mfns " + frameRange(mfn, nr) + " overlap management region host.pmem_mgmt["
                        + why.managementArea() + "] " + frameRange(r.smfn(), r.emfn() - r.smfn())
                        + " (its frames hold Xen's tables, never a guest's data)");
            } else {
                problem(at, "host mfn " + Hex.plain(why.mfn()) + " of " + frameRange(mfn, nr) + " is in no pmem data"
                        + " region (host.pmem_data): populate_pmem_map maps only data pages");
            }
        }

        /** MMIO is never host RAM or pmem: Xen's memory_mapping refuses it (-EPERM), as {@link MmioMapping} says. */
        void mmioFrames(JsonPath at, long mfn, long nr) {
            Optional<MmioMapping.Refusal> refusal = MmioMapping.check(host.host(), mfn, nr, 0);
            if (refusal.isEmpty()) {
                return;
            }
            MmioMapping.Refusal why = refusal.get();
            if (why.kind() == MmioMapping.Kind.HOST_RAM) {
                problem(at, "host mfns " + frameRange(mfn, nr) + " overlap host RAM " + parsed.description()
                        + ".e820[" + why.hostIndex() + "] (memory_mapping never maps RAM, -EPERM)");
            } else if (why.kind() == MmioMapping.Kind.HOST_PMEM) {
                problem(at, "host mfns " + frameRange(mfn, nr) + " overlap host pmem " + parsed.description()
                        + ".pmem[" + why.hostIndex() + "] (pmem is mapped with populate_pmem_map, -EPERM)");
            }
            // a range beyond the address space is frames()'s to report
        }

        /** A host page belongs to one guest mapping: pmem (data or label) and MMIO alike. */
        void mappingsAcrossDomains() {
            sweep(true);
            sweep(false);
        }

        private record Placed(int domain, int entry, P2mEntry p) {
            long end() {
                return p.mfn() + p.nr();
            }
        }

        /** Mappings in host frame order. */
        private static final class ByMfn implements Comparator<Placed> {
            @Override
            public int compare(Placed a, Placed b) {
                return Long.compare(a.p().mfn(), b.p().mfn());
            }
        }

        /** Pmem regions in address order. */
        private static final class BySpa implements Comparator<PmemRegion> {
            @Override
            public int compare(PmemRegion a, PmemRegion b) {
                return Long.compare(a.spa(), b.spa());
            }
        }

        /** The mappings of one class (MMIO, or pmem), in mfn order: each that starts below the reach so far overlaps. */
        private void sweep(boolean mmio) {
            List<Placed> all = new ArrayList<>();
            for (int i : view) {
                List<P2mEntry> p2m = s.domains.get(i).p2m;
                for (int e = 0; e < p2m.size(); e++) {
                    P2mEntry p = p2m.get(e);
                    boolean kind = mmio ? p.kind().equals("mmio") : p.kind().equals("pmem") || p.kind().equals("pmem_label");
                    if (kind && p.mfn() != null && frames(p.mfn(), p.nr())) {
                        all.add(new Placed(i, e, p));
                    }
                }
            }
            all.sort(new ByMfn());
            Placed reach = null;
            for (Placed x : all) {
                if (reach != null && x.p().mfn() < reach.end()) {
                    boolean xFirst = x.domain() < reach.domain() || x.domain() == reach.domain() && x.entry() < reach.entry();
                    Placed first = xFirst ? x : reach;
                    Placed second = xFirst ? reach : x;
                    problem(domain(second.domain(), "p2m").index(second.entry()).key("mfn"), "host mfn "
                            + Hex.plain(x.p().mfn()) + " is also mapped by "
                            + (first.domain() == second.domain() ? "" : who(first.domain()) + " ") + "p2m[" + first.entry()
                            + "] (" + first.p().kind() + "): a host page belongs to one guest mapping");
                }
                if (reach == null || x.end() > reach.end()) {
                    reach = x;
                }
            }
        }

        void rover() {
            if (s.domidRover < 0 || s.domidRover >= SimRules.DOMID_FIRST_RESERVED) {
                int highest = view.stream().mapToInt(i -> s.domains.get(i).domid)
                        .filter(id -> id >= 0 && id < SimRules.DOMID_FIRST_RESERVED).max().orElse(0);
                out.add(new Problem(JsonPath.of("domid_rover"), s.domidRover + " is not a domain id (0.."
                        + (SimRules.DOMID_FIRST_RESERVED - 1) + ")", new Repair.ResetRover(highest)));
            }
        }

        void pmemSetup() {
            List<PmemMgmtRegion> mgmt = host.pmemMgmt();
            List<PmemDataRegion> data = host.pmemData();
            List<long[]> ranges = new ArrayList<>(); // {smfn, emfn} of every region checked so far
            List<JsonPath> names = new ArrayList<>();
            for (int m = 0; m < mgmt.size(); m++) {
                PmemMgmtRegion r = mgmt.get(m);
                JsonPath at = hostPath.key("pmem_mgmt").index(m);
                if (region(at, "management", r.smfn(), r.emfn(), ranges, names)) {
                    if (r.usedMfns() < 0 || r.usedMfns() > r.emfn() - r.smfn()) {
                        problem(at.key("used_mfns"), r.usedMfns() + " of its " + (r.emfn() - r.smfn()) + " frames");
                    }
                }
            }
            for (int k = 0; k < data.size(); k++) {
                PmemDataRegion r = data.get(k);
                JsonPath at = hostPath.key("pmem_data").index(k);
                if (!region(at, "data", r.smfn(), r.emfn(), ranges, names)) {
                    continue;
                }
                if (r.mgmtSmfn() >= r.mgmtEmfn()) {
                    problem(at.key("mgmt_smfn"), "its tables' frames " + Hex.plain(r.mgmtSmfn()) + "-" + Hex.plain(r.mgmtEmfn())
                            + " are empty");
                    continue;
                }
                int home = -1;
                for (int m = 0; m < mgmt.size(); m++) {
                    if (mgmt.get(m).smfn() <= r.mgmtSmfn() && r.mgmtEmfn() <= mgmt.get(m).emfn()) {
                        home = m;
                        break;
                    }
                }
                if (home < 0) {
                    problem(at.key("mgmt_smfn"), "its tables' frames " + frameRange(r.mgmtSmfn(), r.mgmtEmfn() - r.mgmtSmfn())
                            + " are in no management region (host.pmem_mgmt; pmem_setup type data needs one, -ENXIO)");
                } else {
                    int dataNode = nodeOf(r.smfn(), r.emfn());
                    int mgmtNode = nodeOf(mgmt.get(home).smfn(), mgmt.get(home).emfn());
                    if (dataNode >= 0 && mgmtNode >= 0 && dataNode != mgmtNode) {
                        problem(at.key("mgmt_smfn"), "the data is on node " + dataNode + " but its management region"
                                + " host.pmem_mgmt[" + home + "] on node " + mgmtNode + " (Xen keeps them on one node)");
                    }
                }
            }
        }

        /** The rules a management and a data region share; false if the region is too broken to check further. */
        boolean region(JsonPath at, String what, long smfn, long emfn, List<long[]> ranges, List<JsonPath> names) {
            if (smfn < 0 || emfn <= smfn) {
                problem(at.key("emfn"), "the " + what + " region " + Hex.plain(smfn) + "-" + Hex.plain(emfn) + " is empty");
                return false;
            }
            if (smfn % XenPmemTables.CHUNK_PAGES != 0 || emfn % XenPmemTables.CHUNK_PAGES != 0) {
                problem(at, frameRange(smfn, emfn - smfn) + " is not 2 MiB aligned (multiples of "
                        + XenPmemTables.CHUNK_PAGES + " frames; mem_hotadd_check refuses it)");
            }
            if (emfn > XenPmemTables.FRAMETABLE_NR) {
                problem(at.key("emfn"), Hex.plain(emfn) + " is beyond frame " + Hex.plain(XenPmemTables.FRAMETABLE_NR)
                        + ", the end of Xen's frame table");
            }
            if (nodeOf(smfn, emfn) == -1) {
                problem(at, frameRange(smfn, emfn - smfn) + " is not all host pmem (" + parsed.description() + ".pmem)");
            } else if (nodeOf(smfn, emfn) == -2) {
                problem(at, frameRange(smfn, emfn - smfn) + " spans pmem of two NUMA nodes (Xen sets up a region on one)");
            }
            for (int o = 0; o < ranges.size(); o++) {
                if (smfn < ranges.get(o)[1] && ranges.get(o)[0] < emfn) {
                    problem(at, frameRange(smfn, emfn - smfn) + " overlaps " + names.get(o) + " (Xen sets a frame up"
                            + " once, -EEXIST)");
                    break;
                }
            }
            ranges.add(new long[] {smfn, emfn});
            names.add(at);
            return true;
        }

        /** The node of the pmem covering [smfn, emfn); -1 where part is not pmem, -2 when it spans nodes. */
        int nodeOf(long smfn, long emfn) {
            long cursor = smfn;
            int node = -1;
            for (PmemRegion r : pmemBySpa) {
                long rs = r.spa() >>> PAGE_SHIFT;
                long re = r.end() >>> PAGE_SHIFT;
                if (re <= cursor || rs >= emfn) {
                    continue;
                }
                if (rs > cursor) {
                    return -1;
                }
                if (node >= 0 && node != r.node()) {
                    return -2;
                }
                node = r.node();
                cursor = re;
                if (cursor >= emfn) {
                    return node;
                }
            }
            return -1;
        }

        /**
         * Free memory is what Domain-0 and the guests do not hold: memory_kib − Domain-0's max_mem_kib −
         * Σ guests' tot_pages × 4. Checked once the records it adds up are themselves possible.
         */
        void memory() {
            JsonPath freeAt = hostPath.key("free_memory_kib");
            long memory = host.memoryKib();
            long free = parsed.freeMemoryKibAsWritten();
            String asWritten = free < 0 ? free + " KiB is below zero" : free > memory ? free + " KiB is more than"
                    + " memory_kib " + memory : free + " KiB";
            if (!countable()) {
                if (free < 0 || free > memory) {
                    problem(freeAt, asWritten);
                }
                return;
            }
            SimDomain dom0 = s.domains.get(domain0Index());
            long described = memory - host.host().freeMemoryKib();
            if (parsed.description().segments().equals(List.of("host", "description")) && dom0.maxMemKib != described) {
                problem(JsonPath.of("domains").index(s.domains.indexOf(dom0)).key("max_mem_kib"), dom0.maxMemKib
                        + " KiB, but Domain-0 holds what the host description does not give guests: memory_kib"
                        + " - free_memory_kib = " + described + " KiB");
                if (free < 0 || free > memory) {
                    problem(freeAt, asWritten);
                }
                return;
            }
            long byTotPages = memory - dom0.maxMemKib;
            long byMappings = byTotPages;
            List<Integer> wrongTot = new ArrayList<>();
            for (int i : view) {
                SimDomain d = s.domains.get(i);
                if (d.domid == 0) {
                    continue;
                }
                long mapped = pages.getOrDefault(i, 0L);
                byTotPages -= d.totPages * 4;
                byMappings -= mapped * 4;
                if (mapped != d.totPages) {
                    wrongTot.add(i);
                }
            }
            // the mappings are the records; free memory, when it agrees with them, says tot_pages is the one astray
            boolean mappingsAgree = byMappings == free && free >= 0 && free <= memory;
            for (int i : wrongTot) {
                SimDomain d = s.domains.get(i);
                out.add(new Problem(domain(i, "tot_pages"), d.totPages + ", but its ram and acpi mappings hold "
                        + pages.get(i) + " pages (Xen counts every page it gives a domain)",
                        mappingsAgree ? new Repair.RebuildTotPages(i, pages.get(i)) : null));
            }
            if (mappingsAgree) {
                return;
            }
            if (byTotPages != free || free < 0 || free > memory) {
                boolean rebuildable = wrongTot.isEmpty() && byTotPages >= 0 && byTotPages <= memory;
                out.add(new Problem(freeAt, asWritten + (free >= 0 && free <= memory ? ", but" : "; and") + " the records"
                        + " leave " + byTotPages + " KiB free: memory_kib " + memory + " - Domain-0's max_mem_kib "
                        + dom0.maxMemKib + " - the guests' tot_pages * 4 (" + (memory - dom0.maxMemKib - byTotPages)
                        + " KiB)", rebuildable ? new Repair.RebuildFreeMemory(byTotPages) : null));
            }
        }

        /** The accounting means something only over one Domain-0 and guests whose counts are possible. */
        boolean countable() {
            int domain0 = 0;
            for (int i : view) {
                SimDomain d = s.domains.get(i);
                if (d.domid == 0) {
                    domain0++;
                }
            }
            if (domain0 != 1) {
                return false;
            }
            for (int i : view) {
                SimDomain d = s.domains.get(i);
                if (!(d.totPages >= 0 && d.maxMemKib >= 0 && d.maxMemKib <= host.memoryKib()
                        && d.totPages <= d.maxMemKib / 4)) {
                    return false;
                }
            }
            return true;
        }

        /** The index of the first domain the checks see with domid 0 (there is one once {@link #countable}). */
        int domain0Index() {
            for (int i : view) {
                if (s.domains.get(i).domid == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("no Domain-0 among the domains checked");
        }

        String frameRange(long smfn, long nr) {
            return Hex.plain(smfn) + "-" + Hex.plain(smfn + nr - 1);
        }
    }
}
