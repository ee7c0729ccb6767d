package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.libxl.LibxlEnums.RdmPolicy;
import dev.jxl.config.libxl.LibxlEnums.RdmStrategy;
import dev.jxl.config.libxl.LibxlJson;
import dev.jxl.config.libxl.P9Device;
import dev.jxl.config.libxl.RdmReserve;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a spec's context changes (list index, defaults, earlier items, host), list-of-lists
 * families, and the cases where xl crashes. The JSON expected here was printed by real xl 4.17 for
 * the config named in each test, except where a test says it follows the source.
 */
class SpecContextTest {
    private static final Consumer<String> QUIET = w -> { };

    private static String json(LibxlJson.Struct s) {
        return compact(LibxlJson.render(s));
    }

    @Test
    void vifDevidDefaultsToTheListIndex() {
        // vif=['','devid=9','']
        assertEquals("{\"devid\":0}", json(NicSpec.parse("", 0, NicDefaults.NONE, QUIET)));
        assertEquals("{\"devid\":9}", json(NicSpec.parse("devid=9", 1, NicDefaults.NONE, QUIET)));
        assertEquals("{\"devid\":2}", json(NicSpec.parse("", 2, NicDefaults.NONE, QUIET)));
    }

    @Test
    void vifStartsFromXlConfDefaults() {
        // Follows set_default_nic_values (xl.conf cannot be swapped for the oracle).
        NicDefaults d = new NicDefaults("vif-nat", "xenbr1", "eth1", "dom1");
        assertEquals("{\"backend_domname\":\"dom1\",\"devid\":0,\"bridge\":\"xenbr1\",\"script\":\"vif-nat\","
                        + "\"gatewaydev\":\"eth1\"}",
                json(NicSpec.parse("", 0, d, QUIET)));
        assertEquals("{\"backend_domname\":\"dom1\",\"devid\":0,\"bridge\":\"b\",\"script\":\"vif-nat\","
                        + "\"gatewaydev\":\"eth1\"}",
                json(NicSpec.parse("bridge=b", 0, d, QUIET)));
    }

    @Test
    void vifComplaintsAreWarnings() {
        List<String> w = new ArrayList<>();
        NicSpec.parse("bogus=1,type=foo,mac=zz,netdev=e,accel=1", 0, NicDefaults.NONE, w::add);
        assertEquals(List.of("unrecognized vif argument `bogus=1', ignored",
                "invalid vif parameter `type' (`foo'), ignored",
                "invalid vif parameter `mac', only the bytes before the bad one are set",
                "the vif parameter netdev is deprecated, please use gatewaydev instead",
                "the vif parameter accel is not supported, ignored"), w);
    }

    @Test
    void pciDevicesStartFromTheTopLevelDefaults() {
        // pci_permissive=1 pci_msitranslate=1 pci_seize=1 pci_power_mgmt=1, HVM
        PciDefaults d = new PciDefaults(true, true, true, true, RdmPolicy.INVALID);
        assertEquals("{\"func\":7,\"dev\":31,\"bus\":3,\"vdevfn\":208,\"vfunc_mask\":1,\"msitranslate\":true,"
                        + "\"power_mgmt\":true,\"seize\":true,\"rdm_policy\":\"relaxed\"}",
                json(PciSpec.parse("0000:03:1f.7@1a,permissive=0,rdm_policy=relaxed", d, QUIET)));
        assertEquals("{\"bus\":4,\"vdevfn\":24,\"vfunc_mask\":4294967295,\"msitranslate\":true,\"power_mgmt\":true,"
                        + "\"permissive\":true,\"seize\":true}",
                json(PciSpec.parse("bdf=04:00.*,vslot=0x3", d, QUIET)));
        assertEquals("{\"msitranslate\":true,\"power_mgmt\":true,\"permissive\":true,\"name\":\"foo\"}",
                json(PciSpec.parse("name=foo,seize=0", d, QUIET)));
        assertEquals("{\"func\":1,\"bus\":5,\"vfunc_mask\":1,\"permissive\":true,\"seize\":true}",
                json(PciSpec.parse("05:00.1,msitranslate=0,power_mgmt=0", d, QUIET)));
    }

