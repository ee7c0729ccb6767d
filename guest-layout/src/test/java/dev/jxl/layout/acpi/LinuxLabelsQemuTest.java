package dev.jxl.layout.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.oracle.Oracles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test for exposed labels, in real Linux: Debian's 6.1 kernel boots under QEMU (TCG)
 * with jxl's NFIT and SSDT given as {@code -acpitable} (no {@code -device nvdimm}) and ndctl in a
 * busybox initramfs ({@code src/test/qemu-linux/boot.sh}). Boot 1 initialises the labels and creates a
 * 256 MiB fsdax namespace; boot 2, on the same backing files, finds that namespace again (same uuid,
 * same size) from the labels it reads through jxl's label methods.
 *
 * <p>Where things are: the data range is a {@code pc-dimm} at 4 GiB backed by a shared file. The label
 * window is not a pc-dimm: QEMU's DSDT is revision 1, and ACPICA takes the AML integer width from the
 * DSDT, so no AML can address memory above 4 GiB in a QEMU guest (under hvmloader's revision-2 DSDT
 * it can). It lies in guest RAM below 4 GiB instead, RAM being a shared file too, kept from Linux with
 * {@code memmap=128K$0x30000000}, much as a Xen guest's E820 would reserve its label pages. A third
 * boot shows what jxl does where a window above 4 GiB meets 32-bit integers: nothing (a label-less
 * region, the label pages untouched).
 *
 * <p>Skipped with the reason when QEMU, ndctl, a static busybox or the kernel package is missing (the
 * script exits 77), a failure under {@code JXL_REQUIRE_ORACLES=1}. Logs: {@code target/qemu-linux-labels/}.
 */
class LinuxLabelsQemuTest {
    private static final long GIB = 1L << 30;
    private static final long DATA_BASE = 4 * GIB;
    private static final long LABEL_BYTES = 128 * 1024;
    private static final long LOW_WINDOW = 0x3000_0000L;
    private static final long HIGH_WINDOW = 5 * GIB;
    private static final int BOOT_TIMEOUT_S = 600;
    private static final Pattern MARKER = Pattern.compile("^JXL-END (\\S+) rc=(\\d+) t=([0-9.]+)$");

    /** One step of the guest's init: its output and exit status. */
    record Step(String output, int rc) {
    }

    /** What one boot left: its steps, its wall time, the logs. */
    record Boot(Path work, Map<String, Step> steps, double seconds, String status) {
        Step step(String name) {
            Step s = steps.get(name);
            assertTrue(s != null, "the guest never reported " + name + "; see " + work.resolve("results.log")
                    + " and " + work.resolve("console.log"));
            return s;
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    }

    private static Path out() {
        return root().resolve("guest-layout/target/qemu-linux-labels");
    }

