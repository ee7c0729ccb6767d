package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** channel specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class ChannelSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("name=org.qemu.guest_agent.0, connection=socket, path=/tmp/s", "{\"devid\":0,\"name\":\"org.qemu.guest_agent.0\",\"connection.socket\":{\"path\":\"/tmp/s\"}}", 0),
            ok("connection=pty,backend=d0,foo=1", "{\"backend_domname\":\"d0\",\"devid\":0,\"connection.pty\":{}}", 1),
            ok("connection=pty, path=/a=b , name = n ", "{\"devid\":0,\"name\":\"n\",\"connection.pty\":{}}", 0),
            ok("connection=socket,path=/a=b", "{\"devid\":0,\"connection.socket\":{\"path\":\"/a\"}}", 0),
            ok(",,connection=pty,,", "{\"devid\":0,\"connection.pty\":{}}", 0),
            err("name=x", "channel has unknown 'connection'", 1),
            err("connection=socket", "channel connection 'socket' requires path=..", 1),
            err("connection=tcp", "unknown channel connection 'tcp'", 1),
            err("name", "failed to parse channel configuration: name", 1),
            err("connection=pty,=x", "failed to parse channel configuration: =x", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> ChannelSpec.parse(s, 0, w));
    }
}
