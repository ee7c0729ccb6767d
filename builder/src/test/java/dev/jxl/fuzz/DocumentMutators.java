package dev.jxl.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Semantic mutators: each edits a well-formed host description or sim state document into one that
 * {@link ImpossibleDocuments} judges impossible, and changes nothing else, so jxl must refuse it
 * for exactly that reason. A mutator that finds nothing to edit (no pmem mapping to map again)
 * does not apply.
 */
final class DocumentMutators {
    private static final BigInteger PAGE = BigInteger.valueOf(4096);

    private DocumentMutators() {
    }

    /** For host descriptions: the document is the host. */
    static List<Mutator> host() {
        List<Mutator> out = new ArrayList<>();
        for (HostEdit e : HostEdit.values()) {
            out.add(json("host-" + e.label, (tree, r) -> e.apply(map(tree), r)));
        }
        return out;
    }

    /** For sim state documents: their own rules, and every host rule on the description they keep. */
    static List<Mutator> state() {
        List<Mutator> out = new ArrayList<>();
        out.add(json("state-duplicate-domain", (t, r) -> domains(t, r, DocumentMutators::duplicateDomain)));
        out.add(json("state-duplicate-domid", (t, r) -> domains(t, r, (ds, x) -> copyField(ds, x, "domid"))));
        out.add(json("state-duplicate-name", (t, r) -> domains(t, r, (ds, x) -> copyField(ds, x, "name"))));
        out.add(json("state-pmem-mapped-twice", (t, r) -> domains(t, r, DocumentMutators::mapPmemTwice)));
        out.add(json("state-negative-page-count", DocumentMutators::negativePageCount));
        out.add(json("state-free-memory-below-zero", (t, r) -> {
            Map<String, Object> host = map(map(t).get("host"));
            host.put("free_memory_kib", BigInteger.valueOf(-1 - r.nextInt(1 << 20)));
            return true;
        }));
        for (HostEdit e : HostEdit.values()) {
            out.add(json("state-host-" + e.label, (t, r) -> e.apply(map(map(map(t).get("host")).get("description")), r)));
        }
        return out;
    }

