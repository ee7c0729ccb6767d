package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** cpulists on xl's preload host (64 CPUs). Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class CpuSpecTest {
    /** xl's preload host reports 8 nodes but no topology (node: items crash xl there). */
    static final java.util.List<java.util.List<Integer>> HOST_NODES = java.util.List.of();

    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("0-3,^2", "[0,1,3]", 0),
            ok("all,^1", "[0,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63]", 0),
            ok("nodes:all,^0-62", "[63]", 0),
            ok(" 1", "[1]", 0),
            ok(",,1,,", "[1]", 0),
            ok("+5", "[5]", 0),
            ok("63-100", "[63]", 0),
            err("^all", "Can't combine \"^\" and \"all\".", 1),
            err("^nodes:all", "Can't combine \"^\" and \"all\".", 1),
            err("3-1", "Invalid pcpu range: 3-1.", 1),
            err("2,x", "Invalid pcpu range: x.", 1),
            err("0x2", "Invalid pcpu range: 0x2.", 1),
            err("1-", "Invalid pcpu range: 1-.", 1),
            err("-1", "Invalid pcpu range: -1.", 1),
            err("1 ", "Invalid pcpu range: 1 .", 1),
            err("node:", "Invalid pcpu range: .", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.checkText((s, w) -> CpuSpec.parse(s, 64, HOST_NODES, w).toString().replace(" ", ""));
    }
}