    @Test
    void pciInheritsTheRdmPolicyEvenWhenUnnamed() {
        // HVM rdm='strategy=host' then pci=['03:00.0']: xl copies its uninitialised policy (null).
        PciDefaults unnamed = new PciDefaults(false, false, false, false, null);
        assertEquals("{\"bus\":3,\"vfunc_mask\":1,\"rdm_policy\":null}",
                json(PciSpec.parse("03:00.0", unnamed, QUIET)));
        // PV pci=['03:00.0']: xl reads the policy through the PV union member, which holds 0: strict.
        PciDefaults pv = new PciDefaults(false, false, false, false, RdmPolicy.STRICT);
        assertEquals("{\"bus\":3,\"vfunc_mask\":1,\"rdm_policy\":\"strict\"}",
                json(PciSpec.parse("03:00.0", pv, QUIET)));
    }

    @Test
    void pciErrorOffsets() {
        assertEquals(8, assertThrows(SpecException.class,
                () -> PciSpec.parse("03:00.0,foo=1", PciDefaults.NONE, QUIET)).offset());
        assertEquals(-1, assertThrows(SpecException.class,
                () -> PciSpec.parse("03:00.0,name=x", PciDefaults.NONE, QUIET)).offset());
    }

    @Test
    void diskErrorOffsetPointsAtTheToken() {
        SpecException e = assertThrows(SpecException.class, () -> DiskSpec.parse("/x,,xvda,access=x", QUIET));
        assertEquals(16, e.offset());
    }

    @Test
    void vfbBringsAKeyboardWithTheSameDevid() {
        // vfb=['','vnc=1'] vkb=['backend-type=linux']
        VfbSpec.Result first = VfbSpec.parse("", 0, QUIET);
        VfbSpec.Result second = VfbSpec.parse("vnc=1", 1, QUIET);
        assertEquals("{\"devid\":0,\"vnc\":{},\"sdl\":{}}", json(first.vfb()));
        assertEquals("{\"devid\":0}", json(first.vkb()));
        assertEquals("{\"devid\":1,\"vnc\":{\"enable\":\"True\"},\"sdl\":{}}", json(second.vfb()));
        assertEquals("{\"devid\":1}", json(second.vkb()));
        assertEquals("{\"devid\":2,\"backend_type\":\"linux\"}",
                json(VkbSpec.parse("backend-type=linux", 2, QUIET)));
    }

    @Test
    void devidsFollowTheListIndex() {
        // vtpm=['backend=a','backend=b'] pvcalls=['',''] usbctrl=['',''] channel=[…pty, …pty]
        assertEquals("{\"backend_domname\":\"b\",\"devid\":1}", json(VtpmSpec.parse("backend=b", 1, QUIET)));
        assertEquals("{\"devid\":1}", json(PvcallsSpec.parse("", 1, QUIET)));
        assertEquals("{\"devid\":1}", json(UsbctrlSpec.parse("", 1, QUIET)));
        assertEquals("{\"devid\":1,\"connection.pty\":{}}", json(ChannelSpec.parse("connection=pty", 1, QUIET)));
        assertEquals("{\"devid\":1,\"connectors\":[{\"unique_id\":\"b\",\"width\":2,\"height\":2}]}",
                json(VdisplSpec.parse("connectors=b:2x2", 1, QUIET)));
    }

    @Test
    void p9FieldsCarryOverFromEarlierItems() {
        // p9=['tag=a,security_model=none,path=/p,backend=d', 'tag=b']
        P9Device a = P9Spec.parse("tag=a,security_model=none,path=/p,backend=d", null, QUIET);
        P9Device b = P9Spec.parse("tag=b", a, QUIET);
        assertEquals("{\"backend_domname\":\"d\",\"tag\":\"b\",\"path\":\"/p\",\"security_model\":\"none\"}", json(b));
    }

    @Test
    void usbdevBadTypeNamesTheValue() {
        // xl prints "Invalid usb device type: (null)" (it formats getopt's optarg); exit 1 either way.
        SpecException e = assertThrows(SpecException.class, () -> UsbdevSpec.parse("type=foo", QUIET));
        assertEquals("Invalid usb device type: foo", e.getMessage());
        assertEquals(1, e.xlExitCode());
    }

