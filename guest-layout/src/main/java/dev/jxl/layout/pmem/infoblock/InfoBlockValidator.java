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
        if (sb.infoBlockMode().orElse(null) != expected) {
            return silent(Rule.SIGNATURE, "ENODEV", "signature is not " + expected.signatureText()
                    + " (" + expected.ndctlName() + ")");
        }
        if (!block.checksumMatches()) {
            return silent(Rule.CHECKSUM, "ENODEV", String.format(
                    "checksum mismatch: stored %#018x, computed %#018x", sb.checksum(), block.computedChecksum()));
        }
        if (ns.uuid().isPresent() && !ns.uuid().get().equals(sb.parentUuid())) {
            return silent(Rule.PARENT_UUID, "ENODEV", "parent_uuid " + sb.parentUuid()
                    + " is not the namespace's uuid " + ns.uuid().get());
        }
        // older minor versions: the fields they lack read as their later defaults
        long startPad = sb.versionMinor() < 1 ? 0 : sb.startPad();
        long endTrunc = sb.versionMinor() < 1 ? 0 : sb.endTrunc();
        long align = sb.versionMinor() < 2 ? 0 : sb.align();
        long pageSize = sb.versionMinor() < 4 ? k.pageSize() : sb.pageSize();
        int pageStructSize = sb.versionMinor() < 4 ? 64 : sb.pageStructSize();

        boolean pmemMode = sb.mode() == PfnMode.PMEM.value();
        if (!pmemMode && sb.mode() != PfnMode.RAM.value()) {
            return silent(Rule.MODE, "ENXIO", "mode " + sb.mode() + " is neither PFN_MODE_RAM (1) nor PFN_MODE_PMEM (2)");
        }
        long offset = sb.dataoff();
        if (align == 0) {
            align = offset == 0 ? 0 : Long.highestOneBit(offset); // 1UL << ilog2(offset)
        }
        if (pageSize > k.pageSize() && pmemMode) {
            return kernel(Rule.PAGE_SIZE, "init failed, page size mismatch " + (int) pageSize,
                    "written by a kernel with bigger pages than " + k.pageSize());
        }
        if (pageStructSize < k.structPageSize() && pmemMode) {
            return kernel(Rule.STRUCT_PAGE_SIZE, "init failed, struct page size mismatch " + pageStructSize,
                    "the memmap reserves less than sizeof(struct page) = " + k.structPageSize() + " per page");
        }
        if (expected == InfoBlockMode.DEVDAX && !(align != 0 && k.supportedAlignments().contains(align))) {
            return kernel(Rule.DAX_ALIGNMENT, "init failed, alignment mismatch: " + k.defaultAlignment() + ":" + align,
                    "devdax align must be one of " + k.supportedAlignments());
        }
        long capacity = ns.size();
        if (Long.compareUnsigned(align, capacity) > 0) {
            return kernel(Rule.ALIGN_CAPACITY, "alignment: " + Long.toHexString(align) + " exceeds capacity "
                    + Long.toHexString(capacity), "align is larger than the namespace");
        }
        if (Long.compareUnsigned(offset, capacity) >= 0) {
            return kernel(Rule.DATAOFF_CAPACITY, "pfn array size exceeds capacity of " + ns.name(),
                    "dataoff is past the end of the namespace");
        }
        if ((align != 0 && !aligned(ns.start() + offset + startPad, align)) || !aligned(offset, k.pageSize())) {
            return kernel(Rule.DATAOFF_ALIGNMENT, "bad offset: " + altHex(offset) + " dax disabled align: "
                    + altHex(align), "start + dataoff + start_pad is not aligned to align, or dataoff not to a page");
        }
        if (!aligned(ns.start() + startPad, k.memremapCompatAlign())) {
            return kernel(Rule.START_ALIGNMENT, "resource start misaligned",
                    "start + start_pad is not a multiple of memremap_compat_align() = " + k.memremapCompatAlign());
        }
        if (!aligned(ns.start() + ns.size() - endTrunc, k.memremapCompatAlign())) {
            return kernel(Rule.END_ALIGNMENT, "resource end misaligned",
                    "end - end_trunc is not a multiple of memremap_compat_align() = " + k.memremapCompatAlign());
        }
        long usable = capacity - startPad - endTrunc; // unsigned in C: a wrap makes the test pass, as there
        if (Long.compareUnsigned(offset, usable) >= 0) {
            return kernel(Rule.SMALL_NAMESPACE, "bad offset with small namespace",
                    "dataoff leaves nothing between start_pad and end_trunc");
        }
        // __nvdimm_setup_pfn
        List<String> notes = new ArrayList<>();
        long npfns;
        if (!pmemMode) {
            if (offset < InfoBlockLayout.INFO_AREA_SIZE) {
                return silent(Rule.RAM_RESERVE, "EINVAL", "PFN_MODE_RAM with dataoff " + offset
                        + " inside the " + InfoBlockLayout.INFO_AREA_SIZE + "-byte info block reserve");
            }
            npfns = sb.npfns();
        } else {
            npfns = (usable - offset) / k.pageSize();
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
        return new InfoBlockCheck.Valid(expected, align, npfns, usable - offset, notes);
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