    @Test
    void aNamespaceMadeOnLabelsInBootOneIsFoundAgainInBootTwo() throws Exception {
        Path dir = out().resolve("low-window");
        Files.createDirectories(dir);
        NvdimmAcpiInput input = NvdimmAcpiInput.of(
                new VnvdimmRange(0, DATA_BASE, GIB, LABEL_BYTES).withLabelWindow(LOW_WINDOW));
        Path ram = fresh(dir.resolve("ram.img"), GIB);
        Path data = fresh(dir.resolve("data.img"), GIB);
        List<String> qemu = new ArrayList<>(tables(dir, input));
        qemu.addAll(List.of("-m", "1G,slots=4,maxmem=4G",
                "-object", "memory-backend-file,id=ram0,mem-path=" + ram + ",size=1G,share=on",
                "-machine", "memory-backend=ram0"));
        qemu.addAll(pcDimm("nvd0", data, GIB, DATA_BASE));
        String kernelArgs = "memmap=" + (LABEL_BYTES / 1024) + "K$0x" + Long.toHexString(LOW_WINDOW) + " nokaslr";

        Boot one = boot("labels-init", dir.resolve("boot1"), kernelArgs, qemu);
        assertEquals(0, one.step("disable-region").rc(), one.step("disable-region").output());
        assertEquals("initialized 1 nmem", one.step("init-labels").output().strip());
        assertEquals(0, one.step("enable-region").rc(), one.step("enable-region").output());
        Step created = one.step("create-namespace");
        assertEquals(0, created.rc(), created.output());
        Map<String, String> made = namespace(one.step("list-namespaces").output());
        assertEquals("fsdax", made.get("mode"));
        assertEquals("namespace0.0", made.get("dev"));

        // the labels are where the tables said: the index block and the namespace's label in the window
        byte[] labels = read(ram, LOW_WINDOW, (int) LABEL_BYTES);
        assertEquals("NAMESPACE_INDEX\0", new String(labels, 0, 16, StandardCharsets.US_ASCII));
        // (uuid is the fsdax info block's; raw_uuid the namespace's, which its label carries)
        assertTrue(indexOf(labels, uuidBytes(made.get("raw_uuid"))) > 0, "the namespace's raw_uuid is in a label");

        Boot two = boot("labels-check", dir.resolve("boot2"), kernelArgs, qemu);
        Map<String, String> found = namespace(two.step("list-namespaces").output());
        assertEquals(made.get("uuid"), found.get("uuid"), "same namespace after the reboot");
        assertEquals(made.get("raw_uuid"), found.get("raw_uuid"));
        assertEquals(made.get("size"), found.get("size"));
        assertEquals(made.get("mode"), found.get("mode"));
        assertEquals(String.valueOf(LABEL_BYTES), two.step("read-labels").output().lines()
                .reduce((a, b) -> b).orElse("").strip(), "the whole label area reads: " + two.step("read-labels"));

        String timings = "boot 1 (init-labels, create-namespace): " + one.seconds() + " s; boot 2 (list): "
                + two.seconds() + " s\n" + "created: " + made + "\nfound:   " + found + "\n";
        Files.writeString(dir.resolve("timings.txt"), timings);
        System.err.print("linux labels: " + timings);
    }

    @Test
    void aWindowAbove4GiBUnderThirtyTwoBitIntegersStaysLabelLess() throws Exception {
        Path dir = out().resolve("high-window");
        Files.createDirectories(dir);
        NvdimmAcpiInput input = NvdimmAcpiInput.of(
                new VnvdimmRange(0, DATA_BASE, GIB, LABEL_BYTES).withLabelWindow(HIGH_WINDOW));
        Path data = fresh(dir.resolve("data.img"), GIB);
        Path labelFile = fresh(dir.resolve("labels.img"), LABEL_BYTES);
        List<String> qemu = new ArrayList<>(tables(dir, input));
        qemu.addAll(List.of("-m", "1G,slots=4,maxmem=4G"));
        qemu.addAll(pcDimm("nvd0", data, GIB, DATA_BASE));
        qemu.addAll(pcDimm("lsa0", labelFile, LABEL_BYTES, HIGH_WINDOW));

        Boot b = boot("labels-init", dir.resolve("boot"), "", qemu);
        assertEquals("initialized 0 nmem", b.step("init-labels").output().strip().lines()
                .reduce((x, y) -> y).orElse(""), "no label commands: " + b.step("init-labels"));
        Map<String, String> ns = namespace(b.step("list-namespaces").output());
        assertEquals("raw", ns.get("mode"), "the label-less namespace of the whole region");
        assertEquals(String.valueOf(GIB), ns.get("size"));
        assertEquals(-1, indexOfNonZero(Files.readAllBytes(labelFile)), "the label pages were not touched");
        String console = Files.readString(b.work().resolve("console.log"), StandardCharsets.ISO_8859_1);
        assertFalse(console.contains("Truncated 64-bit constant"), "no 64-bit constant ever reached the interpreter");
        System.err.println("linux labels: window above 4 GiB under QEMU's revision-1 DSDT: label-less, "
                + b.seconds() + " s");
    }

