package dev.jxl.cli;

import dev.jxl.builder.Backends;
import dev.jxl.config.BindContext;
import dev.jxl.config.ConfigKey;
import dev.jxl.config.KeySchema;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.DomainConfig;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.diag.SourcePosition;
import dev.jxl.grammar.xl.XlConfigReader;
import dev.jxl.grammar.xl.XlSetting;
import dev.jxl.grammar.xl.XlValue;
import dev.jxl.layout.GuestLayout;
import dev.jxl.layout.LayoutException;
import dev.jxl.layout.LayoutPlanner;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.PlanningException;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.layout.host.Host;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2 as the commands run it: the layout of a loaded config on a host, with the planner's
 * complaints turned into the CLI's errors — a key conflict is a config error at the key's position,
 * a layout that does not fit the host is exit 3.
 */
final class Planning {

    private Planning() {
    }

    /** The host to plan on (the live one with {@code --backend xl}); warnings about it go to {@code err}. */
    static Host host(GlobalOptions global, PrintWriter err) {
        return Backends.host(global, line -> {
            err.println(line);
            err.flush();
        });
    }

    /** What the binder checks against: the host's CPUs and nodes (xl asks the hypervisor the same). */
    static BindContext bindContext(Host host) {
        return new BindContext(host.cpus(), host.numaNodes());
    }

    /** The config, bound against the host it is planned on. */
    static LoadedConfig load(Path config, List<String> overrides, Host host) {
        return ConfigLoader.load(config, overrides, bindContext(host));
    }

    /** With {@code --backend xl} upstream libxl and hvmloader build the guest: plan what they build. */
    static PlanOptions options(GlobalOptions global, PlanOptions base) {
        return base.withUpstreamXen(global.backend() == GlobalOptions.Backend.xl);
    }

    static GuestLayout layout(Path config, List<String> overrides, DomainConfig c, Host host, PlanOptions options) {
        requireBuildableName(config, overrides, c);
        try {
            return LayoutPlanner.plan(c, host, options);
        } catch (LayoutException e) {
            SourcePosition at = e.index().isPresent() ? positionOf(config, overrides, e.key(), e.index().getAsInt())
                    : positionOf(config, overrides, e.key());
            throw new ConfigException(Diagnostic.error(at, e.key(), e.getMessage()));
        } catch (PlanningException e) {
            throw cannotPlan(config, overrides, e);
        }
    }

    /**
     * A layout that does not fit the host, positioned at the list item to blame (a vNVDIMM spec) or
     * else at the key the planner names; exit 3.
     */
    static DiagnosticException cannotPlan(Path config, List<String> overrides, PlanningException e) {
        SourcePosition at = e.item().orElseGet(() -> e.index().isPresent()
                ? positionOf(config, overrides, e.key(), e.index().getAsInt()) : positionOf(config, overrides, e.key()));
        return new DiagnosticException(Failure.PLAN, List.of(Diagnostic.error(at, e.key(), "cannot plan: " + e.getMessage())), e);
    }

    /**
     * xl's dry run accepts any name, but a domain is built under its name: libxl writes it to
     * xenstore (at most XENSTORE_PAYLOAD_MAX bytes) and refuses an empty one.
     */
    private static void requireBuildableName(Path config, List<String> overrides, DomainConfig c) {
        String name = c.name();
        String why = null;
        if (name == null || name.isEmpty()) {
            why = "the domain needs a name: libxl builds no domain with an empty one";
        } else if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > XenstoreWrite.PAYLOAD_MAX) {
            why = "the name is " + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes; libxl writes it"
                    + " to xenstore, which holds at most " + XenstoreWrite.PAYLOAD_MAX;
        }
        if (why != null) {
            throw new ConfigException(Diagnostic.error(positionOf(config, overrides, "name"), "name", why));
        }
    }

    /**
     * Where item {@code index} of the list {@code key} is written (items joined by {@code +=} counted
     * in order, as xl joins them); the key's own position when the value is no list that long.
     */
    static SourcePosition positionOf(Path config, List<String> overrides, String key, int index) {
        try {
            var settings = XlConfigReader.parse(config.toString(), ConfigLoader.read(config), overrides);
            Optional<XlSetting> s = settings.find(key);
            if (s.isPresent() && s.get().value() instanceof XlValue.Items items && index >= 0
                    && index < items.items().size()) {
                return items.items().get(index).position();
            }
        } catch (RuntimeException e) {
            // the config parsed a moment ago; fall back to the key
        }
        return positionOf(config, overrides, key);
    }

    /** Where the key is set (the last assignment, as xl reads it), or the file when it is not set. */
    static SourcePosition positionOf(Path config, List<String> overrides, String key) {
        try {
            var settings = XlConfigReader.parse(config.toString(), ConfigLoader.read(config), overrides);
            // the key the planner names, else the key whose value its default follows (maxmem: memory, …)
            List<String> keys = new ArrayList<>(List.of(key));
            KeySchema.find(key).flatMap(ConfigKey::defaultFollows).ifPresent(keys::add);
            for (String k : keys) {
                Optional<XlSetting> s = settings.find(k);
                if (s.isPresent()) {
                    return s.get().keyPosition();
                }
            }
        } catch (RuntimeException e) {
            // the config parsed a moment ago; fall back to the file itself
        }
        return SourcePosition.ofSource(config.toString());
    }
}
