package dev.jxl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz test's own judges, on runs and documents made by hand: what they let pass and what not. */
class FuzzRulesTest {
    private static final String CFG = "/w/guest.cfg";
    private static final String HOST = "/w/host.json";

    private static Step step(Set<Integer> allowed, String mustRefuse) {
        return new Step("plan", List.of("plan", CFG), allowed, Map.of(CFG, Step.Role.CONFIG, HOST, Step.Role.DOCUMENT),
                false, mustRefuse, null);
    }

    private static List<String> rules(Set<Integer> allowed, String mustRefuse, int rc, String err) {
        CliRunner.Run run = new CliRunner.Run(List.of(), rc, "", err, 0, false, null);
        return OutputRules.check(step(allowed, mustRefuse), run).stream().map(OutputRules.Problem::rule).toList();
    }

    @Test
    void aPositionedErrorInTheFileItIsAboutPasses() {
        assertEquals(List.of(), rules(Set.of(0, 1), null, 1, CFG + ":3:7: error: `memory' must be a number\n"));
        assertEquals(List.of(), rules(Set.of(0, 6), null, 6, HOST + ":2:3: error: \"cpus\" must be an integer\n"
                + HOST + ":2:3: note: cpus counts physical CPUs\n"));
        assertEquals(List.of(), rules(Set.of(0), null, 0, CFG + ":1:1: warning: unknown key `x'\njxl: warning: a\n"));
    }

    @Test
    void anErrorWithoutAPositionFailsUnlessNoFileIsInvolved() {
        assertEquals(List.of("unpositioned-error"), rules(Set.of(0, 3), null, 3, "jxl: cannot plan: vnvdimm[0]: …\n"));
        assertEquals(List.of(), rules(Set.of(0, 5), null, 5, "jxl: no domain named g\n"));
        // a host error printed after "jxl: " has lost its position: the line starts with jxl
        assertEquals(List.of("unpositioned-error"), rules(Set.of(0, 6), null, 6, "jxl: " + HOST + ":1:1: error: x\n"));
    }

    @Test
    void theErrorMustPointIntoTheRightKindOfFile() {
        assertEquals(List.of("failure-without-position"), rules(Set.of(0, 6), null, 6, CFG + ":1:1: error: x\n"));
        assertEquals(List.of("failure-without-position"), rules(Set.of(0, 1), null, 1, HOST + ":1:1: error: x\n"));
        assertEquals(List.of("diagnostic-names-another-file", "failure-without-position"),
                rules(Set.of(0, 1), null, 1, "other.cfg:1:1: error: x\n"));
        assertEquals(List.of("diagnostic-position-below-1"), rules(Set.of(0, 1), null, 1, CFG + ":0:1: error: x\n"
                + CFG + ":1:1: error: y\n"));
    }

    @Test
    void exitCodesOutsideTheStepsSetOrTheTableFail() {
        assertEquals(List.of("internal-error"), rules(Set.of(0, 1), null, 70,
                "jxl: internal error: NullPointerException\njxl: run with -v for the stack trace, and please report it\n"));
        assertEquals(List.of("exit-4-unexpected"), rules(Set.of(0, 1), null, 4, CFG + ":1:1: error: x\n"));
        assertEquals(List.of("exit-not-in-table"), rules(Set.of(0, 1), null, 9, ""));
        assertEquals(List.of("stray-line-on-failure"), rules(Set.of(0, 1), null, 1, CFG + ":1:1: error: x\n"
                + "\tat dev.jxl.Foo.bar(Foo.java:1)\n"));
        assertEquals(List.of("error-on-success"), rules(Set.of(0, 1), null, 0, CFG + ":1:1: error: x\n"));
    }

    @Test
    void xlsParsingConfigLineIsAllowedForTheCommandsConfigOnly() {
        assertEquals(List.of(), rules(Set.of(0, 1), null, 1, "Parsing config from " + CFG + "\n" + CFG + ":1:1: error: x\n"));
        assertEquals(List.of("stray-line-on-failure"), rules(Set.of(0, 1), null, 1, "Parsing config from " + HOST + "\n"
                + CFG + ":1:1: error: x\n"));
        assertEquals(List.of("stray-line-on-failure"), rules(Set.of(0, 1), null, 1, "Parsing config from /w/other.cfg\n"
                + CFG + ":1:1: error: x\n"));
    }

    @Test
    void aControlCharacterInADiagnosticFails() {
        assertEquals(List.of("control-character-in-diagnostic"), rules(Set.of(0, 1), null, 1,
                CFG + ":1:6: error: unknown type `hvm\u0007'\n"));
        assertEquals(List.of("control-character-in-diagnostic"), rules(Set.of(0, 1), null, 1,
                CFG + ":1:6: error: unknown type `hvm\t\u0085'\n"));
        assertEquals(List.of(), rules(Set.of(0, 1), null, 1, CFG + ":1:6: error: unknown type `hvm\\x07'\n"));
    }

