package dev.jxl.config.spec;

import dev.jxl.diag.Echo;
import dev.jxl.diag.SourcePosition;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One {@code vnvdimms} item, the vNVDIMM RFC's syntax (v4 + label series) with jxl's placement keys:
 * {@code type=mfn, backend=MFN, nr_pages=N[, nr_label_pages=M][, placement=above4g|below4g][, gfn=GFN][, align=BYTES]}
 * or {@code type=file, backend=/dev/pmemN[, nr_pages=N …]} (the early RFC form, resolved through the
 * host description when planning). Numbers take xl's forms (strtoul base 0: decimal, {@code 0x} hex,
 * leading-{@code 0} octal). The record holds what the spec says and no more: each value is checked
 * here for what it is by itself and against the others; what is left unsaid (the placement, the
 * alignment) and what follows from it is decided by the layout planner, the one place of placement
 * policy.
 *
 * @param text           the spec as written
 * @param backend        where the pages come from
 * @param nrPages        pages of the backend the vNVDIMM uses, label pages included; absent only for
 *                       {@code type=file} (then: as many aligned pages as the host region holds)
 * @param nrLabelPages   the last pages of the backend, owned by the guest but not mapped (0: no labels)
 * @param placement      {@code placement=}, if given
 * @param gfn            the guest frame the data pages are pinned at, if given
 * @param alignBytes     {@code align=}, if given: a power of two of at least {@link #MIN_ALIGN_BYTES}
 * @param valuePositions where each key's value is written, for errors found when planning
 * @param position       the spec in the config, for errors found when planning
 */
public record VnvdimmSpec(String text, Backend backend, OptionalLong nrPages, long nrLabelPages,
        Optional<Placement> placement, OptionalLong gfn, OptionalLong alignBytes,
        Map<String, SourcePosition> valuePositions, SourcePosition position) {

    public static final int PAGE_SHIFT = 12;
    /** Label storage must hold at least 128 KiB (UEFI label area; QEMU's MIN_NAMESPACE_LABEL_SIZE). */
    public static final long MIN_LABEL_PAGES = 32;
    /** Linux's x86-64 memory section: the smallest alignment that works for every guest kernel. */
    public static final long MIN_ALIGN_BYTES = 128L << 20;
    /** 52-bit physical addresses: no frame number reaches 2^40. */
    public static final long MAX_FRAME = 1L << 40;
    /** The 4 GiB boundary as a frame number. */
    public static final long GFN_4G = 1L << (32 - PAGE_SHIFT);

    /** Where a vNVDIMM's pages come from. */
    public sealed interface Backend {
        /** {@code type=mfn, backend=MFN}: the first host machine frame. */
        record Mfn(long mfn) implements Backend {
        }

        /** {@code type=file, backend=/dev/pmemN}: host pmem region N of the host description. */
        record PmemDevice(String path, int region) implements Backend {
            public PmemDevice {
                Objects.requireNonNull(path, "path");
            }
        }
    }

    public enum Placement {
        ABOVE_4G("above4g"), BELOW_4G("below4g");

        private final String word;

        Placement(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public VnvdimmSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(nrPages, "nrPages");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(gfn, "gfn");
        Objects.requireNonNull(alignBytes, "alignBytes");
        valuePositions = Map.copyOf(valuePositions);
        Objects.requireNonNull(position, "position");
    }

    /** Data pages (mapped into the guest), when nr_pages is known. */
    public OptionalLong dataPages() {
        return nrPages.isPresent() ? OptionalLong.of(nrPages.getAsLong() - nrLabelPages) : OptionalLong.empty();
    }

    /** Where {@code key}'s value is written, else where the spec is. */
    public SourcePosition valuePosition(String key) {
        return valuePositions.getOrDefault(key, position);
    }

    /** The canonical spec text: what it says, keys in a fixed order, numbers in hex where they are frames. */
    public String toSpecText() {
        StringBuilder b = new StringBuilder();
        if (backend instanceof Backend.Mfn m) {
            b.append("type=mfn, backend=0x").append(Long.toHexString(m.mfn()));
        } else if (backend instanceof Backend.PmemDevice d) {
            b.append("type=file, backend=").append(d.path());
        }
        nrPages.ifPresent(n -> b.append(", nr_pages=").append(n));
        if (nrLabelPages != 0) {
            b.append(", nr_label_pages=").append(nrLabelPages);
        }
        placement.ifPresent(p -> b.append(", placement=").append(p.word()));
        gfn.ifPresent(g -> b.append(", gfn=0x").append(Long.toHexString(g)));
        alignBytes.ifPresent(a -> b.append(", align=0x").append(Long.toHexString(a)));
        return b.toString();
    }

    /** Parses one item whose values have no positions of their own (they are all {@code at}). */
    public static VnvdimmSpec parse(String spec, SourcePosition at) {
        return parse(spec, at, offset -> at);
    }

    /**
     * Parses one item; errors are {@link SpecException}s whose offset points at the bad key or value.
     *
     * @param positionOf the position in the config of an offset into {@code spec}
     */
    public static VnvdimmSpec parse(String spec, SourcePosition at, IntFunction<SourcePosition> positionOf) {
        String type = null;
        int typeAt = 0;
        String backendText = null;
        int backendAt = 0;
        OptionalLong nrPages = OptionalLong.empty();
        int nrPagesAt = 0;
        long labels = 0;
        int labelsAt = 0;
        Placement placement = null;
        int placementAt = 0;
        OptionalLong gfn = OptionalLong.empty();
        int gfnAt = 0;
        OptionalLong align = OptionalLong.empty();
        int alignAt = 0;
        Map<String, SourcePosition> valuePositions = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CText.Token t : CText.strtok(spec, ",")) {
            int from = t.start() + leadingSpace(t.text());
            String token = CText.trim(t.text());
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq < 0) {
                throw new SpecException("`" + Echo.value(token) + "' is not KEY=VALUE", from);
            }
            String key = CText.trim(token.substring(0, eq));
            String value = CText.trim(token.substring(eq + 1));
            int valueAt = from + eq + 1 + leadingSpace(token.substring(eq + 1));
            if (!seen.add(key)) {
                throw new SpecException("`" + Echo.value(key) + "' is given twice", from);
            }
            valuePositions.put(key, positionOf.apply(valueAt));
            switch (key) {
                case "type" -> {
                    type = value;
                    typeAt = valueAt;
                }
                case "backend" -> {
                    backendText = value;
                    backendAt = valueAt;
                }
                case "nr_pages" -> {
                    nrPages = OptionalLong.of(number(key, value, valueAt));
                    nrPagesAt = valueAt;
                }
                case "nr_label_pages" -> {
                    labels = number(key, value, valueAt);
                    labelsAt = valueAt;
                }
                case "placement" -> {
                    placement = switch (value) {
                        case "above4g" -> Placement.ABOVE_4G;
                        case "below4g" -> Placement.BELOW_4G;
                        default -> throw new SpecException("placement must be above4g or below4g, not `" + value
                                + "'", valueAt);
                    };
                    placementAt = valueAt;
                }
                case "gfn" -> {
                    gfn = OptionalLong.of(number(key, value, valueAt));
                    gfnAt = valueAt;
                }
                case "align" -> {
                    long n = number(key, value, valueAt);
                    align = n == 0 ? OptionalLong.empty() : OptionalLong.of(n); // align=0: none given
                    alignAt = valueAt;
                }
                default -> throw new SpecException("unknown key `" + Echo.value(key) + "' (known: type, backend, nr_pages, "
                        + "nr_label_pages, placement, gfn, align)", from);
            }
        }
        if (type == null) {
            throw new SpecException("missing type= (mfn or file)", 0);
        }
        if (backendText == null) {
            throw new SpecException("missing backend=", 0);
        }
        Backend backend = switch (type) {
            case "mfn" -> new Backend.Mfn(number("backend", backendText, backendAt));
            case "file" -> pmemDevice(backendText, backendAt);
            default -> throw new SpecException("type must be mfn or file, not `" + Echo.value(type) + "'", typeAt);
        };
        if (backend instanceof Backend.Mfn && nrPages.isEmpty()) {
            throw new SpecException("type=mfn needs nr_pages=", 0);
        }
        if (nrPages.isPresent()) {
            long n = nrPages.getAsLong();
            if (n == 0 || n >= MAX_FRAME) {
                throw new SpecException("nr_pages must be 1 to 2^40-1, not " + n, nrPagesAt);
            }
        }
        if (labels != 0) {
            if (labels < MIN_LABEL_PAGES) {
                throw new SpecException("nr_label_pages " + labels + " is below the minimum of " + MIN_LABEL_PAGES
                        + " pages (128 KiB of label storage); use 0 for no labels", labelsAt);
            }
            if (nrPages.isPresent() && labels >= nrPages.getAsLong()) {
                throw new SpecException("nr_label_pages " + labels + " must be fewer than nr_pages "
                        + nrPages.getAsLong() + " (the labels are the last pages of the backend)", labelsAt);
            }
        }
        if (backend instanceof Backend.Mfn m && nrPages.isPresent() && m.mfn() > MAX_FRAME - nrPages.getAsLong()) {
            throw new SpecException("backend " + hex(m.mfn()) + " + nr_pages passes the 52-bit physical address "
                    + "limit", backendAt);
        }
        if (gfn.isPresent() && placement != null) {
            long g = gfn.getAsLong();
            Placement implied = g < GFN_4G ? Placement.BELOW_4G : Placement.ABOVE_4G;
            if (placement != implied) {
                throw new SpecException("gfn=" + hex(g) + " lies " + (implied == Placement.BELOW_4G ? "below" : "above")
                        + " 4 GiB but placement=" + placement.word(), placementAt);
            }
        }
        if (align.isPresent()) {
            long a = align.getAsLong();
            if (Long.bitCount(a) != 1 || a < MIN_ALIGN_BYTES || a >= (MAX_FRAME << PAGE_SHIFT)) {
                throw new SpecException("align must be a power of two of at least 128 MiB (0x8000000), not "
                        + hex(a), alignAt);
            }
        }
        if (gfn.isPresent() && nrPages.isPresent() && gfn.getAsLong() > MAX_FRAME - (nrPages.getAsLong() - labels)) {
            throw new SpecException("gfn " + hex(gfn.getAsLong()) + " + the data pages passes the 52-bit physical "
                    + "address limit", gfnAt);
        }
        return new VnvdimmSpec(spec, backend, nrPages, labels, Optional.ofNullable(placement), gfn, align,
                valuePositions, at);
    }

    private static Backend.PmemDevice pmemDevice(String path, int at) {
        String prefix = "/dev/pmem";
        if (path.startsWith(prefix) && path.length() > prefix.length() && path.length() <= prefix.length() + 4) {
            String digits = path.substring(prefix.length());
            if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return new Backend.PmemDevice(path, Integer.parseInt(digits));
            }
        }
        throw new SpecException("type=file needs backend=/dev/pmemN (a host pmem region), not `" + Echo.value(path) + "'", at);
    }

    /** strtoul base 0 over the whole value: no sign, no blanks inside, no overflow. */
    private static long number(String key, String value, int at) {
        if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '+') {
            throw new SpecException(key + " must be a number (decimal, 0x hex or 0 octal), not `" + Echo.value(value) + "'", at);
        }
        CText.Num n = CText.strtoul(value, 0, 0);
        if (n.parsedNothing(0) || n.end() != value.length()) {
            throw new SpecException(key + " must be a number (decimal, 0x hex or 0 octal), not `" + Echo.value(value) + "'", at);
        }
        if (n.overflow() || n.value() < 0) {
            throw new SpecException(key + " is out of range: " + value, at);
        }
        return n.value();
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && CText.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    @Override
    public String toString() {
        return toSpecText();
    }
}
