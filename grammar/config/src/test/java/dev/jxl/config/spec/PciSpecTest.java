package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** pci specs: BDF forms, vslot, every key, defaults, and the exit status of each failure. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class PciSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("03:00.0", "{\"bus\":3,\"vfunc_mask\":1}", 0),
            ok("3:0.1", "{\"func\":1,\"bus\":3,\"vfunc_mask\":1}", 0),
            ok("0000:03:1f.7@1a,permissive=0,rdm_policy=relaxed", "{\"func\":7,\"dev\":31,\"bus\":3,\"vdevfn\":208,\"vfunc_mask\":1,\"rdm_policy\":\"relaxed\"}", 0),
            ok("ffff:ff:1f.7", "{\"func\":7,\"dev\":31,\"bus\":255,\"domain\":65535,\"vfunc_mask\":1}", 0),
            ok("bdf=04:00.*,vslot=0x3", "{\"bus\":4,\"vdevfn\":24,\"vfunc_mask\":4294967295}", 0),
            ok("04:00.*@3", "{\"bus\":4,\"vdevfn\":24,\"vfunc_mask\":4294967295}", 0),
            ok("name=foo,seize=0", "{\"name\":\"foo\"}", 0),
            ok("03:00.0,bdf=04:00.0", "{\"bus\":4,\"vfunc_mask\":1}", 0),
            ok("03:00.0,", "{\"bus\":3,\"vfunc_mask\":1}", 0),
            ok("03: 1f.0", "{\"dev\":31,\"bus\":3,\"vfunc_mask\":1}", 0),
            ok("03:00.0@0x1f", "{\"bus\":3,\"vdevfn\":248,\"vfunc_mask\":1}", 0),
            ok("bdf=03:00.1junk,vslot=3zz", "{\"func\":1,\"bus\":3,\"vdevfn\":24,\"vfunc_mask\":1}", 0),
            ok("03:00.0,msitranslate=1,power_mgmt=2,seize=1,permissive=1,rdm_policy=STRICT", "{\"bus\":3,\"vfunc_mask\":1,\"msitranslate\":true,\"power_mgmt\":true,\"permissive\":true,\"seize\":true,\"rdm_policy\":\"strict\"}", 0),
            ok("3:0.1,rdm_policy=invalid", "{\"func\":1,\"bus\":3,\"vfunc_mask\":1}", 0),
            err("03:00.9", "unable to parse PCI_SPEC_STRING `03:00.9' for passthrough", 6),
            err("03:00.1junk", "unable to parse PCI_SPEC_STRING `03:00.1junk' for passthrough", 6),
            err("03:00.0,foo=1", "unable to parse PCI_SPEC_STRING `03:00.0,foo=1' for passthrough: Unknown PCI_SPEC_STRING option: foo", 6),
            err("03:00.0,rdm_policy=bogus", "unable to parse PCI_SPEC_STRING `03:00.0,rdm_policy=bogus' for passthrough: Unknown RDM policy: bogus", 3),
            err("03:00.0@20", "unable to parse PCI_SPEC_STRING `03:00.0@20' for passthrough", 6),
            err("03:00.0,name=x", "unable to parse PCI_SPEC_STRING `03:00.0,name=x' for passthrough", 6),
            err("permissive=1", "unable to parse PCI_SPEC_STRING `permissive=1' for passthrough", 6),
            err("1:2:3:4.0", "unable to parse PCI_SPEC_STRING `1:2:3:4.0' for passthrough", 6),
            err("10000:00:00.0", "unable to parse PCI_SPEC_STRING `10000:00:00.0' for passthrough", 6),
            err("03:100.0", "unable to parse PCI_SPEC_STRING `03:100.0' for passthrough", 6),
            err("100:00.0", "unable to parse PCI_SPEC_STRING `100:00.0' for passthrough", 6),
            err("03:20.0", "unable to parse PCI_SPEC_STRING `03:20.0' for passthrough", 6),
            err("03:00.0,noeq", "unable to parse PCI_SPEC_STRING `03:00.0,noeq' for passthrough", 6),
            err("03:00", "unable to parse PCI_SPEC_STRING `03:00' for passthrough", 6),
            err(" 03:00.0", "unable to parse PCI_SPEC_STRING ` 03:00.0' for passthrough", 6),
            err("0x3:00.0", "unable to parse PCI_SPEC_STRING `0x3:00.0' for passthrough", 6),
            err("03:00.0@", "unable to parse PCI_SPEC_STRING `03:00.0@' for passthrough", 6),
            err("03:00.0@1,@", "unable to parse PCI_SPEC_STRING `03:00.0@1,@' for passthrough", 6),
            err("bdf=3:0.0,bdf=5:0.0,name=x", "unable to parse PCI_SPEC_STRING `bdf=3:0.0,bdf=5:0.0,name=x' for passthrough", 6),
            err("=x", "unable to parse PCI_SPEC_STRING `=x' for passthrough: Unknown PCI_SPEC_STRING option: ", 6),
            err("03:00.0,vslot=40", "unable to parse PCI_SPEC_STRING `03:00.0,vslot=40' for passthrough", 6),
            err("bdf=zz", "unable to parse PCI_SPEC_STRING `bdf=zz' for passthrough", 6),
            err("03:00.9,name=foo", "unable to parse PCI_SPEC_STRING `03:00.9,name=foo' for passthrough: Unknown PCI_SPEC_STRING option: 03:00.9,name", 6),
            err("", "unable to parse PCI_SPEC_STRING `' for passthrough", 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check((s, w) -> PciSpec.parse(s, PciDefaults.NONE, w));
    }
}
