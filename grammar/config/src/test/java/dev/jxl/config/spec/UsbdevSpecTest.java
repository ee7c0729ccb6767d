package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** usbdev specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class UsbdevSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("hostbus=1,hostaddr=0x10,controller=1,port=2", "{\"ctrl\":1,\"port\":2}", 0),
            ok("type=hostdev,hostbus=300,hostaddr=0x10,controller=-1,port=2", "{\"port\":2,\"type.hostdev\":{\"hostbus\":44,\"hostaddr\":16}}", 0),
            ok("hostbus=1,type=HOSTDEV", "{\"type.hostdev\":{\"hostbus\":1}}", 0),
            ok("type=hostdev", "{\"type.hostdev\":{}}", 0),
            err("baz=1", "Unknown string `baz=1' in usbdev spec", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check(UsbdevSpec::parse);
    }
}
