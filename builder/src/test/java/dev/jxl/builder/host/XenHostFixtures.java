package dev.jxl.builder.host;

import dev.jxl.builder.xl.XlTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * What dom0 saw on real Xen 4.17 (QEMU q35, 2 CPUs, 6 GiB; dom0 1 vCPU, 1 GiB), recorded under
 * src/test/resources/xenhost: {@code xl info}, {@code xl info -n}, {@code xl dmesg}, dom0's
 * /sys/firmware/memmap ("start end type" lines) and what the old {@code jxl host capture} made of dom0
 * (dom0-capture.json: dom0's share, not the host). From them: a made-up dom0 file-system tree and
 * stand-ins for xl.
 */
public final class XenHostFixtures {
    /** A pmem region the faked dom0 can be given (the sample had none): 1 GiB at 8 GiB, in SRAT's hotplug range. */
    public static final long PMEM_SPA = 0x200000000L;
    public static final long PMEM_SIZE = 1L << 30;

    private XenHostFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = XenHostFixtures.class.getResourceAsStream("/xenhost/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource xenhost/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        URL url = XenHostFixtures.class.getResource("/xenhost/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource xenhost/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample's ring as it would read once it wrapped: everything up to the end of the boot map is gone. */
    public static String wrappedDmesg() {
        String ring = text("xl-dmesg.txt");
        int after = ring.indexOf("(XEN) New Xen image base address");
        // a wrapped ring starts mid-line
        return "ase address: 0x7f800000\n" + ring.substring(ring.indexOf('\n', after) + 1);
    }

    /**
     * dom0's tree as the sample saw it: xenfs saying control_d, dom0's 1 GiB and 1 vCPU, its memmap,
     * 40-bit physical addresses; with {@code pmem}, one NFIT pmem region on node 0.
     */
    public static Path dom0Root(Path root, boolean pmem) throws IOException {
        write(root, "proc/xen/capabilities", "control_d\n");
        write(root, "sys/hypervisor/type", "xen\n");
        write(root, "sys/hypervisor/version/major", "4\n");
        write(root, "sys/hypervisor/version/minor", "17\n");
        write(root, "proc/meminfo", "MemTotal:         912332 kB\nMemFree:          762380 kB\n");
        write(root, "proc/cpuinfo", "processor\t: 0\nvendor_id\t: AuthenticAMD\n"
                + "address sizes\t: 40 bits physical, 48 bits virtual\n\n");
        int i = 0;
        for (String line : text("memmap.txt").split("\n")) {
            String[] w = line.split(" ", 3);
            write(root, "sys/firmware/memmap/" + i + "/start", w[0] + "\n");
            write(root, "sys/firmware/memmap/" + i + "/end", w[1] + "\n");
            write(root, "sys/firmware/memmap/" + i + "/type", w[2] + "\n");
            i++;
        }
        if (pmem) {
            write(root, "sys/bus/nd/devices/region0/resource", "0x" + Long.toHexString(PMEM_SPA) + "\n");
            write(root, "sys/bus/nd/devices/region0/size", PMEM_SIZE + "\n");
            write(root, "sys/bus/nd/devices/region0/numa_node", "0\n");
            write(root, "sys/bus/nd/devices/region0/devtype", "nd_pmem\n");
        }
        return root;
    }

    /** xl answering info and dmesg from the sample (dmesg as given), every call logged in {@code calls}. */
    public static XenHostProbe.XlRunner xl(String dmesg, List<String> calls) {
        return args -> {
            calls.add(String.join(" ", args));
            return switch (args.get(0)) {
                case "info" -> new XlTool.Result(0, text("xl-info.txt"), "");
                case "dmesg" -> new XlTool.Result(0, dmesg, "");
                default -> new XlTool.Result(2, "", "unknown command " + args.get(0) + "\n");
            };
        };
    }

    public static XenHostProbe.XlRunner xl() {
        return xl(text("xl-dmesg.txt"), new ArrayList<>());
    }

    /**
     * An xl program (for {@code -Djxl.xl}) that logs its calls to {@code calls} and prints the sample's
     * info and the ring in {@code dmesg}; {@code create} succeeds, anything else is xl's usage error.
     */
    public static Path xlScript(Path dir, Path dmesg, Path calls) throws IOException {
        Path xl = dir.resolve("xl");
        Files.writeString(xl, String.join("\n",
                "#!/bin/sh",
                "echo \"$*\" >> '" + calls + "'",
                "case \"$1\" in",
                "info) cat '" + path("xl-info.txt") + "' ;;",
                "dmesg) cat '" + dmesg + "' ;;",
                "create) exit 0 ;;",
                "*) echo \"unknown command $1\" >&2; exit 2 ;;",
                "esac", ""));
        Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwxr-xr-x"));
        return xl;
    }

    static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
