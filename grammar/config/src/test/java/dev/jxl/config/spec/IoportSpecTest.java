package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ioports specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class IoportSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("3f8-3ff", "{\"first\":1016,\"number\":8}", 0),
            ok("2f8", "{\"first\":760,\"number\":1}", 0),
            ok("2f8junk", "{\"first\":760,\"number\":1}", 1),
            ok("3ff-3f8", "{\"first\":1023,\"number\":4294967290}", 0),
            ok("0x60", "{\"first\":96,\"number\":1}", 0),
            err("x", "Invalid argument parsing ioport: x", 1),
            err("3f8-3fx", "Invalid argument parsing ioport: 3f8-3fx", 1),
            err("3f8-", "Invalid argument parsing ioport: 3f8-", 1),
            err("100000000", "ioport 100000000 too big", 1),
            err("1-ffffffff", "ioport ffffffff too big", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check(IoportSpec::parse);
    }
}
