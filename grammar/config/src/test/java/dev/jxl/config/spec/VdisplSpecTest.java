package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vdispl specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class VdisplSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("backend=d,be-alloc=1,connectors=id0:1920x1080;id1:800x600", "{\"backend_domname\":\"d\",\"devid\":0,\"be_alloc\":true,\"connectors\":[{\"unique_id\":\"id0\",\"width\":1920,\"height\":1080},{\"unique_id\":\"id1\",\"width\":800,\"height\":600}]}", 0),
            ok("connectors=id0:foo;id1:800x600", "{\"devid\":0,\"connectors\":[{\"unique_id\":\"id0\"},{}]}", 1),
            ok("connectors=a:-5x3", "{\"devid\":0,\"connectors\":[{\"unique_id\":\"a\",\"width\":4294967291,\"height\":3}]}", 0),
            ok("be-alloc=0x0,connectors=b:1x2,connectors=c:3x4", "{\"devid\":0,\"connectors\":[{\"unique_id\":\"c\",\"width\":3,\"height\":4}]}", 0),
            err("backend=d", "At least one connector should be specified.", 1),
            err("connectors=id0:1024", "Can't parse connector resolution", 1),
            err("connectors=id0:1024x", "Can't parse connector resolution", 1),
            err("x=1", "Unknown string \"x=1\" in vdispl spec", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> VdisplSpec.parse(s, 0, w));
    }
}
