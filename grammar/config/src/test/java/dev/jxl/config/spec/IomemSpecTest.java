package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** iomem specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class IomemSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("fe000,2", "{\"start\":1040384,\"number\":2}", 0),
            ok("fe000,2@1000", "{\"start\":1040384,\"number\":2,\"gfn\":4096}", 0),
            ok("0xfe000,0x2", "{\"start\":1040384,\"number\":2}", 0),
            ok(" fe000, 2", "{\"start\":1040384,\"number\":2}", 0),
            ok("fe000,2@ 10", "{\"start\":1040384,\"number\":2,\"gfn\":16}", 0),
            ok("ffffffffffffffffff,1", "{\"start\":18446744073709551615,\"number\":1}", 0),
            ok("-1,1", "{\"start\":18446744073709551615,\"number\":1}", 0),
            ok("fe000,0", "{\"start\":1040384}", 0),
            err("fe000", "Invalid argument parsing iomem: fe000", 1),
            err("fe000,2@", "Invalid argument parsing iomem: fe000,2@", 1),
            err("fe000,2x", "Invalid argument parsing iomem: fe000,2x", 1),
            err("fe000,2@1000 ", "Invalid argument parsing iomem: fe000,2@1000 ", 1),
            err("fe000 ,2", "Invalid argument parsing iomem: fe000 ,2", 1),
            err("zz,1", "Invalid argument parsing iomem: zz,1", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check(IomemSpec::parse);
    }
}
