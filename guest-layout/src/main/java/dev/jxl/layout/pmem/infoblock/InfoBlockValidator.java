package dev.jxl.layout.pmem.infoblock;

import dev.jxl.layout.pmem.infoblock.InfoBlockCheck.Invalid;
import dev.jxl.layout.pmem.infoblock.InfoBlockCheck.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux's {@code nd_pfn_validate()} (drivers/nvdimm/pfn_devs.c) for a namespace probed with no live
 * pfn/dax settings yet (the probe path: the block's uuid, align and mode are adopted), followed by the
 * two checks {@code __nvdimm_setup_pfn()} adds. Messages are the kernel's {@code dev_err} texts with
 * its printf formats; refusals the kernel makes silently get an explanation only.
 */
public final class InfoBlockValidator {
    private InfoBlockValidator() {
    }

    public static InfoBlockCheck check(DecodedInfoBlock block, InfoBlockMode expected, Namespace ns,
            KernelProfile k) {
        NdPfnSb sb = block.sb();
        Optional<Invalid> refused = identity(block, expected, ns);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean pmemMode = sb.mode() == PfnMode.PMEM.value();
        if (!pmemMode && sb.mode() != PfnMode.RAM.value()) {
            return silent(Rule.MODE, "ENXIO", "mode " + sb.mode() + " is neither PFN_MODE_RAM (1) nor PFN_MODE_PMEM (2)");
        }
        Fields f = Fields.of(sb, k);
        refused = geometry(f, expected, pmemMode, ns, k);
        if (refused.isPresent()) {
            return refused.get();
        }
        return setupPfn(block, f, expected, pmemMode, ns, k);
    }

    /**
     * The block's fields as the kernel reads them: older minor versions lack some, which read as their
     * later defaults; an align of 0 is taken from dataoff.
     */
    private record Fields(long offset, long startPad, long endTrunc, long align, long pageSize, int pageStructSize) {
        static Fields of(NdPfnSb sb, KernelProfile k) {
            long offset = sb.dataoff();
            long align = sb.versionMinor() < 2 ? 0 : sb.align();
            if (align == 0) {
                align = offset == 0 ? 0 : Long.highestOneBit(offset); // 1UL << ilog2(offset)
            }
            boolean v1 = sb.versionMinor() >= 1;
            boolean v4 = sb.versionMinor() >= 4;
            return new Fields(offset, v1 ? sb.startPad() : 0, v1 ? sb.endTrunc() : 0, align,
                    v4 ? sb.pageSize() : k.pageSize(), v4 ? sb.pageStructSize() : 64);
        }

        /** Bytes between start_pad and end_trunc; unsigned in C: a wrap makes the later test pass, as there. */
        long usable(Namespace ns) {
            return ns.size() - startPad - endTrunc;
        }
    }

    /** Whether the block is the expected personality's, intact, and this namespace's. */
    private static Optional<Invalid> identity(DecodedInfoBlock block, InfoBlockMode expected, Namespace ns) {
        NdPfnSb sb = block.sb();
        if (sb.infoBlockMode().orElse(null) != expected) {
            return Optional.of(silent(Rule.SIGNATURE, "ENODEV", "signature is not " + expected.signatureText()
                    + " (" + expected.ndctlName() + ")"));
        }
        if (!block.checksumMatches()) {
            return Optional.of(silent(Rule.CHECKSUM, "ENODEV", String.format(
                    "checksum mismatch: stored %#018x, computed %#018x", sb.checksum(), block.computedChecksum())));
        }
        if (ns.uuid().isPresent() && !ns.uuid().get().equals(sb.parentUuid())) {
            return Optional.of(silent(Rule.PARENT_UUID, "ENODEV", "parent_uuid " + sb.parentUuid()
                    + " is not the namespace's uuid " + ns.uuid().get()));
        }
        return Optional.empty();
    }

    /** nd_pfn_validate's checks of the page geometry and of where the data lies in the namespace, in its order. */
    private static Optional<Invalid> geometry(Fields f, InfoBlockMode expected, boolean pmemMode, Namespace ns,
            KernelProfile k) {
        long align = f.align();
        long offset = f.offset();
        if (f.pageSize() > k.pageSize() && pmemMode) {
            return Optional.of(kernel(Rule.PAGE_SIZE, "init failed, page size mismatch " + (int) f.pageSize(),
                    "written by a kernel with bigger pages than " + k.pageSize()));
        }
        if (f.pageStructSize() < k.structPageSize() && pmemMode) {
            return Optional.of(kernel(Rule.STRUCT_PAGE_SIZE, "init failed, struct page size mismatch "
                    + f.pageStructSize(), "the memmap reserves less than sizeof(struct page) = " + k.structPageSize()
                    + " per page"));
        }
        if (expected == InfoBlockMode.DEVDAX && !(align != 0 && k.supportedAlignments().contains(align))) {
            return Optional.of(kernel(Rule.DAX_ALIGNMENT, "init failed, alignment mismatch: " + k.defaultAlignment()
                    + ":" + align, "devdax align must be one of " + k.supportedAlignments()));
        }
        long capacity = ns.size();
        if (Long.compareUnsigned(align, capacity) > 0) {
            return Optional.of(kernel(Rule.ALIGN_CAPACITY, "alignment: " + Long.toHexString(align) + " exceeds capacity "
                    + Long.toHexString(capacity), "align is larger than the namespace"));
        }
        if (Long.compareUnsigned(offset, capacity) >= 0) {
            return Optional.of(kernel(Rule.DATAOFF_CAPACITY, "pfn array size exceeds capacity of " + ns.name(),
                    "dataoff is past the end of the namespace"));
        }
        if ((align != 0 && !aligned(ns.start() + offset + f.startPad(), align)) || !aligned(offset, k.pageSize())) {
            return Optional.of(kernel(Rule.DATAOFF_ALIGNMENT, "bad offset: " + altHex(offset) + " dax disabled align: "
                    + altHex(align), "start + dataoff + start_pad is not aligned to align, or dataoff not to a page"));
        }
        if (!aligned(ns.start() + f.startPad(), k.memremapCompatAlign())) {
            return Optional.of(kernel(Rule.START_ALIGNMENT, "resource start misaligned",
                    "start + start_pad is not a multiple of memremap_compat_align() = " + k.memremapCompatAlign()));
        }
        if (!aligned(ns.start() + ns.size() - f.endTrunc(), k.memremapCompatAlign())) {
            return Optional.of(kernel(Rule.END_ALIGNMENT, "resource end misaligned",
                    "end - end_trunc is not a multiple of memremap_compat_align() = " + k.memremapCompatAlign()));
        }
        if (Long.compareUnsigned(offset, f.usable(ns)) >= 0) {
            return Optional.of(kernel(Rule.SMALL_NAMESPACE, "bad offset with small namespace",
                    "dataoff leaves nothing between start_pad and end_trunc"));
        }
        return Optional.empty();
    }

    /** What {@code __nvdimm_setup_pfn} adds: the RAM-mode reserve, and the pfns the namespace really holds. */
    private static InfoBlockCheck setupPfn(DecodedInfoBlock block, Fields f, InfoBlockMode expected, boolean pmemMode,
            Namespace ns, KernelProfile k) {
        NdPfnSb sb = block.sb();
        long usable = f.usable(ns);
        List<String> notes = new ArrayList<>();
        long npfns;
        if (!pmemMode) {
            if (f.offset() < InfoBlockLayout.INFO_AREA_SIZE) {
                return silent(Rule.RAM_RESERVE, "EINVAL", "PFN_MODE_RAM with dataoff " + f.offset()
                        + " inside the " + InfoBlockLayout.INFO_AREA_SIZE + "-byte info block reserve");
            }
            npfns = sb.npfns();
        } else {
            npfns = (usable - f.offset()) / k.pageSize();
            if (Long.compareUnsigned(sb.npfns(), npfns) > 0) {
                notes.add("number of pfns truncated from " + sb.npfns() + " to " + npfns);
            }
        }
        if (!block.paddingIsZero()) {
            notes.add("padding is not zero (promised since v1.3; the kernel does not check it)");
        }
        if (sb.flags() != 0) {
            notes.add("flags is not zero (promised since v1.3; the kernel does not check it)");
        }
        return new InfoBlockCheck.Valid(expected, f.align(), npfns, usable - f.offset(), notes);
    }

    /** Check against whichever personality the signature names (the kernel probes fsdax, then devdax). */
    public static InfoBlockCheck check(DecodedInfoBlock block, Namespace ns, KernelProfile k) {
        return check(block, block.sb().infoBlockMode().orElse(InfoBlockMode.FSDAX), ns, k);
    }

    private static boolean aligned(long x, long a) {
        return (x & (a - 1)) == 0;
    }

    /** C's {@code %#lx}: "0x" prefix, except for zero. */
    private static String altHex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }

    private static Invalid silent(Rule rule, String errno, String explanation) {
        return new Invalid(rule, errno, Optional.empty(), explanation);
    }

    private static Invalid kernel(Rule rule, String message, String explanation) {
        return new Invalid(rule, "EOPNOTSUPP", Optional.of(message), explanation);
    }
}
