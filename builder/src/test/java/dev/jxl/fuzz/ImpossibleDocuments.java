package dev.jxl.fuzz;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle for host descriptions and sim state documents: whether a document describes something
 * no Xen host can be in. Judged independently of jxl's readers, on {@link Json}'s tree, by the rules
 * of issue 12's list (and nothing more, so the test asks of jxl exactly what the issue asks):
 *
 * <ul>
 *   <li>host: the E820 map is empty; an entry has type 0; two entries share a byte (a duplicated entry
 *       is one way); two pmem regions share a byte; a pmem region shares a byte with E820 RAM (type 1);
 *       a count or size is negative; free memory is below zero;</li>
 *   <li>state: its host description breaks a host rule; two domain records have one domid (a
 *       duplicated record is one way) or one name; a host pmem frame is mapped twice (into one domain
 *       or two, as data or label); a page count is negative ({@code tot_pages}, a p2m {@code nr}, a
 *       management area's {@code used_mfns}, a region whose end is below its start); the host's free
 *       memory is below zero.</li>
 * </ul>
 *
 * A value the rule needs that is missing or not an integer leaves that rule silent: such a document
 * is jxl's to refuse for its shape, and the generic rules of {@link OutputRules} judge how.
 */
final class ImpossibleDocuments {
    private static final BigInteger RAM = BigInteger.ONE;

    private ImpossibleDocuments() {
    }

    /** What makes the host description impossible, or empty when it is possible or cannot be judged. */
    static Optional<String> host(byte[] document) {
        return tree(document).flatMap(ImpossibleDocuments::host);
    }

    /** What makes the state document impossible, or empty when it is possible or cannot be judged. */
    static Optional<String> state(byte[] document) {
        return tree(document).flatMap(ImpossibleDocuments::state);
    }

    static Optional<Object> tree(byte[] document) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(document)).toString();
            return Json.parse(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<String> host(Object tree) {
        if (!(tree instanceof Map<?, ?> h)) {
            return Optional.empty();
        }
        for (String key : List.of("cpus", "memory_kib", "free_memory_kib", "nr_nodes")) {
            if (negative(h.get(key))) {
                return Optional.of("host: negative " + key);
            }
        }
        if (h.get("e820") instanceof List<?> e820) {
            if (e820.isEmpty()) {
                return Optional.of("host: empty e820");
            }
            List<Range> ranges = new ArrayList<>();
            for (Object o : e820) {
                if (!(o instanceof Map<?, ?> e)) {
                    continue;
                }
                if (BigInteger.ZERO.equals(e.get("type"))) {
                    return Optional.of("host: e820 type 0");
                }
                if (negative(e.get("size")) || negative(e.get("addr"))) {
                    return Optional.of("host: negative e820 addr or size");
                }
                Range r = Range.of(e.get("addr"), e.get("size"), e.get("type"));
                if (r != null) {
                    ranges.add(r);
                }
            }
            if (overlapping(ranges)) {
                return Optional.of("host: overlapping e820 entries");
            }
            List<Range> pmem = new ArrayList<>();
            if (h.get("pmem") instanceof List<?> regions) {
                for (Object o : regions) {
                    if (o instanceof Map<?, ?> p) {
                        if (negative(p.get("size")) || negative(p.get("spa"))) {
                            return Optional.of("host: negative pmem spa or size");
                        }
                        Range r = Range.of(p.get("spa"), p.get("size"), null);
                        if (r != null) {
                            pmem.add(r);
                        }
                    }
                }
            }
            if (overlapping(pmem)) {
                return Optional.of("host: overlapping pmem regions");
            }
            for (Range p : pmem) {
                for (Range e : ranges) {
                    if (RAM.equals(e.tag) && p.overlaps(e)) {
                        return Optional.of("host: pmem over RAM");
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> state(Object tree) {
        if (!(tree instanceof Map<?, ?> s) || !(s.get("host") instanceof Map<?, ?> host)) {
            return Optional.empty();
        }
        Optional<String> description = host(host.get("description"));
        if (description.isPresent()) {
            return description.map(d -> "state " + d);
        }
        if (negative(host.get("free_memory_kib"))) {
            return Optional.of("state: free memory below zero");
        }
        if (host.get("pmem_mgmt") instanceof List<?> mgmt) {
            for (Object o : mgmt) {
                if (o instanceof Map<?, ?> m && (negative(m.get("used_mfns")) || backwards(m.get("smfn"), m.get("emfn")))) {
                    return Optional.of("state: negative page count in pmem_mgmt");
                }
            }
        }
        if (host.get("pmem_data") instanceof List<?> data) {
            for (Object o : data) {
                if (o instanceof Map<?, ?> d && (backwards(d.get("smfn"), d.get("emfn"))
                        || backwards(d.get("mgmt_smfn"), d.get("mgmt_emfn")))) {
                    return Optional.of("state: negative page count in pmem_data");
                }
            }
        }
        if (!(s.get("domains") instanceof List<?> domains)) {
            return Optional.empty();
        }
        Set<Object> domids = new HashSet<>();
        Set<Object> names = new HashSet<>();
        List<Range> pmemFrames = new ArrayList<>();
        for (Object o : domains) {
            if (!(o instanceof Map<?, ?> d)) {
                continue;
            }
            if (d.get("domid") instanceof BigInteger id && !domids.add(id)) {
                return Optional.of("state: duplicate domid");
            }
            if (d.get("name") instanceof String name && !names.add(name)) {
                return Optional.of("state: duplicate domain name");
            }
            if (negative(d.get("tot_pages"))) {
                return Optional.of("state: negative tot_pages");
            }
            if (d.get("p2m") instanceof List<?> p2m) {
                for (Object x : p2m) {
                    if (!(x instanceof Map<?, ?> p)) {
                        continue;
                    }
                    if (negative(p.get("nr"))) {
                        return Optional.of("state: negative p2m nr");
                    }
                    if (p.get("kind") instanceof String kind && kind.startsWith("pmem") && p.get("mfn") instanceof BigInteger
                            && p.get("nr") instanceof BigInteger) {
                        Range r = Range.of(p.get("mfn"), p.get("nr"), null);
                        if (r != null) {
                            pmemFrames.add(r);
                        }
                    }
                }
            }
        }
        return overlapping(pmemFrames) ? Optional.of("state: a pmem page mapped twice") : Optional.empty();
    }

    private static boolean negative(Object v) {
        return v instanceof BigInteger i && i.signum() < 0;
    }

    private static boolean backwards(Object start, Object end) {
        return start instanceof BigInteger s && end instanceof BigInteger e && e.compareTo(s) < 0;
    }

    /** Whether two of the ranges share a byte (or a frame). */
    private static boolean overlapping(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::start));
        Range reach = null;
        for (Range r : sorted) {
            if (reach != null && r.overlaps(reach)) {
                return true;
            }
            if (reach == null || r.end.compareTo(reach.end) > 0) {
                reach = r;
            }
        }
        return false;
    }

    /** A non-empty range [start, end) with a tag (the E820 type); null when a bound is not an integer. */
    private record Range(BigInteger start, BigInteger end, Object tag) {
        static Range of(Object start, Object size, Object tag) {
            if (!(start instanceof BigInteger s) || !(size instanceof BigInteger n) || n.signum() <= 0) {
                return null;
            }
            return new Range(s, s.add(n), tag);
        }

        boolean overlaps(Range o) {
            return start.compareTo(o.end) < 0 && o.start.compareTo(end) < 0;
        }
    }
}
