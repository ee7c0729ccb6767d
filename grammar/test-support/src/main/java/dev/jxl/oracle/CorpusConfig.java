package dev.jxl.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One xl config of the shared test corpus ({@code grammar/test-support/corpus/*.cfg}) or of
 * the project's {@code examples/}. A sidecar {@code NAME.args} holds {@code KEY=VALUE} words, one per
 * line, given after the file as on xl's command line.
 */
public record CorpusConfig(String name, Path file, List<String> overrides) {

    public static final String CORPUS_DIR = "grammar/test-support/corpus";
    public static final String EXAMPLES_DIR = "examples";

    public CorpusConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        overrides = List.copyOf(overrides);
    }

    /** Every corpus config, sorted by name. */
    public static List<CorpusConfig> corpus() {
        return list(root().resolve(CORPUS_DIR), "");
    }

    /** Every {@code examples/*.cfg}, named {@code examples/NAME}; none if the directory is absent. */
    public static List<CorpusConfig> examples() {
        return list(root().resolve(EXAMPLES_DIR), EXAMPLES_DIR + "/");
    }

    /** The file as xl and jxl read it: one character per byte. */
    public String text() {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XlRequest xlRequest() {
        return new XlRequest(file, overrides);
    }

    @Override
    public String toString() {
        return name;
    }

    /** The project root: the {@code jxl.root} property surefire sets, else found from here. */
    public static Path root() {
        String root = System.getProperty("jxl.root");
        if (root != null && Files.isDirectory(Path.of(root, CORPUS_DIR))) {
            return Path.of(root);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(CORPUS_DIR))) {
                return dir;
            }
        }
        throw new IllegalStateException(CORPUS_DIR + " not found (jxl.root=" + root + ")");
    }

    private static List<CorpusConfig> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted()
                    .map(f -> {
                        String base = f.getFileName().toString();
                        base = base.substring(0, base.length() - ".cfg".length());
                        return new CorpusConfig(prefix + base, f, overrides(dir.resolve(base + ".args")));
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> overrides(Path args) {
        if (!Files.exists(args)) {
            return List.of();
        }
        try {
            return Files.readAllLines(args, StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
