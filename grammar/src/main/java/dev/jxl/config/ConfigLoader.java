package dev.jxl.config;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage 1 in one call: read an xl config file (plus {@code KEY=VALUE} overrides), parse it, bind it
 * to a {@link DomainConfig}. The file's bytes are taken one per character (ISO-8859-1), as xl's
 * 8-bit lexer sees them, so any encoding passes through strings unchanged.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static LoadedConfig load(Path file, List<String> overrides) {
        return fromText(file.toString(), read(file), overrides);
    }

    /** Bound against the host's CPUs and nodes, as xl checks {@code cpus=}, {@code pnode=} and the like. */
    public static LoadedConfig load(Path file, List<String> overrides, BindContext host) {
        return DomainConfigBinder.bind(XlConfigReader.parse(file.toString(), read(file), overrides), host);
    }

    public static LoadedConfig fromText(String source, String text, List<String> overrides) {
        XlSettings settings = XlConfigReader.parse(source, text, overrides);
        return DomainConfigBinder.bind(settings);
    }

    /** The file as xl reads it; a missing or unreadable file is a config error naming it. */
    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(file.toString()), null,
                    "cannot read config file: no such file"));
        } catch (IOException e) {
            throw new ConfigException(Diagnostic.error(SourcePosition.ofSource(file.toString()), null,
                    "cannot read config file: " + e.getMessage()));
        }
    }
}