    @Test
    void specsThatCrashXlAreRefused() {
        assertThrows(SpecException.class, () -> ChannelSpec.parse("", 0, QUIET)); // xl: SIGSEGV
        assertThrows(SpecException.class, () -> VdisplSpec.parse("connectors=id0", 0, QUIET)); // xl: abort
        assertThrows(SpecException.class, () -> VdisplSpec.parse("connectors=", 0, QUIET));
        assertThrows(SpecException.class,
                () -> VsndSpec.parse(List.of("card, sample-rates="), 0, QUIET));
        assertThrows(SpecException.class,
                () -> VnumaSpec.parse(List.of(List.of("size=1", "vcpus=")), 0, 64, 8, QUIET));
    }

    @Test
    void vsndCardWithPcmsAndStreams() {
        String json = json(VsndSpec.parse(List.of(
                "card, backend=d, short-name=Card, long-name=Virtual card, sample-rates=8000;22050, "
                        + "sample-formats=s16_le;F32_LE, channels-min=1, channels-max=2, buffer-size=65536",
                "pcm, name=p0, sample-rates=48000",
                "stream, unique-id=s0, type=P, channels-max=6",
                "stream, unique-id=s1, type=c",
                "pcm, name=p1"), 0, QUIET));
        assertEquals("{\"backend_domname\":\"d\",\"devid\":0,\"short_name\":\"Card\",\"long_name\":\"Virtual card\","
                + "\"params\":{\"sample_rates\":[8000,22050],\"sample_formats\":[\"s16_le\",\"f32_le\"],"
                + "\"channels_min\":1,\"channels_max\":2,\"buffer_size\":65536},\"pcms\":[{\"name\":\"p0\","
                + "\"params\":{\"sample_rates\":[48000]},\"streams\":[{\"unique_id\":\"s0\",\"type\":\"p\","
                + "\"params\":{\"channels_max\":6}},{\"unique_id\":\"s1\",\"type\":\"c\",\"params\":{}}]},"
                + "{\"name\":\"p1\",\"params\":{}}]}", json);
    }

    @Test
    void vsndStreamWithoutPcmMakesOne() {
        assertEquals("{\"devid\":0,\"params\":{},\"pcms\":[{\"params\":{},\"streams\":[{\"unique_id\":\"s0\","
                + "\"params\":{}}]}]}", json(VsndSpec.parse(List.of("stream, unique-id=s0"), 0, QUIET)));
        assertEquals("{\"devid\":1,\"params\":{}}", json(VsndSpec.parse(List.of("card"), 1, QUIET)));
        assertEquals("{\"devid\":0,\"params\":{}}", json(VsndSpec.parse(List.of(), 0, QUIET)));
    }

    @Test
    void vsndErrors() {
        assertEquals("Invalid parameter: foo=1", vsndError("card, foo=1"));
        assertEquals("Invalid key: box", vsndError("box"));
        assertEquals("Invalid pcm format: zz", vsndError("pcm, sample-formats=zz"));
        assertEquals("Invalid stream type: x", vsndError("stream, type=x"));
        assertEquals("Invalid parameter: Name=b", vsndError("PCM,name=a,Name=b"));
    }

    private static String vsndError(String item) {
        return assertThrows(SpecException.class, () -> VsndSpec.parse(List.of(item), 0, QUIET)).getMessage();
    }

    @Test
    void vnumaTwoNodes() {
        VnumaSpec.Result r = VnumaSpec.parse(List.of(
                List.of("pnode=0", "size=512", "vcpus=0-1", "vdistances=10,20"),
                List.of("pnode=1", "size=1024", "vcpus=2", "vdistances=20,10")), 0, 64, 8, QUIET);
        assertEquals("[{\"memkb\":524288,\"distances\":[10,20],\"vcpus\":[0,1]},"
                + "{\"memkb\":1048576,\"distances\":[20,10],\"pnode\":1,\"vcpus\":[2]}]", nodes(r));
        assertEquals(3, r.vcpuCount());
        assertEquals(1572864, r.memkbTotal());
        assertTrue(r.pnodeGiven());
    }

