package dev.jxl.layout.acpi;

import dev.jxl.config.ConfigLoader;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Map;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.host.Host;
import dev.jxl.layout.host.PmemRegion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden layout cases with vNVDIMMs that plan ({@code golden/layout/*vnvdimm*.cfg} without an
 * expected error), planned here the way {@code jxl plan} plans them: the config, its {@code --host}
 * (else the built-in host description) and no other options. Host descriptions are read with a small
 * JSON reader, since the Jackson reader lives in the builder module.
 */
final class GoldenPlanCases {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    static final Path BUILT_IN_HOST = ROOT.resolve("builder/src/main/resources/dev/jxl/builder/host/default-host.json");

    record Case(String name, GuestLayout layout) {
        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenPlanCases() {
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve("golden/layout"))) {
            for (Path cfg : s.filter(p -> p.getFileName().toString().matches(".*vnvdimm.*\\.cfg")).sorted().toList()) {
                List<String> lines = Files.readAllLines(cfg, StandardCharsets.ISO_8859_1);
                if (lines.stream().anyMatch(l -> l.startsWith("# ~ ERROR"))) {
                    continue;
                }
                Path host = BUILT_IN_HOST;
                for (String l : lines) {
                    if (l.startsWith("# args:")) {
                        String[] words = l.substring("# args:".length()).trim().split("\\s+");
                        for (int i = 0; i + 1 < words.length; i++) {
                            if (words[i].equals("--host")) {
                                host = ROOT.resolve(words[i + 1]);
                            }
                        }
                    }
                }
                GuestLayout layout = LayoutPlanner.plan(ConfigLoader.load(cfg, List.of()).config(), readHost(host));
                out.add(new Case(cfg.getFileName().toString().replace(".cfg", ""), layout));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Host readHost(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> h = (Map<String, Object>) new Json(Files.readString(file)).value();
        List<E820Entry> e820 = new ArrayList<>();
        for (Object o : (List<?>) h.get("e820")) {
            Map<?, ?> e = (Map<?, ?>) o;
            e820.add(new E820Entry(num(e.get("addr")), num(e.get("size")), E820Type.of((int) num(e.get("type")))));
        }
        List<PmemRegion> pmem = new ArrayList<>();
        for (Object o : (List<?>) h.getOrDefault("pmem", List.of())) {
            Map<?, ?> p = (Map<?, ?>) o;
            pmem.add(new PmemRegion(num(p.get("spa")), num(p.get("size")), (int) num(p.get("node"))));
        }
        return new Host((String) h.get("xen_version"), (int) num(h.get("cpus")), num(h.get("memory_kib")),
                num(h.get("free_memory_kib")), (int) num(h.getOrDefault("paddr_bits", 46L)),
                num(h.getOrDefault("seabios_image_size", 262144L)), new E820Map(e820), pmem, List.of());
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** Just enough JSON for host descriptions: objects, arrays, strings without escapes, integers, literals. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                while (s.charAt(i) != '}') {
                    String k = (String) value();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        skip();
                    }
                }
                i++;
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                while (s.charAt(i) != ']') {
                    l.add(value());
                    skip();
                    if (s.charAt(i) == ',') {
                        i++;
                        skip();
                    }
                }
                i++;
                return l;
            }
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                String v = s.substring(i + 1, end);
                i = end + 1;
                return v;
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Long.parseLong(word);
            };
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
