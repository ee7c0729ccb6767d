package dev.jxl.grammar.xm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One of the project's own xm test configs under {@code grammar/test-support/xm/}. Header
 * lines state the test's intent: {@code #@ args: VAR=VALUE…} (the xm create command line),
 * {@code #@ error: PythonType} (xend itself fails on it) and {@code #@ convert-error: TEXT} (it
 * evaluates but cannot become xl; TEXT is part of the message).
 */
public record XmTestConfig(Path path, String text, List<String> args, String expectedError, String convertError) {

    public static Path root() {
        String root = System.getProperty("jxl.root");
        Path base = root == null || root.isEmpty() ? Path.of("..") : Path.of(root);
        return base.resolve("grammar/test-support/xm");
    }

    /** The configs directly in the directory (the refused/ ones are never given to Python). */
    public static List<XmTestConfig> all() {
        try (Stream<Path> files = Files.list(root())) {
            return files.filter(p -> p.toString().endsWith(".cfg")).sorted().map(XmTestConfig::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XmTestConfig load(Path path) {
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
            List<String> args = new ArrayList<>();
            String error = null;
            String convertError = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("#@ args:")) {
                    args.addAll(Arrays.asList(line.substring("#@ args:".length()).trim().split("\\s+")));
                } else if (line.startsWith("#@ error:")) {
                    error = line.substring("#@ error:".length()).trim();
                } else if (line.startsWith("#@ convert-error:")) {
                    convertError = line.substring("#@ convert-error:".length()).trim();
                }
            }
            return new XmTestConfig(path, text, List.copyOf(args), error, convertError);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - ".cfg".length());
    }

    /** The path as the tests name it in positions: relative to the xm test directory. */
    public String source() {
        return path.getFileName().toString();
    }
}