    @Test
    void vnumaQuirks() {
        // trimmed options, extra distances dropped, unknown options ignored
        VnumaSpec.Result r = VnumaSpec.parse(List.of(
                List.of("size=512", "vcpus=0-1,3", "foo=bar", " vdistances = 10 , 20 ")), 0, 64, 8, QUIET);
        assertEquals("[{\"memkb\":524288,\"distances\":[10],\"vcpus\":[0,1,3]}]", nodes(r));
        assertEquals(3, r.vcpuCount());
        assertFalse(r.pnodeGiven());
        // a bad range counts its partial bounds: vCPU 0 twice
        r = VnumaSpec.parse(List.of(List.of("size=512", "vcpus=0,x-3")), 0, 64, 8, QUIET);
        assertEquals("[{\"memkb\":524288,\"distances\":[0],\"vcpus\":[0]}]", nodes(r));
        assertEquals(2, r.vcpuCount());
        r = VnumaSpec.parse(List.of(List.of("size=512", "vcpus=2-0")), 0, 64, 8, QUIET);
        assertEquals("[{\"memkb\":524288,\"distances\":[0]}]", nodes(r));
        assertEquals(0, r.vcpuCount());
        r = VnumaSpec.parse(List.of(List.of("size=512", "vcpus=0-99")), 0, 64, 8, QUIET);
        assertEquals(100, r.vcpuCount()); // the caller then refuses: more vcpus than pcpus
    }

    @Test
    void vnumaErrors() {
        assertEquals("invalid pnode number: 9", vnumaError("pnode=9"));
        assertEquals("failed to convert \"x\" to number", vnumaError("size=x"));
        assertEquals("failed to split \"size\" into pair", vnumaError("size"));
    }

    private static String vnumaError(String option) {
        return assertThrows(SpecException.class,
                () -> VnumaSpec.parse(List.of(List.of(option, "vcpus=0")), 0, 64, 8, QUIET)).getMessage();
    }

    private static String nodes(VnumaSpec.Result r) {
        StringBuilder b = new StringBuilder("[");
        r.nodes().forEach(n -> b.append(b.length() > 1 ? "," : "").append(json(n)));
        return b.append(']').toString();
    }

    @Test
    void rdmResultSaysWhenTheBugApplies() {
        RdmSpec.Result r = RdmSpec.parse("strategy=host,policy=relaxed", QUIET);
        assertNull(r.xl());
        assertTrue(r.policyBugApplied());
        assertEquals(new RdmReserve(RdmStrategy.HOST, RdmPolicy.RELAXED, false), r.intended());

        r = RdmSpec.parse("strategy=host", QUIET);
        assertEquals(new RdmReserve(RdmStrategy.HOST, RdmPolicy.INVALID, true), r.xl());
        assertFalse(r.xlStrategyUnnamed());
        assertFalse(r.policyBugApplied());
        assertEquals(new RdmReserve(RdmStrategy.HOST, RdmPolicy.INVALID, false), r.intended());

        r = RdmSpec.parse("strategy=host,policy=bogus", QUIET);
        assertFalse(r.policyBugApplied());
        assertNull(r.intended());

        r = RdmSpec.parse("strategy=host,", QUIET);
        assertNull(r.xl());
        assertNull(r.intended());
        assertFalse(r.policyBugApplied());
    }

    @Test
    void cpuNodesUseTheHostNodeMap() {
        // Follows update_cpumap_range / libxl_node_to_cpumap (the oracle has no topology).
        List<List<Integer>> nodes = List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7));
        assertEquals(List.of(4, 5, 6, 7), CpuSpec.parse("node:1", 8, nodes, QUIET));
        assertEquals(List.of(0, 1, 2, 3, 5), CpuSpec.parse("nodes:0-1,^4,^6-7", 8, nodes, QUIET));
        assertEquals(List.of(), CpuSpec.parse("node:5", 8, nodes, QUIET));
    }

    @Test
    void cpuBitmapIsRoundedUpToWholeBytes() {
        // libxl_cpu_bitmap_alloc: (6 + 7) / 8 bytes, and "all" sets every bit of them.
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), CpuSpec.parse("all", 6, List.of(), QUIET));
        assertEquals(List.of(7), CpuSpec.parse("7-9", 6, List.of(), QUIET));
    }

    @Test
    void emptyHardAffinityIsRefusedAfterParsing() {
        // cpus='100' on 64 CPUs: "vcpu hard affinity map is empty", exit 1
        List<Integer> map = CpuSpec.parse("100", 64, List.of(), QUIET);
        SpecException e = assertThrows(SpecException.class, () -> CpuSpec.checkHardAffinity(List.of(map)));
        assertEquals(CpuSpec.EMPTY_HARD_AFFINITY, e.getMessage());
    }
}
