package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** vfb specs. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class VfbSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("vnc=1,vnclisten=0.0.0.0,vncpasswd=pw,vncdisplay=3,vncunused=0,keymap=fr,sdl=1,opengl=0,display=:0,xauthority=/x", "{\"devid\":0,\"vnc\":{\"enable\":\"True\",\"listen\":\"0.0.0.0\",\"passwd\":\"pw\",\"display\":3,\"findunused\":\"False\"},\"sdl\":{\"enable\":\"True\",\"opengl\":\"False\",\"display\":\":0\",\"xauthority\":\"/x\"},\"keymap\":\"fr\"}", 0),
            ok("vnc=1,bogus=2,stop,sdl=1", "{\"devid\":0,\"vnc\":{\"enable\":\"True\"},\"sdl\":{}}", 0),
            ok("", "{\"devid\":0,\"vnc\":{},\"sdl\":{}}", 0),
            ok("vnc=x, sdl=2,vncunused=1,opengl=1", "{\"devid\":0,\"vnc\":{\"enable\":\"False\",\"findunused\":\"True\"},\"sdl\":{\"enable\":\"True\",\"opengl\":\"True\"}}", 0),
            ok("vnclisten=a=b,,keymap=de", "{\"devid\":0,\"vnc\":{\"listen\":\"a=b\"},\"sdl\":{},\"keymap\":\"de\"}", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> VfbSpec.parse(s, 0, w).vfb());
    }
}