    private static List<String> tables(Path dir, NvdimmAcpiInput input) throws IOException {
        Path nfit = dir.resolve("nfit.dat");
        Path ssdt = dir.resolve("ssdt.dat");
        Files.write(nfit, Nfit.forVnvdimms(input).toTable().toBytes());
        Files.write(ssdt, NvdimmSsdt.forVnvdimms(input).toBytes());
        return List.of("-acpitable", "file=" + nfit, "-acpitable", "file=" + ssdt);
    }

    private static List<String> pcDimm(String id, Path file, long size, long address) {
        return List.of("-object", "memory-backend-file,id=" + id + ",mem-path=" + file + ",size=" + size
                        + ",share=on",
                "-device", "pc-dimm,id=" + id + "-dimm,memdev=" + id + ",addr=0x" + Long.toHexString(address));
    }

    /** A new sparse file of the size (the previous run's contents must not leak into this one). */
    private static Path fresh(Path file, long size) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.truncate(0);
            c.position(size - 1).write(ByteBuffer.wrap(new byte[1]));
        }
        return file;
    }

    private static Boot boot(String mode, Path work, String kernelArgs, List<String> qemu) throws Exception {
        Files.createDirectories(work);
        Path script = root().resolve("guest-layout/src/test/qemu-linux/boot.sh");
        // the initramfs is built once, for all boots (in target/qemu-linux-labels/)
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString(), "-t", String.valueOf(BOOT_TIMEOUT_S),
                "-a", kernelArgs, "-i", out().toString(), mode, work.toString(), "--"));
        cmd.addAll(qemu);
        Path log = work.resolve("boot.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // boot.sh bounds the boot itself; this bounds a kernel download and the initramfs on top of it
        if (!p.waitFor(BOOT_TIMEOUT_S + 300, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("boot.sh did not finish; see " + log);
        }
        String scriptLog = Files.readString(log, StandardCharsets.ISO_8859_1);
        Oracles.assumeOracle(p.exitValue() != 77, scriptLog.strip());
        assertEquals(0, p.exitValue(), "boot.sh failed: " + scriptLog);
        String status = Files.readString(work.resolve("boot-status")).strip();
        assertEquals("qemu-exit-0", status, "QEMU: " + status + "; console in " + work.resolve("console.log"));
        String results = Files.readString(work.resolve("results.log"), StandardCharsets.ISO_8859_1)
                .replace("\r", "");
        assertTrue(results.contains("JXL-DONE"), "the guest's init did not finish: " + results);
        return new Boot(work, steps(results), Double.parseDouble(Files.readString(work.resolve("boot-seconds")).strip()),
                status);
    }

    static Map<String, Step> steps(String results) {
        Map<String, Step> out = new LinkedHashMap<>();
        StringBuilder body = null;
        for (String line : results.split("\n")) {
            if (line.startsWith("JXL-BEGIN ")) {
                body = new StringBuilder();
                continue;
            }
            Matcher m = MARKER.matcher(line);
            if (m.matches() && body != null) {
                out.put(m.group(1), new Step(body.toString(), Integer.parseInt(m.group(2))));
                body = null;
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    /** The string and number members of the one namespace in {@code ndctl list -N}'s JSON. */
    static Map<String, String> namespace(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\":(?:\"([^\"]*)\"|(\\d+))").matcher(json);
        while (m.find()) {
            String previous = out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            assertTrue(previous == null, "more than one namespace: " + json);
        }
        assertTrue(out.containsKey("uuid") || out.containsKey("dev"), "no namespace in: " + json);
        return out;
    }

    private static byte[] uuidBytes(String text) {
        UUID u = UUID.fromString(text);
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    private static byte[] read(Path file, long offset, int length) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(length);
            c.read(b, offset);
            return b.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, byte[] what) {
        String hay = HexFormat.of().formatHex(data);
        String needle = HexFormat.of().formatHex(what);
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            if (i % 2 == 0) {
                return i / 2;
            }
        }
        return -1;
    }

    private static int indexOfNonZero(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] != 0) {
                return i;
            }
        }
        return -1;
    }
}
