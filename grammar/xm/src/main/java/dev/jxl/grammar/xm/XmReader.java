package dev.jxl.grammar.xm;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a legacy xm (xend) domain config safely: parses the Python subset and evaluates it with
 * {@link XmEvaluator}, never executing anything. Errors are {@link ConfigException}s positioned at
 * {@code FILE:LINE:COL}.
 */
public final class XmReader {
    private XmReader() {
    }

    public static XmEvaluation read(String source, String text, XmEnvironment environment) {
        return read(source, text, environment, XmLimits.DEFAULT);
    }

    public static XmEvaluation read(String source, String text, XmEnvironment environment, XmLimits limits) {
        requireText(source, text);
        if (text.length() > limits.maxSourceChars()) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(source), null,
                    "config of " + text.length() + " characters is refused: the source-size budget is "
                            + limits.maxSourceChars()));
        }
        // Python reads source with universal newlines.
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        XmConfig.FileContext tree = XmParser.parse(source, normalized, limits);
        return new XmEvaluator(source, environment, limits).evaluate(tree);
    }

    /**
     * Reads the file's bytes (one character per byte, as xend's Python 2 read them) and evaluates
     * them. Reading stops at the first NUL byte or one byte past the source-size budget, so a binary
     * or endless file ({@code /bin/ls}, {@code /dev/zero}) is refused after its first bad bytes.
     */
    public static XmEvaluation readFile(Path file, XmEnvironment environment, XmLimits limits) {
        return read(file.toString(), readText(file, limits), environment, limits);
    }

    /** The file's text, refused as soon as a NUL byte or too many bytes are seen. */
    public static String readText(Path file, XmLimits limits) {
        String source = file.toString();
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                String chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                int nul = chunk.indexOf('\0');
                if (nul >= 0) {
                    throw notText(source, text.length() + nul);
                }
                text.append(chunk);
                if (text.length() > limits.maxSourceChars()) {
                    throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(source), null,
                            "config of more than " + limits.maxSourceChars()
                                    + " characters is refused: the source-size budget is " + limits.maxSourceChars()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(source), null,
                    "cannot read config file: no such file"));
        } catch (IOException e) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(source), null,
                    "cannot read config file: " + e.getMessage()));
        }
        return text.toString();
    }

    /**
     * Python refuses source holding a NUL byte (Python 2: "compile() expected string without null
     * bytes"), so xend never evaluated such a file. Checked before anything else reads the text, so
     * a binary file gives one line, not one per bad byte.
     */
    private static void requireText(String source, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw notText(source, nul);
        }
    }

    private static ConfigException notText(String source, long offset) {
        return new ConfigException(Diagnostic.error(new SourcePosition(source, 1, 1), null,
                "not a text file (NUL byte at offset " + offset + ")"));
    }
}
