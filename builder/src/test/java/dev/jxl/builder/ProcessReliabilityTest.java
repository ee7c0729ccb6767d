package dev.jxl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real, separate JVMs on one state directory: racing for the same pmem, and SIGKILL between steps. */
class ProcessReliabilityTest {

    static Process start(Path dir, String plan, Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BuildMain.class.getName(), dir.toString(), plan);
        pb.environment().remove("JXL_SIM_FAIL_AT");
        pb.environment().remove("JXL_SIM_HANG_AFTER");
        pb.environment().putAll(env);
        return pb.start();
    }

    static String read(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void twoProcessesRacingForTheSamePmemExactlyOneWins(@TempDir Path dir) throws Exception {
        SimFixture sim = new SimFixture(dir);
        try (var b = sim.open()) {
            b.list(); // boot the host first, so both racers find it
        }
        for (int round = 0; round < 3; round++) {
            Process a = start(dir, "hvm-pmem-a", Map.of());
            Process b = start(dir, "hvm-pmem-b", Map.of());
            String aOut = read(a.getInputStream()) + read(a.getErrorStream());
            String bOut = read(b.getInputStream()) + read(b.getErrorStream());
            assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
            List<Integer> codes = List.of(a.exitValue(), b.exitValue());
            assertTrue(codes.contains(0) && codes.contains(4), "exit codes " + codes + "\n" + aOut + "\n" + bOut);
            String loser = a.exitValue() == 4 ? aOut : bOut;
            String winner = a.exitValue() == 4 ? "hvm-pmem-b" : "hvm-pmem-a";
            try (var s = sim.open()) {
                assertEquals(2, s.list().size());
                int winnerId = s.list().get(1).domid();
                assertTrue(loser.contains("populate_pmem_map: host pmem mfn 0x" + Long.toHexString(TestPlans.PMEM_DATA_MFN)
                        + " is already mapped to domain " + winnerId + " (" + winner + ")"), loser);
                assertTrue(loser.contains("rolled back 5 completed steps"), loser);
                s.destroy(winnerId);
            }
        }
    }

    @Test
    void killedBetweenStepsTheNextCommandRecovers(@TempDir Path dir) throws Exception {
        SimFixture sim = new SimFixture(dir);
        try (var b = sim.open()) {
            new DomainBuilder(b).build(TestPlans.get("pv-basic"));
        }
        byte[] before = sim.document();
        Random random = new Random(20260214);
        List<String> plans = List.of("hvm-pmem", "pvh-acpi", "hvm-mmio");
        List<String> killedAt = new ArrayList<>();
        for (String plan : plans) {
            int at = random.nextInt(TestPlans.get(plan).size() - 1); // not after unpause: that one is done
            Process p = start(dir, plan, Map.of("JXL_SIM_HANG_AFTER", Integer.toString(at)));
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine();
            assertEquals("jxl-sim: hanging after step " + at + " (JXL_SIM_HANG_AFTER)", line);
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally, the lock dies with the process
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, p.exitValue());
            String doc = sim.documentText();
            assertTrue(doc.contains("\"state\" : \"building\""), "the killed build is on disk, half done");

            Process next = start(dir, "-", Map.of());
            String out = read(next.getErrorStream());
            assertTrue(next.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, next.exitValue(), out);
            assertEquals("jxl: recovered: undid domain 2 (" + plan + "), left half-built after " + (at + 1)
                    + (at == 0 ? " step" : " steps") + " by an interrupted jxl\n", out);
            assertEquals(new String(before), sim.documentText());
            assertEquals(List.of(), sim.strayFiles());
            killedAt.add(plan + "@" + at);
        }
        System.out.println("kill -9 recovery: " + killedAt);
        Files.exists(dir);
    }
}
