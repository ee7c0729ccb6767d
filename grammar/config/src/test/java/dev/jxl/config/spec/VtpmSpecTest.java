package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vtpm specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class VtpmSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("backend=d0,uuid=12345678-ABCD-1234-1234-1234567890ab", "{\"backend_domname\":\"d0\",\"devid\":0,\"uuid\":\"12345678-abcd-1234-1234-1234567890ab\"}", 0),
            ok("backend=d0,uuid=00000000-0000-0000-0000-000000000000", "{\"backend_domname\":\"d0\",\"devid\":0}", 0),
            ok(" backend=d,junk,foo=1", "{\"backend_domname\":\"d\",\"devid\":0}", 0),
            err("uuid=x,backend=d", "Failed to parse vtpm UUID: x", 1),
            err("backend=d,uuid=12345678-abcd-1234-1234-1234567890abc", "Failed to parse vtpm UUID: 12345678-abcd-1234-1234-1234567890abc", 1),
            err("backend=d,uuid=12345678_abcd-1234-1234-1234567890ab", "Failed to parse vtpm UUID: 12345678_abcd-1234-1234-1234567890ab", 1),
            err("backend=d,foo=1", "Unknown string `foo' in vtpm spec", 1),
            err("foo", "vtpm spec missing required backend field!", 1),
            err("", "vtpm spec missing required backend field!", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> VtpmSpec.parse(s, 0, w));
    }
}
