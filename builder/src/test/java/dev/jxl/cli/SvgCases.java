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
 * that plans (its {@code # args:} words kept, any other {@code --format} replaced).
 */
final class SvgCases {
    /** One picture: a name, the command line, what it printed. */
    record Case(String name, List<String> args, int rc, String svg) {
    }

    static final Path ROOT = PlanGoldenTest.ROOT;


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

    static Case run(String name, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Jxl.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Case(name, args, rc, rc == 0 ? out.toString() : err.toString());
    }
}
