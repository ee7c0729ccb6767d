package dev.jxl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
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
                assertEquals(i + 1, domid, "Xen's rover hands out the next id each time");
                b.destroy(domid);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // empty again; only Xen's domid rover has moved on, past the 1000 ids handed out
        assertEquals(new String(empty).replace("\"domid_rover\" : 0,", "\"domid_rover\" : 1000,"), sim.documentText());
        assertEquals(java.util.List.of(), sim.strayFiles());
        if (procFs) {
            long fdsAfter = openFds();
            assertTrue(fdsAfter <= fdsBefore, "file descriptors leaked: " + fdsBefore + " -> " + fdsAfter);
        }
        System.out.println("1000 create/destroy cycles: " + ms + " ms, fds " + fdsBefore + " -> "
                + (procFs ? openFds() : -1));
    }
}
