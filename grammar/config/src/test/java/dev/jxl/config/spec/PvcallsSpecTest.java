package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** pvcalls specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class PvcallsSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("backend=d", "{\"backend_domname\":\"d\",\"devid\":0}", 0),
            ok("", "{\"devid\":0}", 0),
            ok("backend=a,backend=b,stop,x=1", "{\"backend_domname\":\"b\",\"devid\":0}", 0),
            err("x=1", "Unknown string `x' in pvcalls spec", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> PvcallsSpec.parse(s, 0, w));
    }
}
