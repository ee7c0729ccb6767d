package dev.jxl.builder;

import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a build plan on a backend, step by step. When a step fails, every step already done is undone,
 * last first, so the host is left as it was; the failure names the step. (libxl does the same on a
 * failed create by destroying the half-built domain.)
 */
public final class DomainBuilder {
    private final HypervisorBackend backend;

    public DomainBuilder(HypervisorBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** A built, running domain. */
    public record Built(int domid, String name) {
    }

    public Built build(BuildPlan plan) {
        int domid = HypervisorBackend.NO_DOMAIN;
        int done = 0;
        try {
            for (BuildStep step : plan.steps()) {
                domid = backend.execute(domid, step);
                done++;
            }
            return new Built(domid, plan.createDomain().name());
        } catch (RuntimeException failure) {
            List<String> undoFailures = rollback(plan, domid, done);
            throw new BuildFailedException(done, plan.step(done), done, failure, undoFailures);
        }
    }

    /** Undoes steps {@code [0, done)} last first; an undo that fails is noted and the rest still run. */
    private List<String> rollback(BuildPlan plan, int domid, int done) {
        List<String> failures = new ArrayList<>();
        for (int i = done - 1; i >= 0; i--) {
            BuildStep step = plan.step(i);
            try {
                backend.undo(domid, step);
            } catch (RuntimeException e) {
                failures.add("undo of step " + i + " (" + step.line() + ") failed: " + e.getMessage());
            }
        }
        return failures;
    }
}
