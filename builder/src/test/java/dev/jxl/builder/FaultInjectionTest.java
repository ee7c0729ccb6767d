package dev.jxl.builder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
import dev.jxl.layout.plan.BuildPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every test plan and every step index: a fault injected there leaves the whole state document
 * byte for byte as it was before the create (another guest already running, so there is something
 * to disturb). The plan then still builds without the fault.
 */
class FaultInjectionTest {

    static List<String> plans() {
        return TestPlans.names();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void faultAtEveryStepLeavesTheStateAsItWas(String name, @TempDir Path dir) throws Exception {
        BuildPlan plan = TestPlans.get(name);
        SimFixture sim = new SimFixture(dir);
        String neighbour = name.equals("pv-basic") ? "hvm-mmio" : "pv-basic";
        try (SimBackend b = sim.open()) {
            new DomainBuilder(b).build(TestPlans.get(neighbour));
        }
        byte[] before = sim.document();
        for (int i = 0; i < plan.size(); i++) {
            int at = i;
            try (SimBackend b = sim.open(SimOptions.failAt(at))) {
                BuildFailedException e = assertThrows(BuildFailedException.class, () -> new DomainBuilder(b).build(plan));
                assertEquals(at, e.stepIndex());
                assertTrue(e.rolledBack(), e.getMessage());
                assertTrue(e.getMessage().contains("injected fault at step " + at), e.getMessage());
            }
            assertArrayEquals(before, sim.document(), () -> "state changed after a fault at step " + at + " of "
                    + name);
            assertEquals(List.of(), sim.strayFiles());
        }
        try (SimBackend b = sim.open()) {
            assertEquals(2, new DomainBuilder(b).build(plan).domid());
        }
        System.out.println("fault injection: " + name + ": " + plan.size() + " step indices, state unchanged at each");
    }
}
