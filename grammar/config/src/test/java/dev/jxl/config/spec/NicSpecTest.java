package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vif specs: every key, the mac and rate quirks, complaints and fatal errors. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class NicSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("", "{\"devid\":0}", 0),
            ok("mac=00:16:3e:00:00:01,bridge=xenbr0", "{\"devid\":0,\"mac\":\"00:16:3e:00:00:01\",\"bridge\":\"xenbr0\"}", 0),
            ok("mac=00:16:3E:0A:Bb:fF", "{\"devid\":0,\"mac\":\"00:16:3e:0a:bb:ff\"}", 0),
            ok("mac=00:16:3e,bridge=xenbr0", "{\"devid\":0,\"mac\":\"00:16:3e:0b:00:00\",\"bridge\":\"xenbr0\"}", 1),
            ok("mac=00:16:3e", "{\"devid\":0,\"mac\":\"00:16:3e:00:00:00\"}", 1),
            ok("mac=0x1-2-3-4-5-6", "{\"devid\":0,\"mac\":\"01:02:03:04:05:06\"}", 0),
            ok("mac=100000000:1:2:3:4:5", "{\"devid\":0,\"mac\":\"00:01:02:03:04:05\"}", 0),
            ok("mac=1ff:0:0:0:0:0", "{\"devid\":0}", 1),
            ok("bogus=1,type=foo,model=e1000", "{\"devid\":0,\"model\":\"e1000\"}", 2),
            ok("netdev=eth0,accel=1,trusted", "{\"devid\":0,\"gatewaydev\":\"eth0\",\"trusted\":\"True\"}", 2),
            ok("type=vif,untrusted", "{\"devid\":0,\"nictype\":\"vif\",\"trusted\":\"False\"}", 0),
            ok("devid=5,mtu=1500,untrusted,type=ioemu", "{\"devid\":5,\"mtu\":1500,\"nictype\":\"vif_ioemu\",\"trusted\":\"False\"}", 0),
            ok("devid=4294967297", "{\"devid\":1}", 0),
            ok(",,  ip=1.2.3.4 , vifname=v", "{\"devid\":0,\"ip\":\"1.2.3.4 \",\"ifname\":\"v\"}", 0),
            ok("backend=d0,script=s,gatewaydev=g,colo_checkpoint_port=9,forwarddev=f", "{\"backend_domname\":\"d0\",\"devid\":0,\"script\":\"s\",\"gatewaydev\":\"g\",\"coloft_forwarddev\":\"f\",\"colo_checkpoint_port\":\"9\"}", 0),
            ok("colo_sock_mirror_id=1,colo_sock_mirror_ip=2,colo_sock_mirror_port=3,colo_filter_sec_rewriter0_queue=q,colo_compare_out=o,colo_checkpoint_host=h", "{\"devid\":0,\"colo_sock_mirror_id\":\"1\",\"colo_sock_mirror_ip\":\"2\",\"colo_sock_mirror_port\":\"3\",\"colo_compare_out\":\"o\",\"colo_filter_sec_rewriter0_queue\":\"q\",\"colo_checkpoint_host\":\"h\"}", 0),
            ok("colo_bogus=1", "{\"devid\":0}", 1),
            ok("rate=10Mb/s@20ms", "{\"devid\":0,\"rate_bytes_per_interval\":25000,\"rate_interval_usecs\":20000}", 0),
            ok("rate=1GB/s", "{\"devid\":0,\"rate_bytes_per_interval\":50000000,\"rate_interval_usecs\":50000}", 0),
            ok("rate=100KB/s@1us", "{\"devid\":0,\"rate_interval_usecs\":1}", 0),
            ok("rate=010Kb/s@1s", "{\"devid\":0,\"rate_bytes_per_interval\":1000,\"rate_interval_usecs\":1000000}", 0),
            ok("rate=8b/s@2", "{\"devid\":0,\"rate_bytes_per_interval\":2,\"rate_interval_usecs\":2000000}", 0),
            ok("rate=5B/s@020m", "{\"devid\":0,\"rate_interval_usecs\":16000}", 0),
            err("rate=08Mb/s", "config parsing error in vif: rate overflow in `08Mb/s'", 1),
            err("rate=10mb/s", "config parsing error in vif: invalid rate in `10mb/s'", 1),
            err("rate=@20ms", "config parsing error in vif: no rate specified in `@20ms'", 1),
            err("rate=", "config parsing error in vif: no rate specified in `'", 1),
            err("rate=10Mb/s@0ms", "config parsing error in vif: replenishment interval overflow in `0ms'", 1),
            err("rate=10Mb/s@20x", "config parsing error in vif: invalid replenishment interval in `20x'", 1),
            err("rate=4294967296B/s", "config parsing error in vif: rate overflow in `4294967296B/s'", 1),
            err("rate=4294967295GB/s@4294967295", "config parsing error in vif: replenishment interval overflow in `4294967295'", 1),
            err("rate=4294967295GB/s@4294967ms", "config parsing error in vif: rate overflow in `4294967295GB/s@4294967ms'", 1),
            err("mtu=x", "failed to convert \"x\" to number", 1),
            err("devid=", "failed to convert \"\" to number", 1),
            ok("trusted ,bridge=b", "{\"devid\":0,\"bridge\":\"b\"}", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> NicSpec.parse(s, 0, NicDefaults.NONE, w));
    }

    /** A 1 MB spec of 90,000 tokens parses in one pass (a copy of the buffer per token took 95 s). */
    @Test
    void aLongSpecIsLinear() {
        String spec = "bype=ioemu,".repeat(90_000) + "mac=00:16:3e:00:00:01";
        AtomicInteger warnings = new AtomicInteger();
        var nic = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> NicSpec.parse(spec, 0, NicDefaults.NONE, w -> warnings.incrementAndGet()));
        assertEquals(90_000, warnings.get());
        assertEquals(0x01, nic.mac().b5());
    }
}
