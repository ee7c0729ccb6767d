package dev.jxl.config;

import dev.jxl.config.libxl.BuildInfo;
import dev.jxl.config.libxl.Defbool;
import dev.jxl.config.spec.CpuSpec;
import dev.jxl.config.spec.SpecException;
import dev.jxl.diag.Echo;
import dev.jxl.grammar.xl.XlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `cpus` and `cpus_soft` (xl's parse_vcpu_affinity): a string gives every vCPU the same map; a list
 * gives vCPU i the i-th map (items past max_vcpus are dropped, vCPUs past the list get none).
 */
final class CpuAffinity {
    private CpuAffinity() {
    }

    static void bind(XlGetters get, BuildInfo.Builder b, BindContext host) {
        b.vcpuHardAffinity = affinity(get, "cpus", b, host, true);
        if (!b.vcpuHardAffinity.isEmpty()) {
            try {
                CpuSpec.checkHardAffinity(b.vcpuHardAffinity);
            } catch (SpecException e) {
                throw get.error("cpus", e.getMessage());
            }
        }
        b.vcpuSoftAffinity = affinity(get, "cpus_soft", b, host, false);
    }

    private static List<List<Integer>> affinity(XlGetters get, String key, BuildInfo.Builder b, BindContext host,
            boolean hard) {
        if (!get.isSet(key)) {
            return List.of();
        }
        List<List<Integer>> maps = new ArrayList<>();
        if (get.isList(key)) {
            List<XlValue.Text> items = get.stringItems(key, get.list(key).orElseThrow());
            int n = (int) Math.min(items.size(), b.maxVcpus);
            for (int i = 0; i < n; i++) {
                maps.add(parse(get, key, items.get(i), host));
            }
            b.numaPlacement = Defbool.FALSE; // a list of maps always disables automatic placement
            return maps;
        }
        Optional<String> s = get.string(key);
        if (s.isEmpty()) {
            return List.of();
        }
        XlValue.Text spec = (XlValue.Text) get.setting(key).orElseThrow().value();
        List<Integer> map = parse(get, key, spec, host);
        for (long i = 0; i < b.maxVcpus; i++) {
            maps.add(map);
        }
        if (!hard) {
            b.numaPlacement = Defbool.FALSE; // soft affinity given: no automatic placement
        }
        return maps;
    }

    private static List<Integer> parse(XlGetters get, String key, XlValue.Text spec, BindContext host) {
        try {
            return CpuSpec.parse(spec.text(), host.onlineCpus(), host.nodeCpus(),
                    w -> get.warnAt(spec.position(), key, w));
        } catch (SpecException e) {
            throw new XlGetters.BindError(spec.position(), key, "`" + Echo.value(key) + "' '"
                    + Echo.value(spec.text()) + "': " + e.getMessage());
        }
    }
}
