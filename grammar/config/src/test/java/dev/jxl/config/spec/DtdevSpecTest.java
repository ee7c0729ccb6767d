package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** dtdev specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class DtdevSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("/soc/x", "{\"path\":\"/soc/x\"}", 0),
            ok("", "{\"path\":\"\"}", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check(DtdevSpec::parse);
    }
}
