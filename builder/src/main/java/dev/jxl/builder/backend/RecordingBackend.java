package dev.jxl.builder.backend;

import dev.jxl.layout.plan.BuildStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Wraps a backend and writes every call through the seam as one text line, with its outcome, so a
 * build (and its rollback) can be read and golden-tested: {@code execute dom=1 populate_physmap … -> ok}.
 */
public final class RecordingBackend implements HypervisorBackend {
    private final HypervisorBackend delegate;
    private final List<String> lines = new ArrayList<>();

    public RecordingBackend(HypervisorBackend delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The calls so far, one line each. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The calls so far as text, one line each, newline-terminated. */
    public String transcript() {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    @Override
    public HostInfo hostInfo() {
        HostInfo h = record("host_info", delegate::hostInfo);
        lines.set(lines.size() - 1, "host_info -> xen " + h.xenVersion() + ", " + h.cpus() + " cpus, "
                + h.memoryKib() + " KiB, " + h.freeMemoryKib() + " KiB free, " + h.pmemData().size()
                + " pmem data region(s)");
        return h;
    }

    @Override
    public int execute(int domid, BuildStep step) {
        String call = "execute dom=" + dom(domid) + " " + step.line();
        int result = record(call, () -> delegate.execute(domid, step));
        if (step instanceof BuildStep.CreateDomain) {
            lines.set(lines.size() - 1, call + " -> domid " + result);
        }
        return result;
    }

    @Override
    public void undo(int domid, BuildStep step) {
        record("undo dom=" + dom(domid) + " " + step.line(), () -> {
            delegate.undo(domid, step);
            return null;
        });
    }

    @Override
    public List<DomainInfo> list() {
        List<DomainInfo> domains = record("list", delegate::list);
        StringBuilder b = new StringBuilder("list ->");
        for (DomainInfo d : domains) {
            b.append(' ').append(d.domid()).append(':').append(d.name());
        }
        lines.set(lines.size() - 1, b.toString());
        return domains;
    }

    @Override
    public void destroy(int domid) {
        record("destroy dom=" + domid, () -> {
            delegate.destroy(domid);
            return null;
        });
    }

    @Override
    public void pause(int domid) {
        record("pause dom=" + domid, () -> {
            delegate.pause(domid);
            return null;
        });
    }

    @Override
    public void unpause(int domid) {
        record("unpause dom=" + domid, () -> {
            delegate.unpause(domid);
            return null;
        });
    }

    @Override
    public java.util.Optional<String> storedConfig(int domid) {
        java.util.Optional<String> config = record("stored_config dom=" + domid, () -> delegate.storedConfig(domid));
        lines.set(lines.size() - 1, "stored_config dom=" + domid + " -> " + config.map(c -> c.length() + " chars")
                .orElse("none"));
        return config;
    }

    @Override
    public void close() {
        delegate.close();
    }

    private interface Call<T> {
        T run();
    }

    private <T> T record(String call, Call<T> c) {
        try {
            T result = c.run();
            lines.add(call + " -> ok");
            return result;
        } catch (RuntimeException e) {
            lines.add(call + " -> error: " + e.getMessage());
            throw e;
        }
    }

    private static String dom(int domid) {
        return domid == NO_DOMAIN ? "-" : Integer.toString(domid);
    }
}
