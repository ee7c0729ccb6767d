package dev.jxl.grammar.xm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an xm config may learn about the world, given instead of read: the host's {@code os.uname()},
 * the script variables of the command line ({@code vmid=3}, always strings, as {@code xm create}
 * passed them) and the {@code xm_file} name xend predefined.
 */
public record XmEnvironment(Uname uname, Map<String, String> scriptVariables, String xmFile) {

    /**
     * {@code os.uname()}'s five fields. {@link #DEFAULT} is jxl's documented answer when no host is
     * described: an x86_64 Linux dom0, which is what every xend host was. It is the only one built (from
     * literals), so the fields are not checked here; a reader of a host description would check its own.
     */
    public record Uname(String sysname, String nodename, String release, String version, String machine) {
        public static final Uname DEFAULT = new Uname("Linux", "localhost", "6.1.0", "#1 SMP", "x86_64");
    }

    public XmEnvironment {
        Objects.requireNonNull(uname, "uname");
        scriptVariables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scriptVariables));
        Objects.requireNonNull(xmFile, "xmFile");
    }

    /**
     * The environment of {@code xm create FILE VAR=VALUE…}: {@code xm_file} is the path as xend
     * formed it (relative names are prefixed with {@code ./}).
     */
    public static XmEnvironment of(String configPath, Map<String, String> scriptVariables) {
        String xmFile = configPath.startsWith("/") ? configPath : "./" + configPath;
        return new XmEnvironment(Uname.DEFAULT, scriptVariables, xmFile);
    }
}
