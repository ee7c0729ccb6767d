package dev.jxl.config.spec;

import dev.jxl.config.libxl.ChannelDevice;
import dev.jxl.config.libxl.ChannelDevice.Connection;
import dev.jxl.diag.Echo;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code channel} spec: comma-separated {@code key=value} pairs, each side trimmed; keys
 * {@code backend name path connection=pty|socket}. Unknown keys warn; the rest is fatal.
 *
 * <p>Quirks kept: a pair is cut by strtok on {@code =}, so {@code path=/a=b} gives path {@code /a};
 * {@code name}, documented as mandatory, is not enforced. An empty spec crashes xl 4.17 (NULL
 * dereference); it is refused here.
 */
public final class ChannelSpec {
    private ChannelSpec() {
    }

    /** @param devid the channel's index in the {@code channel} list */
    public static ChannelDevice parse(String spec, int devid, Consumer<String> warn) {
        List<String> pairs = CText.splitStringList(spec, ",");
        if (pairs == null) {
            throw new SpecException("empty channel spec (xl 4.17 crashes on it)", 0);
        }
        String backend = null;
        String name = null;
        String path = null;
        Connection connection = Connection.UNKNOWN;
        for (String pair : pairs) {
            String[] kv = CText.splitPair(pair, "=");
            if (kv == null) {
                throw new SpecException("failed to parse channel configuration: " + pair, spec.indexOf(pair));
            }
            String key = CText.trim(kv[0]);
            String value = CText.trim(kv[1]);
            switch (key) {
                case "backend" -> backend = value;
                case "name" -> name = value;
                case "path" -> path = value;
                case "connection" -> {
                    connection = switch (value) {
                        case "pty" -> Connection.PTY;
                        case "socket" -> Connection.SOCKET;
                        default -> throw new SpecException("unknown channel connection '" + Echo.value(value) + "'",
                                spec.indexOf(pair));
                    };
                }
                default -> warn.accept("unknown channel parameter '" + Echo.value(key) + "', ignoring");
            }
        }
        if (connection == Connection.UNKNOWN) {
            throw new SpecException("channel has unknown 'connection'");
        }
        if (connection == Connection.SOCKET && path == null) {
            throw new SpecException("channel connection 'socket' requires path=..");
        }
        return new ChannelDevice(0, backend, devid, name, connection,
                connection == Connection.SOCKET ? path : null);
    }
}
