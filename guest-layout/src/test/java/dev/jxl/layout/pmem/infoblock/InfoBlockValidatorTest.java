package dev.jxl.layout.pmem.infoblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jxl.layout.pmem.infoblock.InfoBlockCheck.Invalid;
import dev.jxl.layout.pmem.infoblock.InfoBlockCheck.Rule;
import dev.jxl.layout.pmem.infoblock.InfoBlockCheck.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Corrupted blocks are refused with the kernel's errno and its dev_err text, in the kernel's order. */
class InfoBlockValidatorTest {
    private static final long M = 1L << 20;
    private static final long G = 1L << 30;
    private static final UUID U = UUID.fromString("42e1d574-76ac-402c-9132-5436e31528c0");
    private static final UUID P = UUID.fromString("ef83e49c-4c4a-4fae-b908-72e94675b1b7");
    private static final KernelProfile K = KernelProfile.x86_64();

    private static NdPfnSb block(InfoBlockMode mode, PfnMode map, long size, long align) {
        return InfoBlockWriter.infoBlock(new InfoBlockRequest(size, mode, map, align, U, P));
    }

    private static NdPfnSb fsdax() {
        return block(InfoBlockMode.FSDAX, PfnMode.PMEM, G, 2 * M);
    }

    private static InfoBlockCheck check(NdPfnSb sb, Namespace ns) {
        return InfoBlockValidator.check(NdPfnSb.decode(sb.encode(), 0), ns, K);
    }

    private static InfoBlockCheck check(NdPfnSb sb, long size) {
        return check(sb, Namespace.image("namespace0.0", size));
    }

    /** Change fields, keep the checksum right, so the later checks are reached. */
    private static NdPfnSb edit(NdPfnSb sb, UnaryOperator<Object[]> f) {
        Object[] v = {sb.signature(), sb.uuid(), sb.parentUuid(), sb.flags(), sb.versionMajor(), sb.versionMinor(),
            sb.dataoff(), sb.npfns(), sb.mode(), sb.startPad(), sb.endTrunc(), sb.align(), sb.pageSize(),
            sb.pageStructSize()};
        v = f.apply(v);
        return new NdPfnSb((String) v[0], (UUID) v[1], (UUID) v[2], (long) v[3], (int) v[4], (int) v[5],
                (long) v[6], (long) v[7], (long) v[8], (long) v[9], (long) v[10], (long) v[11], (long) v[12],
                (int) v[13], 0).withComputedChecksum();
    }

    private static Invalid invalid(InfoBlockCheck c, Rule rule, String errno, String kernelMessage) {
        Invalid i = assertInstanceOf(Invalid.class, c);
        assertEquals(rule, i.rule(), i::describe);
        assertEquals(errno, i.errno());
        assertEquals(Optional.ofNullable(kernelMessage), i.kernelMessage());
        return i;
    }

    @Test
    void writtenBlocksAreValidForBothModesAndMaps() {
        for (InfoBlockMode mode : InfoBlockMode.values()) {
            for (PfnMode map : List.of(PfnMode.PMEM, PfnMode.RAM)) {
                NdPfnSb sb = block(mode, map, 16 * G, 2 * M);
                Valid v = assertInstanceOf(Valid.class, check(sb, 16 * G), mode + "/" + map);
                assertEquals(mode, v.mode());
                assertEquals(2 * M, v.align());
                assertEquals(sb.npfns(), v.npfns());
                assertEquals(16 * G - sb.dataoff(), v.dataBytes());
                assertEquals(List.of(), v.notes());
            }
        }
    }

    @Test
    void wrongSignatureIsNoInfoBlock() {
        NdPfnSb sb = edit(fsdax(), v -> {
            v[0] = "NVDIMM_BTT_INFO\0";
            return v;
        });
        invalid(check(sb, G), Rule.SIGNATURE, "ENODEV", null);
        // probing for devdax on an fsdax block finds nothing either
        invalid(InfoBlockValidator.check(NdPfnSb.decode(fsdax().encode(), 0), InfoBlockMode.DEVDAX,
                Namespace.image("ns", G), K), Rule.SIGNATURE, "ENODEV", null);
    }

    @Test
    void aFlippedBitFailsTheChecksum() {
        byte[] b = fsdax().encode();
        b[2000] ^= 0x10; // inside the padding: the kernel does not check padding, but the checksum covers it
        Invalid i = invalid(InfoBlockValidator.check(NdPfnSb.decode(b, 0), Namespace.image("ns", G), K),
                Rule.CHECKSUM, "ENODEV", null);
        assertEquals(true, i.explanation().startsWith("checksum mismatch: stored 0x"));
    }

    @Test
    void parentUuidMustBeTheNamespaceUuidWhenItIsKnown() {
        invalid(check(fsdax(), new Namespace("namespace0.0", 0, G, Optional.of(NdPfnSb.NULL_UUID))),
                Rule.PARENT_UUID, "ENODEV", null);
        assertInstanceOf(Valid.class, check(fsdax(), new Namespace("namespace0.0", 0, G, Optional.of(P))));
    }

    @Test
    void unknownModeIsENXIO() {
        invalid(check(edit(fsdax(), v -> {
            v[8] = 3L;
            return v;
        }), G), Rule.MODE, "ENXIO", null);
    }

