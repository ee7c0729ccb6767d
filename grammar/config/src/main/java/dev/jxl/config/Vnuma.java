package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.config.spec.SpecException;
import dev.jxl.config.spec.VnumaSpec;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `vnuma`: virtual NUMA nodes and xl's cross-checks against maxvcpus and maxmem. */
final class Vnuma {
    private Vnuma() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b, BindContext host) {
        Optional<XlValue.Items> list = get.list("vnuma", true);
        if (list.isEmpty() || list.get().items().isEmpty()) {
            return;
        }
        List<List<String>> nodes = new ArrayList<>();
        for (XlValue node : list.get().items()) {
            if (!(node instanceof XlValue.Items options)) {
                throw new XlGetters.BindError(node.position(), "vnuma",
                        "each vnuma node must be a list of options ([ 'pnode=0', 'size=512', 'vcpus=0-1', ... ])");
            }
            List<String> texts = new ArrayList<>();
            for (XlValue o : options.items()) {
                if (o instanceof XlValue.Text t) {
                    texts.add(t.text()); // xl skips non-string options
                }
            }
            nodes.add(texts);
        }
        VnumaSpec.Result r;
        try {
            r = VnumaSpec.parse(nodes, b.maxVcpus, host.onlineCpus(), host.numaNodes(), w -> get.warn("vnuma", w));
        } catch (SpecException e) {
            throw get.error("vnuma", e.getMessage());
        }
        if (b.maxVcpus != 0) {
            if (b.maxVcpus != r.vcpuCount()) {
                throw get.error("vnuma", "vnuma nodes have " + r.vcpuCount() + " vCPUs but maxvcpus=" + b.maxVcpus);
            }
        } else {
            if (host.onlineCpus() < r.vcpuCount()) {
                throw get.error("vnuma", "vnuma specifies more vCPUs (" + r.vcpuCount() + ") than the host has ("
                        + host.onlineCpus() + "); set maxvcpus= to override this check");
            }
            b.maxVcpus = r.vcpuCount();
        }
        if (b.maxMemkb != LibxlJson.MEMKB_DEFAULT && b.maxMemkb != r.memkbTotal()) {
            throw get.error("vnuma", "vnuma node sizes add up to " + r.memkbTotal() / 1024 + " MiB but maxmem="
                    + b.maxMemkb / 1024);
        }
        b.maxMemkb = r.memkbTotal();
        b.vnumaNodes = r.nodes();
        if (r.pnodeGiven()) {
            b.numaPlacement = Defbool.FALSE;
        }
    }
}
