package dev.jxl.config;

import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * A config larger than this is no config (xl configs are a few KiB; the largest real ones tens):
     * reading stops there, so {@code /dev/zero} or a disk image given by mistake ends with an error.
     */
    static final int MAX_CONFIG_BYTES = 64 << 20;

    /** The file as xl reads it; a missing, unreadable or endless file is a config error naming it. */
    public static String read(Path file) {
        SourcePosition at = SourcePosition.ofSource(file.toString());
        try (SeekableByteChannel channel = Files.newByteChannel(file);
                InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = readBounded(in, channel.size());
            if (bytes.length > MAX_CONFIG_BYTES) {
                throw new ConfigException(Diagnostic.error(at, null, "not a config: more than "
                        + (MAX_CONFIG_BYTES >> 20) + " MiB"));
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(Diagnostic.error(at, null, "cannot read config file: no such file"));
        } catch (IOException e) {
            throw new ConfigException(Diagnostic.error(at, null, "cannot read config file: " + dev.jxl.diag.IoReason.of(e)));
        }
    }

    /**
     * Up to one byte more than the bound. A regular file is read into an array of its size, in one
     * go (a check of many files reads each once, without readNBytes's 8 KiB chunks and their copy);
     * a device, a pipe or a file that grows meanwhile are read in chunks up to the bound.
     */
    private static byte[] readBounded(InputStream in, long size) throws IOException {
        if (size <= 0 || size > MAX_CONFIG_BYTES) {
            return in.readNBytes(MAX_CONFIG_BYTES + 1);
        }
        byte[] bytes = new byte[(int) size];
        int n = in.readNBytes(bytes, 0, bytes.length);
        if (n < bytes.length) {
            return Arrays.copyOf(bytes, n); // it shrank meanwhile
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        ByteArrayOutputStream grown = new ByteArrayOutputStream();
        grown.write(bytes);
        grown.write(next);
        grown.write(in.readNBytes(MAX_CONFIG_BYTES - n));
        return grown.toByteArray();
    }
}
