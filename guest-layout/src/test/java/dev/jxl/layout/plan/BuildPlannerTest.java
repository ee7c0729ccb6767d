package dev.jxl.layout.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.plan.BuildInputs.GfnRange;
import dev.jxl.layout.plan.BuildStep.CreateDomain;
import dev.jxl.config.libxl.DomainType;
import dev.jxl.layout.plan.BuildStep.LoadAcpi;
import dev.jxl.layout.plan.BuildStep.MapMmio;
import dev.jxl.layout.plan.BuildStep.MapPmem;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.layout.e820.E820Type;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.plan.BuildStep.WriteXenstore;
import dev.jxl.units.Bytes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildPlannerTest {

    static DomainConfig config(String text) {
        return ConfigLoader.fromText("t.cfg", text, List.of()).config();
    }

    static BuildInputs ram(List<GfnRange> below, List<GfnRange> above) {
        return new BuildInputs(below, above, List.of(), List.of(), List.of(), Optional.empty(), 0, List.of());
    }

    @Test
    void pvGuestInLibxlOrder() {
        DomainConfig c = config("name = \"g\"\ntype = \"pv\"\nkernel = \"/k\"\nmemory = 512\nmaxmem = 1024\n"
                + "vcpus = 2\nmaxvcpus = 3\n");
        BuildPlan p = BuildPlanner.plan(c, ram(List.of(new GfnRange(0, 0x20000)), List.of()));
        assertEquals("""
                 0 createdomain name=g type=pv max_vcpus=3
                 1 max_mem max_memkb=525312
                 2 populate_physmap gfn=0x0 nr=0x20000
                 3 xenstore_write name = "g"
                 4 xenstore_write memory/static-max = "1048576"
                 5 xenstore_write memory/target = "524288"
                 6 xenstore_write memory/videoram = "0"
                 7 xenstore_write cpu/0/availability = "online"
                 8 xenstore_write cpu/1/availability = "online"
                 9 xenstore_write cpu/2/availability = "offline"
                10 unpausedomain
                """, p.toText());
    }

    @Test
    void everyKindOfStepInTheBriefsOrder() {
        DomainConfig c = config("name = \"h\"\ntype = \"hvm\"\nmemory = 1024\nmaxmem = 2048\n");
        BuildInputs in = new BuildInputs(List.of(new GfnRange(0, 0xa0)), List.of(new GfnRange(0x100000, 0x10)),
                List.of(new E820Entry(0x100000, 0x1000, E820Type.of(1)), new E820Entry(0xfc000000L, 0x1000, E820Type.of(12))),
                List.of(new MapPmem(0x5000, 0x200000, 0x10, PmemExtent.Type.DATA)),
                List.of(new MapMmio(0xf0000, 0xc0000, 1)),
                Optional.of(new LoadAcpi(0xfc000000L, Bytes.of(new byte[] {1, 2, 3}))), 8192,
                List.of(WriteXenstore.of("platform/mmio_hole_size", "268435456")));
        List<String> kinds = BuildPlanner.plan(c, in).steps().stream().map(s -> s.line().split(" ")[0]).toList();
        assertEquals(List.of("createdomain", "max_mem", "set_memory_map", "populate_physmap", "populate_physmap",
                "populate_pmem_map", "memory_mapping", "load_acpi", "xenstore_write", "xenstore_write",
                "xenstore_write", "xenstore_write", "xenstore_write", "xenstore_write", "unpausedomain"), kinds);
        BuildPlan p = BuildPlanner.plan(c, in);
        assertEquals("set_memory_map nr_entries=2 0x100000-0x100fff:ram 0xfc000000-0xfc000fff:pram", p.step(2).line());
        // HVM with maxmem > memory: libxl takes video RAM and LIBXL_MAXMEM_CONSTANT off the target
        assertEquals("xenstore_write memory/target = \"1039360\"", p.step(10).line());
        assertEquals("load_acpi addr=0xfc000000 len=3 sha256="
                + "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", p.step(7).line());
    }

    @Test
    void libxlDefaultsWhenTheConfigNamesNoMemoryOrVcpus() {
        BuildPlan p = BuildPlanner.plan(config("name = \"d\"\ntype = \"pvh\"\nkernel = \"/k\"\n"), ram(List.of(), List.of()));
        assertEquals("createdomain name=d type=pvh max_vcpus=1", p.step(0).line());
        assertEquals("max_mem max_memkb=33792", p.step(1).line());
    }

    @Test
    void inputsKeepToTheirSideOf4G() {
        assertThrows(IllegalArgumentException.class, () -> ram(List.of(new GfnRange(0xfffff, 2)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ram(List.of(), List.of(new GfnRange(0xfffff, 2))));
        assertEquals(new GfnRange(0x100, 0x10), GfnRange.ofBytes(0x100000, 0x110000));
        assertThrows(IllegalArgumentException.class, () -> GfnRange.ofBytes(0x100001, 0x110000));
    }

    @Test
    void stepsCheckTheirValues() {
        assertThrows(IllegalArgumentException.class, () -> WriteXenstore.of("/local/domain/1/name", "x"));
        assertThrows(IllegalArgumentException.class, () -> new BuildStep.PopulateRam(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MapPmem(-1, 0, 1, PmemExtent.Type.DATA));
        assertThrows(IllegalArgumentException.class, () -> new BuildPlan(List.of(new BuildStep.Unpause())));
        assertThrows(IllegalArgumentException.class, () -> new BuildPlan(List.of(new CreateDomain("a", DomainType.HVM, 1),
                new CreateDomain("b", DomainType.HVM, 1))));
        assertEquals("createdomain name=\"a b\" type=hvm max_vcpus=1", new CreateDomain("a b", DomainType.HVM, 1).line());
        assertEquals("xenstore_write x = \"a\\\"b\\n\"", WriteXenstore.of("x", "a\"b\n").line());
    }

    @Test
    void acpiStepsCompareByTheirBytes() {
        byte[] bytes = {1, 2, 3};
        LoadAcpi a = new LoadAcpi(0x1000, Bytes.of(bytes));
        bytes[0] = 9; // the step holds a copy
        assertEquals(new LoadAcpi(0x1000, Bytes.of(new byte[] {1, 2, 3})), a);
        assertNotEquals(new LoadAcpi(0x1000, Bytes.of(new byte[] {1, 2, 4})), a);
        assertTrue(a.line().startsWith("load_acpi addr=0x1000 len=3 sha256="));
    }

    /** create keeps the libxl config where libxl does: the last thing before the final unpausedomain. */
    @Test
    void theConfigIsKeptRightBeforeTheUnpause() {
        DomainConfig c = config("name = \"g\"\ntype = \"pv\"\nkernel = \"/k\"\nmemory = 512\n");
        BuildPlan p = BuildPlanner.plan(c, ram(List.of(new GfnRange(0, 0x20000)), List.of()));
        String json = c.libxl().toJson();
        BuildPlan kept = p.keepingConfig(json);
        assertEquals(p.size() + 1, kept.size());
        assertEquals(p.steps().subList(0, p.size() - 1), kept.steps().subList(0, p.size() - 1));
        assertEquals(new BuildStep.StoreConfig(json), kept.step(p.size() - 1));
        assertEquals(new BuildStep.Unpause(), kept.step(p.size()));
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("userdata_store libxl-json len=" + bytes.length + " sha256=" + StepText.sha256(bytes),
                kept.step(p.size() - 1).line());
        assertTrue(kept.toJson().contains("\"op\": \"userdata_store\",\n        \"userid\": \"libxl-json\",\n"
                + "        \"len\": " + bytes.length + ",\n"), kept.toJson());
        BuildPlan noUnpause = new BuildPlan(p.steps().subList(0, p.size() - 1));
        assertEquals(new BuildStep.StoreConfig(json), noUnpause.keepingConfig(json).step(p.size() - 1),
                "a plan without the unpause keeps it last");
        assertThrows(IllegalArgumentException.class, () -> new BuildStep.StoreConfig(""));
        // create -p: everything but the unpause, so the kept config ends the create
        assertEquals(kept.steps().subList(0, kept.size() - 1), kept.leftPaused().steps());
        assertThrows(IllegalStateException.class, p::leftPaused, "without the config kept, a paused domain would look"
                + " half-built");
    }
}
