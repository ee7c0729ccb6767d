package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.layout.pmem.infoblock.InfoBlockMode;
import dev.jxl.layout.pmem.infoblock.InfoBlockRequest;
import dev.jxl.layout.pmem.infoblock.InfoBlockWriter;
import dev.jxl.layout.pmem.infoblock.NdPfnSb;
import dev.jxl.layout.pmem.infoblock.PfnMode;
import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmemInfoblockCommandTest {
    private static final String U = "42e1d574-76ac-402c-9132-5436e31528c0";
    private static final long G = 1L << 30;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run jxl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jxl.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(rc, out.toString(), err.toString());
    }

    private static byte[] expected(long size, InfoBlockMode mode, PfnMode map, long align) {
        return InfoBlockWriter.infoArea(new InfoBlockRequest(size, mode, map, align, UUID.fromString(U),
                NdPfnSb.NULL_UUID));
    }

    @Test
    void writesANewFileAsTheEightKiBArea() throws IOException {
        Path f = dir.resolve("ns.img");
        Run r = jxl("pmem", "infoblock", "write", "-o", f.toString(), "--size", "16G", "--mode", "devdax",
                "--map", "mem", "--align", "1G", "--uuid", U);
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(expected(16 * G, InfoBlockMode.DEVDAX, PfnMode.RAM, G), Files.readAllBytes(f));
        assertTrue(r.out().startsWith("wrote devdax info block to " + f), r.out());
        try (var s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void readPrintsTheFieldsAndTheKernelsVerdict() {
        Path f = dir.resolve("ns.img");
        assertEquals(0, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-s", "16G", "-u", U).exit());
        Run r = jxl("pmem", "infoblock", "read", f.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("signature: NVDIMM_PFN_INFO\n"), r.out());
        assertTrue(r.out().contains("dataoff: 270532608 (0x10200000)\n"), r.out());
        assertTrue(r.out().contains("npfns: 4128256\n"), r.out());
        assertTrue(r.out().contains("kernel check: valid fsdax block: align 2097152, 4128256 data pages"), r.out());
    }

    @Test
    void readRefusesACorruptedBlockWithTheKernelsWords() throws IOException {
        Path f = dir.resolve("ns.img");
        byte[] area = expected(G, InfoBlockMode.FSDAX, PfnMode.PMEM, 2L << 20);
        Files.write(f, area);
        // a 1 GiB + 1 MiB namespace: the end is off the 2 MiB compat alignment
        Run r = jxl("pmem", "infoblock", "read", "--size", "1025M", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("kernel check: invalid (END_ALIGNMENT): -EOPNOTSUPP: \"resource end misaligned\""),
                r.out());
        area[4096 + 100] = 1; // padding byte: only the checksum notices
        Files.write(f, area);
        Run c = jxl("pmem", "infoblock", "read", f.toString());
        assertEquals(1, c.exit());
        assertTrue(c.out().contains("kernel check: invalid (CHECKSUM): -ENODEV: checksum mismatch"), c.out());
    }

    @Test
    void inPlaceWriteTouchesOnlyTheInfoArea() throws IOException {
        Path f = dir.resolve("pmem-image");
        long size = G;
        byte[] pattern = new byte[64 << 10];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) (i * 31 + 7);
        }
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
            raf.seek(0);
            raf.write(pattern); // covers the info area and 56 KiB after it
            raf.seek(size - pattern.length);
            raf.write(pattern);
        }
        Object inode = Files.getAttribute(f, "unix:ino");
        Run r = jxl("pmem", "infoblock", "write", "-o", f.toString(), "-u", U); // size from the file
        assertEquals(0, r.exit(), r.err());
        assertEquals(inode, Files.getAttribute(f, "unix:ino"), "written in place, not replaced");
        assertEquals(size, Files.size(f));
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
            byte[] head = new byte[pattern.length];
            raf.readFully(head);
            assertArrayEquals(expected(size, InfoBlockMode.FSDAX, PfnMode.PMEM, 2L << 20), Arrays.copyOf(head, 8192));
            assertArrayEquals(Arrays.copyOfRange(pattern, 8192, pattern.length),
                    Arrays.copyOfRange(head, 8192, head.length), "bytes after the info area are untouched");
            byte[] tail = new byte[pattern.length];
            raf.seek(size - pattern.length);
            raf.readFully(tail);
            assertArrayEquals(pattern, tail, "the end of the image is untouched");
        }
    }

    @Test
    void refusesToChangeTheModeOfAValidBlockWithoutForce() throws IOException {
        Path f = dir.resolve("pmem-image");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(G);
        }
        assertEquals(0, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-m", "devdax", "-u", U).exit());
        byte[] before = head(f);
        Run r = jxl("pmem", "infoblock", "write", "-o", f.toString(), "-m", "fsdax", "-u", U);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("holds a valid devdax info block; writing fsdax would change the namespace's"
                + " mode (use --force to overwrite it)"), r.err());
        assertArrayEquals(before, head(f), "nothing written");
        // the same mode may be rewritten, and --force allows the change
        assertEquals(0, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-m", "devdax", "-a", "4K").exit());
        assertEquals(0, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-m", "fsdax", "--force", "-u", U).exit());
        assertArrayEquals(expected(G, InfoBlockMode.FSDAX, PfnMode.PMEM, 2L << 20), head(f));
    }

    @Test
    void dryRunWritesNothing() {
        Path f = dir.resolve("ns.img");
        Run r = jxl("-N", "pmem", "infoblock", "write", "-o", f.toString(), "-s", "1G", "-u", U);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("not written (-N)\n"), r.out());
        assertFalse(Files.exists(f));
    }

    @Test
    void badInputs() {
        Path f = dir.resolve("ns.img");
        assertEquals(2, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-s", "1G", "-m", "sector").exit());
        assertEquals(2, jxl("pmem", "infoblock", "write", "-o", f.toString(), "-s", "16GB").exit());
        assertEquals(2, jxl("pmem", "infoblock", "write", "-o", f.toString()).exit(), "no size for a new file");
        Run r = jxl("pmem", "infoblock", "write", "-o", f.toString(), "-s", "512M", "-M", "mem", "-a", "1G");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unable to satisfy requested alignment"), r.err());
        assertEquals(2, jxl("pmem").exit());
        assertEquals(2, jxl("pmem", "infoblock").exit());
    }

    @Test
    void sizesAreParsedAsNdctlParsesThem() {
        assertEquals(16L << 30, PmemArgs.parseSize("16G"));
        assertEquals(16L << 30, PmemArgs.parseSize("16g"));
        assertEquals(6L << 40, PmemArgs.parseSize("6T"));
        assertEquals(4096, PmemArgs.parseSize("4k"));
        assertEquals(0x200000, PmemArgs.parseSize("0x200000"));
        assertEquals(2L << 20, PmemArgs.parseSize("0x2M"));
        assertEquals(8, PmemArgs.parseSize("010")); // strtoull base 0: octal
        assertEquals(0, PmemArgs.parseSize("0"));
        for (String bad : new String[] {"16GB", "", "1.5G", "-1", "08", "99999999999T"}) {
            assertThrows(IllegalArgumentException.class, () -> PmemArgs.parseSize(bad), bad);
        }
    }

    @Test
    void theCommandMatchesNdctlEndToEnd() throws Exception {
        Path ndctl = Oracles.require(Oracles.Tool.NDCTL);
        Path ours = dir.resolve("jxl.img");
        Path theirs = dir.resolve("ndctl.img");
        String[] common = {"-s", "96G", "-m", "devdax", "-M", "dev", "-a", "1G", "-u", U, "-p",
            "ef83e49c-4c4a-4fae-b908-72e94675b1b7"};
        String[] args = new String[5 + common.length];
        System.arraycopy(new String[] {"pmem", "infoblock", "write", "-o", ours.toString()}, 0, args, 0, 5);
        System.arraycopy(common, 0, args, 5, common.length);
        assertEquals(0, jxl(args).exit());
        List<String> cmd = new java.util.ArrayList<>(List.of(ndctl.toString(), "write-infoblock", "-o", theirs.toString()));
        cmd.addAll(List.of(common));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours));
    }

    private static byte[] head(Path f) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
            byte[] b = new byte[8192];
            raf.readFully(b);
            return b;
        }
    }
}
