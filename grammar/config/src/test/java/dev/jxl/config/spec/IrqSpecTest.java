package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** irqs items. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class IrqSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("7", "7", 0),
            ok(" 7", "7", 0),
            ok("+9", "9", 0),
            err("0x7", "Invalid argument parsing irq: 0x7", 1),
            err("7 ", "Invalid argument parsing irq: 7 ", 1),
            err("4294967295", "irq ffffffff too big", 1),
            err("-1", "irq ffffffffffffffff too big", 1),
            err("", "Invalid argument parsing irq: ", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.checkText((s, w) -> Long.toString(IrqSpec.parse(s, w)));
    }
}