    @Test
    void anImpossibleDocumentMustBeRefusedWithExit6() {
        assertEquals(List.of("impossible-document-accepted"), rules(Set.of(0, 6), "host: empty e820", 0, ""));
        assertEquals(List.of("impossible-document-not-exit-6"), rules(Set.of(0, 3, 6), "host: empty e820", 3,
                CFG + ":5:1: error: the guest needs 2 GiB\n"));
        assertEquals(List.of(), rules(Set.of(0, 6), "host: empty e820", 6, HOST + ":4:12: error: empty e820\n"));
    }

    @Test
    void aTimedOutOrCrashedRunFailsWithWhatHappened() {
        CliRunner.Run hung = new CliRunner.Run(List.of(), -1, "", "", 10_000_000, true, null);
        assertEquals("timeout", OutputRules.check(step(Set.of(0), null), hung).get(0).rule());
        CliRunner.Run crashed = new CliRunner.Run(List.of(), -1, "", "", 1, false, new StackOverflowError());
        assertEquals("escaped-throwable", OutputRules.check(step(Set.of(0), null), crashed).get(0).rule());
    }

    @Test
    void skeletonsKeepTheMessagesPrefixAndBlankItsValues() {
        assertEquals("jxl: cannot plan: vnvdimm[N] …",
                OutputRules.skeleton("jxl: cannot plan: vnvdimm[0]: backend mfn 0x100000-0x13ffff is not host pmem"));
        assertEquals("jxl: FILE:N:N: error …",
                OutputRules.skeleton("jxl: /tmp/x/in-12/host.json:4:3: error: \"memory_kib\" = -6 is out of range"));
        assertEquals("jxl: FILE: create …",
                OutputRules.skeleton("jxl: /w/a.cfg: create hvm-x: step 6 (populate_pmem_map mfn=0x4080000) failed"));
        assertEquals("IllegalArgumentException: E820 entry …", OutputRules.internalError(
                "jxl: internal error: IllegalArgumentException: E820 entry wraps past 2^64: addr 0x100000000"));
    }

    private static final String POSSIBLE_HOST = """
            {"xen_version": "4.17", "cpus": 4, "memory_kib": 4194304, "free_memory_kib": 3145728,
             "e820": [{"addr": 0, "size": 654336, "type": 1}, {"addr": 1048576, "size": 4293918720, "type": 1},
                      {"addr": 4294967296, "size": 1073741824, "type": 7}],
             "pmem": [{"spa": 4294967296, "size": 1073741824, "node": 0}]}
            """;

    private static Optional<String> host(String json) {
        return ImpossibleDocuments.host(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOracleFindsEachImpossibleHostForItsReason() {
        assertEquals(Optional.empty(), host(POSSIBLE_HOST));
        assertEquals(Optional.of("host: empty e820"),
                host("{\"xen_version\": \"4.17\", \"cpus\": 1, \"memory_kib\": 1, \"e820\": []}"));
        assertEquals(Optional.of("host: e820 type 0"), host(POSSIBLE_HOST.replace("\"type\": 7", "\"type\": 0")));
        assertEquals(Optional.of("host: overlapping e820 entries"),
                host(POSSIBLE_HOST.replace("\"size\": 4293918720", "\"size\": 4293922816")));
        assertEquals(Optional.of("host: pmem over RAM"), host(POSSIBLE_HOST.replace("\"spa\": 4294967296", "\"spa\": 4096")));
        assertEquals(Optional.of("host: negative free_memory_kib"), host(POSSIBLE_HOST.replace("3145728", "-1")));
        // not JSON the oracle can read: no opinion (the generic rules judge jxl's answer)
        assertEquals(Optional.empty(), host(POSSIBLE_HOST.replace("}", "")));
        assertEquals(Optional.empty(), host("{\"cpus\": 1, \"cpus\": 2, \"e820\": []}"));
    }

    @Test
    void everySemanticMutatorMakesAnImpossibleDocument() {
        byte[] seed = POSSIBLE_HOST.getBytes(StandardCharsets.UTF_8);
        java.util.Random r = new java.util.Random(1);
        for (Mutator m : DocumentMutators.host()) {
            byte[] out = m.mutate(seed, r, null);
            assertTrue(out != null, m.name() + " applies to a host with RAM, pmem and E820 entries");
            assertTrue(ImpossibleDocuments.host(out).isPresent(), m.name() + ": " + new String(out, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRunOverTheLimitIsAbandonedAndTheNextRunsOnAFreshThread(@TempDir Path dir) {
        // the sim's own hang injection: create stops for good after its first step
        System.setProperty("jxl.sim.hangAfter", "0");
        try (CliRunner cli = new CliRunner(Duration.ofMillis(500))) {
            CliRunner.Run hung = cli.run(List.of("--state-dir", dir.resolve("a").toString(), "create",
                    Path.of(System.getProperty("jxl.root", "..")).resolve("examples/pv-linux.cfg").toString()));
            assertTrue(hung.timedOut());
            assertEquals(1, cli.abandoned());
            System.clearProperty("jxl.sim.hangAfter");
            CliRunner.Run next = cli.run(List.of("--state-dir", dir.resolve("b").toString(), "list"));
            assertEquals(0, next.rc(), next.err());
        } finally {
            System.clearProperty("jxl.sim.hangAfter");
        }
    }
}
