package dev.jxl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pictures the SVG tests look at: {@code jxl plan --format svg} of every golden layout config
 * that plans (its {@code # args:} words kept, any other {@code --format} replaced), and plan diffs
 * of the kinds an admin runs before changing memory, mmio_hole, a vNVDIMM or the host.
 */
final class SvgCases {
    /** One picture: a name, the command line, what it printed. */
    record Case(String name, List<String> args, int rc, String svg) {
    }

    static final Path ROOT = PlanGoldenTest.ROOT;

    /** hvm-vnvdimm-one's vNVDIMM and a second one below 4 GiB, from the built-in host's first pmem region. */
    static final String ADD_VNVDIMM = "vnvdimms=['type=mfn, backend=0x4080000, nr_pages=4194304', "
            + "'type=mfn, backend=0x4800000, nr_pages=262144, placement=below4g']";

    private SvgCases() {
    }

    static List<Path> goldenConfigs() throws IOException {
        try (Stream<Path> s = Files.list(PlanGoldenTest.DIR)) {
            return s.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        }
    }

    /** The words of a golden config's {@code jxl plan} with {@code --format svg}. */
    static List<String> svgArgs(Path cfg) throws IOException {
        List<String> args = new ArrayList<>(List.of("plan", cfg.toString()));
        for (String line : Files.readAllLines(cfg, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("# args:")) {
                String[] words = line.substring("# args:".length()).trim().split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    if (words[i].equals("--format")) {
                        i++;
                    } else {
                        args.add(words[i].endsWith(".json") ? ROOT.resolve(words[i]).toString() : words[i]);
                    }
                }
            }
        }
        args.add("--format");
        args.add("svg");
        return args;
    }

    /** Every golden layout that plans, as a picture. */
    static List<Case> goldenLayouts() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path cfg : goldenConfigs()) {
            Case c = run(cfg.getFileName().toString().replaceAll("\\.cfg$", ""), svgArgs(cfg));
            if (c.rc() == 0) {
                out.add(c);
            }
        }
        return out;
    }

    /** Diffs: memory grown past the hole, a bigger mmio_hole with vNVDIMMs, a vNVDIMM added, PV given a hole, two hosts. */
    static List<Case> diffs() {
        String basic = ROOT.resolve("examples/hvm-basic.cfg").toString();
        String vnvdimm = ROOT.resolve("examples/hvm-vnvdimm.cfg").toString();
        String pv = ROOT.resolve("examples/pv-linux.cfg").toString();
        String layouts = PlanGoldenTest.DIR.toString();
        return List.of(
                run("diff-hvm-basic-memory", List.of("plan", "--diff", basic, basic, "memory=8192", "--format", "svg")),
                run("diff-hvm-vnvdimm-mmio-hole", List.of("plan", "--diff", vnvdimm, vnvdimm, "mmio_hole=1024",
                        "--format", "svg")),
                run("diff-hvm-add-vnvdimm", List.of("plan", "--diff", layouts + "/hvm-vnvdimm-one.cfg",
                        layouts + "/hvm-vnvdimm-one.cfg", ADD_VNVDIMM, "--format", "svg")),
                run("diff-pv-pci-hole", List.of("plan", "--diff", pv, pv, "pci_hole_start=0xc0000000", "--format", "svg")),
                run("diff-pv-e820-host-two-hosts", List.of("plan", layouts + "/pv-e820-host-note-2048.cfg", "--diff-host",
                        ROOT.resolve("examples/hosts/note-host.json").toString(),
                        ROOT.resolve("examples/hosts/this-machine.json").toString(), "--format", "svg")));
    }

    static Case run(String name, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jxl.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Case(name, args, rc, rc == 0 ? out.toString() : err.toString());
    }
}
