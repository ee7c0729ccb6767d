package dev.jxl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.build.sim.SimBackend;
import dev.jxl.build.sim.SimOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1 000 create/destroy cycles, each opening the host as a jxl command would: nothing accumulates.
 * Without the per-write fsyncs (26 000 of them would take minutes on a slow disk; they change no file content).
 */
class CycleTest {

    static long openFds() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void thousandCreateDestroyCyclesLeaveNothingBehind(@TempDir Path dir) throws Exception {
        SimFixture sim = new SimFixture(dir);
        try (SimBackend b = sim.open()) {
            b.list();
        }
        byte[] empty = sim.document();
        boolean procFs = Files.isDirectory(Path.of("/proc/self/fd"));
        long fdsBefore = procFs ? openFds() : -1;
        long start = System.nanoTime();
        String[] plans = {"pv-basic", "hvm-mmio"};
        for (int i = 0; i < 1000; i++) {
            int domid;
            try (SimBackend b = sim.open(SimOptions.NONE.withoutFsync())) {
                domid = new DomainBuilder(b).build(TestPlans.get(plans[i % 2])).domid();
            }
            try (SimBackend b = sim.open(SimOptions.NONE.withoutFsync())) {
                assertEquals(1, domid);
                b.destroy(domid);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new String(empty), sim.documentText());
        assertEquals(java.util.List.of(), sim.strayFiles());
        if (procFs) {
            long fdsAfter = openFds();
            assertTrue(fdsAfter <= fdsBefore, "file descriptors leaked: " + fdsBefore + " -> " + fdsAfter);
        }
        System.out.println("1000 create/destroy cycles: " + ms + " ms, fds " + fdsBefore + " -> "
                + (procFs ? openFds() : -1));
    }
}
