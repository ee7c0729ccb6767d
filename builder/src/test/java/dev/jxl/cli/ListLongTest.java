package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.json.JsonTree;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlResult;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jxl list -l}: xl list -l's JSON (an array of {@code {"domid", "config"}}) with the config
 * each domain was created with: the JSON {@code create -N} prints, and real xl's {@code xl -N create}
 * for the same config, with the uuid the domain was given. A domain with no kept config (Domain-0,
 * or one from an older state document) is left out with a word on stderr, as xl leaves it out.
 */
class ListLongTest {
    static final Path ROOT = CreateFlagsTest.ROOT;
    static final List<String> EXAMPLES = List.of("hvm-basic.cfg", "pvh-linux.cfg", "pv-linux.cfg", "hvm-vnvdimm.cfg");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    Path state;

    static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }

    /** The config member of one element, alone, as libxl prints a config. */
    static String config(Map<?, ?> element) {
        YajlWriter w = new YajlWriter();
        JsonTree.writeValue(w, element.get("config"));
        return w.toString();
    }

    static List<?> array(String json) throws Exception {
        return (List<?>) JsonTree.parse(json).root();
    }

    @Test
    void eachDomainsConfigIsTheOneCreateDashNPrints() throws Exception {
        for (String e : EXAMPLES) {
            CliRun r = CliRun.of(state, "create", example(e));
            assertEquals(0, r.rc(), r.err());
        }
        CliRun list = CliRun.of(state, "list", "-l");
        assertEquals(0, list.rc(), list.err());
        assertTrue(list.out().startsWith("[\n    {\n        \"domid\": 1,\n        \"config\": {\n            \"c_info\": {\n"),
                list.out());
        assertTrue(list.out().endsWith("        }\n    }\n]\n\n"), "yajl's newline, then puts's: " + list.out());
        assertEquals("jxl: list -l: Domain-0 (0) left out: the sim keeps no libxl config for Domain-0 (on real Xen,"
                + " xen-init-dom0 stores a stub one)\n", list.err());
        List<?> domains = array(list.out());
        assertEquals(EXAMPLES.size(), domains.size());
        for (int i = 0; i < EXAMPLES.size(); i++) {
            Map<?, ?> d = (Map<?, ?>) domains.get(i);
            assertEquals(BigInteger.valueOf(i + 1), d.get("domid"));
            String kept = config(d);
            String uuid = (String) ((Map<?, ?>) ((Map<?, ?>) d.get("config")).get("c_info")).get("uuid");
            assertTrue(uuid != null && UUID.matcher(uuid).matches(), "a domain has the uuid xl would give it: " + uuid);
            CliRun dryRun = CliRun.of(state, "create", "-N", "-q", example(EXAMPLES.get(i)));
            assertEquals(XlOracle.withoutUuid(dryRun.out()), XlOracle.withoutUuid(kept), EXAMPLES.get(i));
        }
        CliRun one = CliRun.of(state, "list", "-l", "pv-linux", "1");
        assertEquals(0, one.rc(), one.err());
        assertEquals("", one.err(), "no Domain-0 asked for, no word about it");
        List<?> two = array(one.out());
        assertEquals(List.of(BigInteger.valueOf(3), BigInteger.ONE), two.stream().map(x -> ((Map<?, ?>) x).get("domid")).toList());
        assertEquals(ExitCode.NO_SUCH_DOMAIN, CliRun.of(state, "list", "-l", "nope").rc());
        CliRun both = CliRun.of(state, "list", "-l", "--format", "json");
        assertEquals(ExitCode.USAGE, both.rc());
        assertTrue(both.err().contains("-l prints libxl's JSON, --format json jxl's summary"), both.err());
    }

    /** Real xl parses the same config to the same JSON: what xl list -l would show for it, as created. */
    @Test
    void theKeptConfigIsRealXlsForTheSameConfig() throws Exception {
        XlOracle xl = XlOracle.get();
        for (String e : EXAMPLES) {
            Path dir = Files.createTempDirectory(state, "one");
            assertEquals(0, CliRun.of(dir, "create", "-q", example(e)).rc());
            Map<?, ?> d = (Map<?, ?>) array(CliRun.of(dir, "list", "-l", "1").out()).get(0);
            XlResult real = xl.dryRun(Path.of(example(e)), List.of());
            assertEquals(0, real.exitCode(), real.stderr());
            assertEquals(XlOracle.withoutUuid(real.stdout()), XlOracle.withoutUuid(config(d)), e);
        }
        Path dir = Files.createTempDirectory(state, "overrides");
        List<String> words = List.of("memory=3072", "vcpus=3", "name=\"other\"");
        List<String> args = new java.util.ArrayList<>(List.of("create", "-q", example("hvm-basic.cfg")));
        args.addAll(words);
        assertEquals(0, CliRun.of(dir, args.toArray(String[]::new)).rc());
        XlResult real = xl.dryRun(Path.of(example("hvm-basic.cfg")), words);
        assertEquals(XlOracle.withoutUuid(real.stdout()),
                XlOracle.withoutUuid(config((Map<?, ?>) array(CliRun.of(dir, "list", "-l", "other").out()).get(0))));
    }

    /** A state document from before the config was kept still reads; list -l says the domain has none. */
    @Test
    void aDomainFromAnOlderStateHasNoConfigAndSaysSo() throws Exception {
        assertEquals(0, CliRun.of(state, "create", "-q", example("pv-linux.cfg")).rc());
        Path file = state.resolve("state.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) JsonTree.parse(Files.readString(file)).root();
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) ((List<?>) doc.get("domains")).get(1);
        // as an older jxl wrote it: no userdata_store step, no libxl_config
        assertTrue(guest.remove("libxl_config") != null, "the sim keeps the config");
        assertTrue(((List<?>) guest.get("journal")).removeIf(j -> ((String) ((Map<?, ?>) j).get("line"))
                .startsWith("userdata_store libxl-json ")), "the step that kept it is journalled");
        Files.writeString(file, JsonTree.write(g -> JsonTree.writeValue(g, doc)) + "\n");
        CliRun check = CliRun.of(state, "state", "check");
        assertEquals(0, check.rc(), check.out() + check.err());
        CliRun list = CliRun.of(state, "list", "-l", "pv-linux");
        assertEquals(0, list.rc(), list.err());
        assertEquals("[\n\n]\n\n", list.out());
        assertEquals("jxl: list -l: pv-linux (1) left out: no libxl config is kept for it (created by a jxl that did"
                + " not keep configs yet, or still being built), as xl list -l leaves out a domain whose config it"
                + " cannot retrieve\n", list.err());
        assertEquals(0, CliRun.of(state, "list").rc());
    }

    /** A create that fails at any step, the config's userdata_store included, leaves the document as it was. */
    @Test
    void aFailedCreateLeavesNoConfigBehind() throws Exception {
        assertEquals(0, CliRun.of(state, "create", "-q", example("pvh-linux.cfg")).rc());
        Path file = state.resolve("state.json");
        String before = Files.readString(file);
        String plan = CliRun.of(state, "plan", example("hvm-basic.cfg")).out();
        int steps = plan.substring(plan.indexOf("build steps:\n")).split("\n").length - 1;
        // create runs the plan's steps and the userdata_store before its last (unpausedomain)
        for (int failAt = 0; failAt <= steps; failAt++) {
            System.setProperty("jxl.sim.failAt", Integer.toString(failAt));
            try {
                CliRun r = CliRun.of(state, "create", "-q", example("hvm-basic.cfg"));
                assertEquals(ExitCode.BACKEND_FAILED, r.rc(), "fail at " + failAt + ": " + r.err());
                assertTrue(r.err().contains("step " + failAt + " ("), r.err());
                if (failAt == steps - 1) {
                    assertTrue(r.err().contains("userdata_store libxl-json len="), r.err());
                }
            } finally {
                System.clearProperty("jxl.sim.failAt");
            }
            assertEquals(before, Files.readString(file), "fail at " + failAt);
        }
    }
}
