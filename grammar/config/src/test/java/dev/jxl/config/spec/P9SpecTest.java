package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** p9 specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class P9SpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("tag=t,security_model=none,path=/p,backend=d", "{\"backend_domname\":\"d\",\"tag\":\"t\",\"path\":\"/p\",\"security_model\":\"none\"}", 0),
            ok("path=/p=q, tag=t,security_model=mapped,junk,x=1", "{\"tag\":\"t\",\"path\":\"/p=q\",\"security_model\":\"mapped\"}", 0),
            err("tag=t,path=/p", "9pfs spec missing required field!", 1),
            err("tag=t,path=/p,security_model=m,x=1", "Unknown string `x' in 9pfs spec", 1),
            err("", "9pfs spec missing required field!", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> P9Spec.parse(s, null, w));
    }
}
