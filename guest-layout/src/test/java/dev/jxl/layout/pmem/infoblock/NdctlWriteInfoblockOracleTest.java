package dev.jxl.layout.pmem.infoblock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jxl's info area against {@code ndctl write-infoblock -o FILE} byte for byte, over sizes (aligned,
 * end-truncated, not page multiples, up to 6 TiB), every align ndctl accepts in a useful range, both
 * modes and both memmap locations. ndctl runs now, into temporary files.
 */
class NdctlWriteInfoblockOracleTest {
    private static final long K = 1L << 10;
    private static final long M = 1L << 20;
    private static final long G = 1L << 30;
    private static final long T = 1L << 40;

    private static final long[] SIZES = {
        4 * M, 16 * M, 17 * M, 100 * M + 12 * K, 128 * M + 100, 1 * G, 1 * G + 3 * M, 16 * G, 16 * G + 3 * M,
        96 * G, 1 * T, 6 * T,
    };
    private static final long[] ALIGNS = {4 * K, 64 * K, 2 * M, 16 * M, 1 * G};

    @TempDir
    Path dir;

    @Test
    void everyCombinationMatchesNdctlByteForByte() throws Exception {
        Path ndctl = Oracles.require(Oracles.Tool.NDCTL);
        int identical = 0;
        int bothRefused = 0;
        List<String> jxlStricter = new ArrayList<>();
        int n = 0;
        for (long size : SIZES) {
            for (long align : ALIGNS) {
                for (InfoBlockMode mode : InfoBlockMode.values()) {
                    for (PfnMode map : List.of(PfnMode.PMEM, PfnMode.RAM)) {
                        n++;
                        UUID uuid = new UUID(0x42e1d57476ac402cL + n, 0x91325436e31528c0L ^ ((long) n << 20));
                        UUID parent = n % 3 == 0 ? NdPfnSb.NULL_UUID : new UUID(0xef83e49c4c4a4faeL, n);
                        InfoBlockRequest req = new InfoBlockRequest(size, mode, map, align, uuid, parent);
                        Path out = dir.resolve("ib-" + n);
                        byte[] theirs = runNdctl(ndctl, out, req, n % 3 != 0);
                        byte[] ours;
                        try {
                            ours = InfoBlockWriter.infoArea(req);
                        } catch (InfoBlockException e) {
                            if (theirs == null) {
                                bothRefused++;
                            } else {
                                // only where ndctl records a block with no data pages (npfns 0 or wrapped)
                                NdPfnSb sb = NdPfnSb.decode(theirs, 4096).sb();
                                long left = size - sb.dataoff() - sb.endTrunc();
                                assertTrue(left < 4096, "jxl refused " + req + " (" + e.getMessage()
                                        + ") but ndctl wrote a usable block: " + sb.describe());
                                jxlStricter.add(req.sizeBytes() + "/" + req.alignBytes() + "/" + map);
                            }
                            continue;
                        }
                        if (theirs == null) {
                            fail("ndctl refused " + req + " but jxl wrote a block");
                        }
                        assertEquals(8192, theirs.length, "ndctl writes an 8 KiB image");
                        assertArrayEquals(theirs, ours, () -> "bytes differ for " + req);
                        identical++;
                    }
                }
            }
        }
        System.out.printf("ndctl write-infoblock: %d combinations, %d byte-identical, %d refused by both,"
                + " %d refused by jxl only (ndctl writes zero data pages) %s%n",
                n, identical, bothRefused, jxlStricter.size(), jxlStricter);
        assertTrue(identical >= 60, "only " + identical + " byte-identical combinations");
    }

    /** The image ndctl wrote, or null if it refused. */
    private static byte[] runNdctl(Path ndctl, Path out, InfoBlockRequest r, boolean withParent)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ndctl.toString(), "write-infoblock", "-o", out.toString(),
                "-s", Long.toString(r.sizeBytes()), "-m", r.mode().ndctlName(), "-M", r.map().ndctlMap(),
                "-a", Long.toString(r.alignBytes()), "-u", r.uuid().toString()));
        if (withParent) {
            cmd.add("-p");
            cmd.add(r.parentUuid().toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] log = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("ndctl hung: " + cmd);
        }
        if (p.exitValue() != 0) {
            return null;
        }
        assertTrue(new String(log).contains("wrote 1 infoblock"), () -> "ndctl said: " + new String(log));
        return Files.readAllBytes(out);
    }
}
