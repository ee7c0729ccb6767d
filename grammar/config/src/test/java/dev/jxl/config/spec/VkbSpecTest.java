package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vkb specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class VkbSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("backend-type=linux,backend=d,unique-id=k0,feature-disable-keyboard=1,feature-disable-pointer=1,feature-abs-pointer=1,feature-raw-pointer=1,width=800,height=600", "{\"backend_domname\":\"d\",\"devid\":0,\"backend_type\":\"linux\",\"unique_id\":\"k0\",\"feature_disable_keyboard\":true,\"feature_disable_pointer\":true,\"feature_abs_pointer\":true,\"feature_raw_pointer\":true,\"width\":800,\"height\":600}", 0),
            ok("backend-type=qemu,multi-touch-width=10,multi-touch-height=20,multi-touch-num-contacts=3", "{\"devid\":0,\"backend_type\":\"qemu\",\"feature_multi_touch\":true,\"multi_touch_width\":10,\"multi_touch_height\":20,\"multi_touch_num_contacts\":3}", 0),
            ok("backend-type=QEMU, width=0x10,feature-abs-pointer=0", "{\"devid\":0,\"backend_type\":\"qemu\",\"width\":16}", 0),
            ok("backend-type=qemu,multi-touch-num-contacts=2", "{\"devid\":0,\"backend_type\":\"qemu\",\"feature_multi_touch\":true,\"multi_touch_num_contacts\":2}", 0),
            err("backend-type=qemu,feature-multi-touch=1", "multi-touch-width, multi-touch-height, multi-touch-num-contacts should be set for multi touch in vkb spec", 1),
            err("backend=d", "backend-type should be set in vkb spec", 1),
            err("backend-type=xx", "Unknown backend_type \"xx\" in vkb spec", 1),
            err("backend-type=unknown", "backend-type should be set in vkb spec", 1),
            err("backend-type=qemu,zz", "Unknown string \"zz\" in vkb spec", 1),
            err("backend-type=qemu,backend", "Unknown string \"backend\" in vkb spec", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> VkbSpec.parse(s, 0, w));
    }
}