    /** The host rules' edits, on a host description object. */
    private enum HostEdit {
        DUPLICATE_E820("duplicate-e820-entry") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                List<Object> e820 = list(h.get("e820"));
                if (e820.isEmpty()) {
                    return false;
                }
                int i = r.nextInt(e820.size());
                Map<String, Object> e = map(e820.get(i));
                if (!(e.get("size") instanceof BigInteger size) || size.signum() <= 0) {
                    return false;
                }
                e820.add(i + 1, Json.copy(e));
                return true;
            }
        },
        OVERLAP_E820("overlapping-e820") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                List<Map<String, Object>> sorted = sortedNonEmpty(list(h.get("e820")), "addr");
                if (sorted.size() < 2) {
                    return false;
                }
                int i = r.nextInt(sorted.size() - 1);
                Map<String, Object> a = sorted.get(i);
                Map<String, Object> b = sorted.get(i + 1);
                // a now ends a page into b
                a.put("size", integer(b, "addr").subtract(integer(a, "addr")).add(PAGE));
                return true;
            }
        },
        EMPTY_E820("empty-e820") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                h.put("e820", new ArrayList<>());
                return true;
            }
        },
        E820_TYPE_0("e820-type-0") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                List<Object> e820 = list(h.get("e820"));
                if (e820.isEmpty()) {
                    return false;
                }
                map(e820.get(r.nextInt(e820.size()))).put("type", BigInteger.ZERO);
                return true;
            }
        },
        OVERLAP_PMEM("overlapping-pmem") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                List<Object> pmem = list(h.get("pmem"));
                if (pmem.isEmpty()) {
                    return false;
                }
                int i = r.nextInt(pmem.size());
                Map<String, Object> a = map(pmem.get(i));
                @SuppressWarnings("unchecked")
                Map<String, Object> b = (Map<String, Object>) Json.copy(a);
                BigInteger half = integer(a, "size").divide(BigInteger.TWO).divide(PAGE).multiply(PAGE);
                b.put("spa", integer(a, "spa").add(half));
                pmem.add(i + 1, b);
                return true;
            }
        },
        PMEM_OVER_RAM("pmem-over-ram") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                List<Map<String, Object>> ram = new ArrayList<>();
                for (Object o : list(h.get("e820"))) {
                    Map<String, Object> e = map(o);
                    if (BigInteger.ONE.equals(e.get("type")) && integer(e, "size").compareTo(PAGE) >= 0) {
                        ram.add(e);
                    }
                }
                if (ram.isEmpty()) {
                    return false;
                }
                Map<String, Object> e = ram.get(r.nextInt(ram.size()));
                BigInteger spa = integer(e, "addr").add(PAGE.subtract(BigInteger.ONE)).divide(PAGE).multiply(PAGE);
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("spa", spa);
                region.put("size", PAGE);
                region.put("node", BigInteger.ZERO);
                List<Object> pmem = h.get("pmem") instanceof List<?> ? list(h.get("pmem")) : new ArrayList<>();
                if (pmem.isEmpty() || r.nextBoolean()) {
                    pmem.add(region);
                } else {
                    Map<String, Object> moved = map(pmem.get(r.nextInt(pmem.size())));
                    moved.put("spa", spa);
                }
                h.put("pmem", pmem);
                return true;
            }
        },
        NEGATIVE("negative-size") {
            @Override
            boolean apply(Map<String, Object> h, Random r) {
                BigInteger minus = BigInteger.valueOf(-4096L * (1 + r.nextInt(1 << 16)));
                List<Object> e820 = list(h.get("e820"));
                switch (r.nextInt(3)) {
                    case 0 -> h.put("memory_kib", minus);
                    case 1 -> h.put("free_memory_kib", minus);
                    default -> {
                        if (e820.isEmpty()) {
                            return false;
                        }
                        map(e820.get(r.nextInt(e820.size()))).put("size", minus);
                    }
                }
                return true;
            }
        };

        final String label;

        HostEdit(String label) {
            this.label = label;
        }

        abstract boolean apply(Map<String, Object> host, Random r);
    }

    private static boolean duplicateDomain(List<Map<String, Object>> domains, Random r) {
        int i = r.nextInt(domains.size());
        domains.add(i + 1, domains.get(i)); // copied on write-out; an identical record is the point
        return true;
    }

    /** Domain j takes domain i's domid or name. */
    private static boolean copyField(List<Map<String, Object>> domains, Random r, String field) {
        if (domains.size() < 2) {
            return false;
        }
        int i = r.nextInt(domains.size());
        int j = r.nextInt(domains.size() - 1);
        if (j >= i) {
            j++;
        }
        domains.get(j).put(field, domains.get(i).get(field));
        return true;
    }

    /** A pmem mapping of one domain mapped again, into it or another domain, at guest frames it leaves free. */
    private static boolean mapPmemTwice(List<Map<String, Object>> domains, Random r) {
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (Map<String, Object> d : domains) {
            for (Object o : list(d.get("p2m"))) {
                Map<String, Object> p = map(o);
                if (String.valueOf(p.get("kind")).startsWith("pmem")) {
                    mappings.add(p);
                }
            }
        }
        if (mappings.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> again = (Map<String, Object>) Json.copy(mappings.get(r.nextInt(mappings.size())));
        Map<String, Object> into = domains.get(r.nextInt(domains.size()));
        BigInteger top = BigInteger.ZERO;
        for (Object o : list(into.get("p2m"))) {
            Map<String, Object> p = map(o);
            top = top.max(integer(p, "gfn").add(integer(p, "nr")));
        }
        again.put("gfn", top.add(BigInteger.valueOf(0x100000)));
        List<Object> p2m = new ArrayList<>(list(into.get("p2m")));
        p2m.add(again);
        into.put("p2m", p2m);
        return true;
    }

    private static boolean negativePageCount(Object tree, Random r) {
        List<Map<String, Object>> targets = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Object> host = map(map(tree).get("host"));
        for (Object o : list(host.get("pmem_mgmt"))) {
            targets.add(map(o));
            keys.add("used_mfns");
        }
        for (Object o : list(map(tree).get("domains"))) {
            Map<String, Object> d = map(o);
            targets.add(d);
            keys.add("tot_pages");
            for (Object p : list(d.get("p2m"))) {
                targets.add(map(p));
                keys.add("nr");
            }
        }
        if (targets.isEmpty()) {
            return false;
        }
        int i = r.nextInt(targets.size());
        targets.get(i).put(keys.get(i), BigInteger.valueOf(-1 - r.nextInt(1 << 20)));
        return true;
    }

    @FunctionalInterface
    private interface Edit {
        /** Edits the tree in place; false when there is nothing to edit. */
        boolean apply(Object tree, Random r);
    }

    @FunctionalInterface
    private interface DomainsEdit {
        boolean apply(List<Map<String, Object>> domains, Random r);
    }

    private static boolean domains(Object tree, Random r, DomainsEdit edit) {
        List<Object> raw = list(map(tree).get("domains"));
        List<Map<String, Object>> domains = new ArrayList<>();
        raw.forEach(o -> domains.add(map(o)));
        if (domains.isEmpty() || !edit.apply(domains, r)) {
            return false;
        }
        raw.clear();
        raw.addAll(domains);
        return true;
    }

    /** A mutator over the document's tree; documents the test's reader cannot read are left alone. */
    private static Mutator json(String name, Edit edit) {
        return Mutator.of(name, (in, r, donor) -> {
            Optional<Object> tree = ImpossibleDocuments.tree(in);
            if (tree.isEmpty()) {
                return null;
            }
            Object copy = Json.copy(tree.get());
            try {
                if (!edit.apply(copy, r)) {
                    return null;
                }
            } catch (ClassCastException | NullPointerException | ArithmeticException e) {
                return null; // not the shape this edit reads (a mutated seed): nothing to edit
            }
            return Json.write(copy).getBytes(StandardCharsets.UTF_8);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? new ArrayList<>() : (List<Object>) o;
    }

    private static BigInteger integer(Map<String, Object> o, String key) {
        return (BigInteger) o.get(key);
    }

    private static List<Map<String, Object>> sortedNonEmpty(List<Object> entries, String start) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : entries) {
            Map<String, Object> e = map(o);
            if (e.get("size") instanceof BigInteger s && s.signum() > 0 && e.get(start) instanceof BigInteger) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((Function<Map<String, Object>, BigInteger>) e -> integer(e, start)));
        return out;
    }
}