    @Test
    void biggerPagesThanOursAreRefusedForTheDeviceMemmap() {
        invalid(check(edit(fsdax(), v -> {
            v[12] = 65536L;
            return v;
        }), G), Rule.PAGE_SIZE, "EOPNOTSUPP", "init failed, page size mismatch 65536");
        // with the memmap in RAM the page size does not matter
        NdPfnSb ram = edit(block(InfoBlockMode.FSDAX, PfnMode.RAM, G, 2 * M), v -> {
            v[12] = 65536L;
            return v;
        });
        assertInstanceOf(Valid.class, check(ram, G));
    }

    @Test
    void aSmallerStructPageReservationIsRefused() {
        invalid(check(edit(fsdax(), v -> {
            v[13] = 56;
            return v;
        }), G), Rule.STRUCT_PAGE_SIZE, "EOPNOTSUPP", "init failed, struct page size mismatch 56");
    }

    @Test
    void devdaxAlignMustBeAPageSize() {
        // the writer accepts any power of two; the kernel only 4 KiB, 2 MiB, 1 GiB for device-dax
        NdPfnSb dax = block(InfoBlockMode.DEVDAX, PfnMode.PMEM, G, 64 << 10);
        invalid(check(dax, G), Rule.DAX_ALIGNMENT, "EOPNOTSUPP", "init failed, alignment mismatch: 2097152:65536");
        // fsdax does not care
        assertInstanceOf(Valid.class, check(block(InfoBlockMode.FSDAX, PfnMode.PMEM, G, 64 << 10), G));
    }

    @Test
    void alignLargerThanTheNamespace() {
        NdPfnSb sb = edit(fsdax(), v -> {
            v[11] = G;
            return v;
        });
        invalid(check(sb, 512 * M), Rule.ALIGN_CAPACITY, "EOPNOTSUPP", "alignment: 40000000 exceeds capacity 20000000");
    }

    @Test
    void dataoffPastTheEnd() {
        invalid(check(fsdax(), 16 * M), Rule.DATAOFF_CAPACITY, "EOPNOTSUPP",
                "pfn array size exceeds capacity of namespace0.0");
    }

    @Test
    void dataoffOffTheAlignment() {
        NdPfnSb sb = edit(fsdax(), v -> {
            v[6] = 18L * M + 4096;
            return v;
        });
        invalid(check(sb, G), Rule.DATAOFF_ALIGNMENT, "EOPNOTSUPP", "bad offset: 0x1201000 dax disabled align: 0x200000");
    }

    @Test
    void namespaceStartOffTheCompatAlignment() {
        NdPfnSb sb = block(InfoBlockMode.FSDAX, PfnMode.PMEM, G, 4096);
        invalid(check(sb, new Namespace("namespace0.0", M, G, Optional.empty())), Rule.START_ALIGNMENT,
                "EOPNOTSUPP", "resource start misaligned");
    }

    @Test
    void namespaceEndOffTheCompatAlignment() {
        invalid(check(fsdax(), G + M), Rule.END_ALIGNMENT, "EOPNOTSUPP", "resource end misaligned");
    }

    @Test
    void nothingLeftBetweenPaddingAndTruncation() {
        NdPfnSb sb = edit(block(InfoBlockMode.FSDAX, PfnMode.RAM, 64 * M, 2 * M), v -> {
            v[10] = 62L * M;
            return v;
        });
        invalid(check(sb, 64 * M), Rule.SMALL_NAMESPACE, "EOPNOTSUPP", "bad offset with small namespace");
    }

    @Test
    void ramModeNeedsTheInfoBlockReserveBeforeTheData() {
        NdPfnSb sb = edit(block(InfoBlockMode.FSDAX, PfnMode.RAM, G, 4096), v -> {
            v[6] = 4096L;
            return v;
        });
        invalid(check(sb, G), Rule.RAM_RESERVE, "EINVAL", null);
    }

    @Test
    void tooManyPfnsAreTruncatedWithTheKernelsNote() {
        NdPfnSb sb = edit(fsdax(), v -> {
            v[7] = (long) v[7] + 10;
            return v;
        });
        Valid v = assertInstanceOf(Valid.class, check(sb, G));
        assertEquals(fsdax().npfns(), v.npfns());
        assertEquals(List.of("number of pfns truncated from " + (fsdax().npfns() + 10) + " to " + fsdax().npfns()),
                v.notes());
    }

    @Test
    void beforeVersion12TheAlignComesFromTheDataOffset() {
        // v1.1: align reads as 0, then 1 << ilog2(dataoff): dataoff 18 MiB -> 16 MiB, and 18 MiB is not
        // a multiple of 16 MiB, so the kernel calls the offset bad
        NdPfnSb sb = edit(fsdax(), v -> {
            v[5] = 1;
            return v;
        });
        invalid(check(sb, G), Rule.DATAOFF_ALIGNMENT, "EOPNOTSUPP", "bad offset: 0x1200000 dax disabled align: 0x1000000");
        NdPfnSb exact = edit(block(InfoBlockMode.FSDAX, PfnMode.RAM, G, 2 * M), v -> {
            v[5] = 1;
            return v;
        });
        assertEquals(2 * M, assertInstanceOf(Valid.class, check(exact, G)).align());
    }
}
