package dev.jxl.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.builder.backend.RecordingBackend;
import dev.jxl.builder.sim.SimOptions;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildStep;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call through the backend seam, recorded as text: a whole build, list and destroy per test
 * plan; a build that fails half-way and is rolled back; two guests wanting the same pmem.
 */
class DomainBuilderGoldenTest {

    static java.util.List<String> plans() {
        return TestPlans.names();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void buildListDestroy(String name, @TempDir Path dir) {
        BuildPlan plan = TestPlans.get(name);
        SimFixture sim = new SimFixture(dir);
        StringBuilder out = new StringBuilder("plan:\n").append(plan.toText()).append("\ncalls:\n");
        try (RecordingBackend rec = new RecordingBackend(sim.open())) {
            rec.hostInfo();
            DomainBuilder.Built built = new DomainBuilder(rec).build(plan);
            assertEquals(1, built.domid());
            rec.list();
            rec.destroy(built.domid());
            rec.list();
            out.append(rec.transcript());
        }
        Approvals.verify(out.toString(), BackendGolden.options(name + ".build", ".txt"));
    }

    @Test
    void failureHalfWayIsRolledBackLastFirst(@TempDir Path dir) {
        BuildPlan plan = TestPlans.get("hvm-pmem");
        int failAt = indexOf(plan, BuildStep.MapPmem.class);
        SimFixture sim = new SimFixture(dir);
        try (RecordingBackend rec = new RecordingBackend(sim.open(SimOptions.failAt(failAt)))) {
            BuildFailedException e = assertThrows(BuildFailedException.class, () -> new DomainBuilder(rec).build(plan));
            assertEquals(failAt, e.stepIndex());
            assertTrue(e.rolledBack(), e.getMessage());
            rec.list();
            Approvals.verify(rec.transcript() + "\nreported:\n" + e.getMessage() + "\n",
                    BackendGolden.options("hvm-pmem.fail-at-" + failAt, ".txt"));
        }
    }

    @Test
    void secondGuestWantingTheSamePmemFails(@TempDir Path dir) {
        SimFixture sim = new SimFixture(dir);
        try (RecordingBackend rec = new RecordingBackend(sim.open())) {
            new DomainBuilder(rec).build(TestPlans.get("hvm-pmem-a"));
            BuildFailedException e = assertThrows(BuildFailedException.class,
                    () -> new DomainBuilder(rec).build(TestPlans.get("hvm-pmem-b")));
            rec.list();
            Approvals.verify(rec.transcript() + "\nreported:\n" + e.getMessage() + "\n",
                    BackendGolden.options("pmem-conflict", ".txt"));
        }
    }

    static int indexOf(BuildPlan plan, Class<? extends BuildStep> kind) {
        for (int i = 0; i < plan.size(); i++) {
            if (kind.isInstance(plan.step(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " in the plan");
    }

}
