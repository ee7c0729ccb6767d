package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rdm string, with xl 4.17's policy bug. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class RdmSpecTest {
    /** The {@code type.hvm.rdm} JSON xl prints: b_info's default when xl ignored the string. */
    static String xlJson(String spec, java.util.function.Consumer<String> warn) {
        RdmSpec.Result r = RdmSpec.parse(spec, warn);
        if (r.xl() == null) {
            return SpecCase.compact(dev.jxl.config.libxl.LibxlJson.render(dev.jxl.config.libxl.RdmReserve.UNSET));
        }
        dev.jxl.config.libxl.LibxlJson.Struct s = r.xlStrategyUnnamed()
                ? j -> {
                    j.enumeration("strategy", null, dev.jxl.config.libxl.LibxlEnums.RdmStrategy.IGNORE);
                    r.xl().writeFields(j);
                }
                : r.xl();
        return SpecCase.compact(dev.jxl.config.libxl.LibxlJson.render(s));
    }

    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("strategy=host", "{\"strategy\":\"host\",\"policy\":null}", 0),
            ok("strategy=host,policy=relaxed", "{}", 0),
            ok("policy=strict", "{}", 0),
            ok("policy=bogus", "{\"strategy\":null,\"policy\":null}", 1),
            ok("strategy=host,policy=bogus", "{\"strategy\":\"host\",\"policy\":null}", 1),
            ok("strategy=foo", "{}", 1),
            ok("foo=bar", "{}", 1),
            ok("strategy=host,", "{}", 0),
            ok("host", "{}", 0),
            ok("strategy=host,policy=invalid", "{}", 0),
            ok("", "{}", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.checkText(RdmSpecTest::xlJson);
    }
}
