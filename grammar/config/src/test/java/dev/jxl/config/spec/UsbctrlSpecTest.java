package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** usbctrl specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class UsbctrlSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("type=qusb,version=2,ports=8", "{\"type\":\"qusb\",\"devid\":0,\"version\":2,\"ports\":8}", 0),
            ok("type=auto,version=3", "{\"devid\":0,\"version\":3}", 0),
            ok("type=PV", "{\"type\":\"pv\",\"devid\":0}", 0),
            ok("type=devicemodel,ports=0x10", "{\"type\":\"devicemodel\",\"devid\":0}", 0),
            ok("", "{\"devid\":0}", 0),
            err("type=foo", "Invalid usb controller type 'foo'", 1),
            err("bar", "Unknown string `bar' in usbctrl spec", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> UsbctrlSpec.parse(s, 0, w));
    }
}
