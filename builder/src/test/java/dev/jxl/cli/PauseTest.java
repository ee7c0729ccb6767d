package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.json.JsonTree;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paused domain on the sim, as Xen and xl have it: {@code create -p} builds it and leaves it paused
 * ({@code --p---}), {@code unpause} starts it, {@code pause} stops it again; Xen counts the toolstack's
 * pauses, so two pauses need two unpauses. The state lives in state.json and reads back.
 */
class PauseTest {
    static final String PV = ListLongTest.example("pv-linux.cfg");

    @TempDir
    Path state;

    String stateOf(String domain) {
        CliRun r = CliRun.of(state, "list", domain);
        assertEquals(0, r.rc(), r.err());
        String row = r.out().lines().skip(1).findFirst().orElseThrow();
        return row.split("\\s+")[4];
    }

    void ok(String... args) {
        CliRun r = CliRun.of(state, args);
        assertEquals(0, r.rc(), String.join(" ", args) + ": " + r.err());
        assertEquals("", r.out(), String.join(" ", args) + " prints nothing, as xl");
    }

    @Test
    void createPausedThenUnpauseAndPauseAsXenCountsThem() throws Exception {
        assertEquals(0, CliRun.of(state, "create", "-q", "-p", PV).rc());
        assertEquals("--p---", stateOf("pv-linux"));
        CliRun check = CliRun.of(state, "state", "check");
        assertEquals(0, check.rc(), check.out() + check.err());
        // the create is complete: its config is kept, and another process does not take it for half-built
        List<?> kept = (List<?>) JsonTree.parse(CliRun.of(state, "list", "-l", "pv-linux").out()).root();
        assertEquals(BigInteger.ONE, ((Map<?, ?>) kept.get(0)).get("domid"));
        assertEquals("--p---", stateOf("1"));

        ok("unpause", "pv-linux");
        assertEquals("-b----", stateOf("pv-linux"));
        ok("pause", "1");
        ok("pause", "pv-linux");
        assertEquals("--p---", stateOf("pv-linux"));
        ok("unpause", "1");
        assertEquals("--p---", stateOf("pv-linux"), "paused twice: one unpause is not enough");
        ok("-N", "unpause", "1");
        assertEquals("--p---", stateOf("pv-linux"), "-N changes nothing");
        ok("unpause", "1");
        assertEquals("-b----", stateOf("pv-linux"));
        assertEquals(0, CliRun.of(state, "state", "check").rc());

        CliRun again = CliRun.of(state, "unpause", "pv-linux");
        assertEquals(ExitCode.BACKEND_FAILED, again.rc());
        assertEquals("jxl: error: unpause pv-linux: unpausedomain: domain 1 is not paused (-EINVAL)\n", again.err());
        CliRun dom0 = CliRun.of(state, "pause", "Domain-0");
        assertEquals(ExitCode.BACKEND_FAILED, dom0.rc());
        assertTrue(dom0.err().contains("Domain-0 is the domain asking; Xen does not pause the caller (-EINVAL)"), dom0.err());
        CliRun none = CliRun.of(state, "pause", "nope");
        assertEquals(ExitCode.NO_SUCH_DOMAIN, none.rc());
        assertTrue(none.err().startsWith("jxl: error: no domain named nope\n"), none.err());
        ok("destroy", "pv-linux");
        assertEquals(1, CliRun.of(state, "list").out().lines().count() - 1);
    }

    @Test
    void xenStopsCountingAt255() {
        assertEquals(0, CliRun.of(state, "create", "-q", PV).rc());
        for (int i = 0; i < 255; i++) {
            assertEquals(0, CliRun.of(state, "pause", "1").rc(), "pause " + (i + 1));
        }
        CliRun over = CliRun.of(state, "pause", "1");
        assertEquals(ExitCode.BACKEND_FAILED, over.rc());
        assertTrue(over.err().contains("domain 1 is paused 255 times, Xen's most (-EOVERFLOW)"), over.err());
        assertEquals(0, CliRun.of(state, "state", "check").rc());
    }

    /** A create -p that fails at any of its steps leaves state.json as it was, as a plain create does. */
    @Test
    void aFailedPausedCreateLeavesNothingBehind() throws Exception {
        assertEquals(0, CliRun.of(state, "create", "-q", ListLongTest.example("pvh-linux.cfg")).rc());
        Path file = state.resolve("state.json");
        String before = Files.readString(file);
        String plan = CliRun.of(state, "plan", PV).out();
        int steps = plan.substring(plan.indexOf("build steps:\n")).split("\n").length - 1;
        // create -p runs the plan's steps but the last (unpausedomain), and the userdata_store before it
        for (int failAt = 0; failAt < steps; failAt++) {
            System.setProperty("jxl.sim.failAt", Integer.toString(failAt));
            try {
                CliRun r = CliRun.of(state, "create", "-q", "-p", PV);
                assertEquals(ExitCode.BACKEND_FAILED, r.rc(), "fail at " + failAt + ": " + r.err());
            } finally {
                System.clearProperty("jxl.sim.failAt");
            }
            assertEquals(before, Files.readString(file), "fail at " + failAt);
        }
        System.setProperty("jxl.sim.failAt", Integer.toString(steps));
        try {
            assertEquals(0, CliRun.of(state, "create", "-q", "-p", PV).rc(), "no step " + steps + " in a create -p");
        } finally {
            System.clearProperty("jxl.sim.failAt");
        }
    }

    /** With --backend xl, pause and unpause are xl's; -N only looks the domain up. */
    @Test
    void xlDoesThemOnRealXen() throws Exception {
        Path calls = state.resolve("calls");
        Path xl = state.resolve("xl");
        Files.writeString(xl, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "case \"$1\" in domid) [ \"$2\" = g ] && echo 5 && exit 0; exit 1 ;; esac\nexit 0\n");
        Files.setPosixFilePermissions(xl, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("jxl.xl", xl.toString());
        try {
            assertEquals(0, CliRun.of(state, "--backend", "xl", "pause", "g").rc());
            assertEquals(0, CliRun.of(state, "--backend", "xl", "unpause", "g").rc());
            assertEquals(0, CliRun.of(state, "--backend", "xl", "-N", "pause", "g").rc());
            assertEquals(ExitCode.NO_SUCH_DOMAIN, CliRun.of(state, "--backend", "xl", "-N", "unpause", "h").rc());
            assertEquals(List.of("pause g", "unpause g", "domid g", "domid h"), Files.readAllLines(calls));
        } finally {
            System.clearProperty("jxl.xl");
        }
    }
}
