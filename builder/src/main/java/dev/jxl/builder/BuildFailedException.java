package dev.jxl.builder;

import dev.jxl.layout.plan.BuildStep;
import java.util.List;

/**
 * A build step failed. Every earlier step was undone (unless {@link #undoFailures()} says otherwise).
 *
 * @see DomainBuilder
 */
public final class BuildFailedException extends RuntimeException {
    private final int stepIndex;
    private final transient BuildStep step;
    private final int undoneSteps;
    private final List<String> undoFailures;

    BuildFailedException(int stepIndex, BuildStep step, int undoneSteps, Throwable cause, List<String> undoFailures) {
        super(message(stepIndex, step, undoneSteps, cause, undoFailures), cause);
        this.stepIndex = stepIndex;
        this.step = step;
        this.undoneSteps = undoneSteps;
        this.undoFailures = List.copyOf(undoFailures);
    }

    public int stepIndex() {
        return stepIndex;
    }

    public BuildStep step() {
        return step;
    }

    public int undoneSteps() {
        return undoneSteps;
    }

    public List<String> undoFailures() {
        return undoFailures;
    }

    public boolean rolledBack() {
        return undoFailures.isEmpty();
    }

    private static String message(int index, BuildStep step, int undone, Throwable cause, List<String> undoFailures) {
        StringBuilder b = new StringBuilder("step ").append(index).append(" (").append(step.line())
                .append(") failed: ").append(cause.getMessage());
        if (undoFailures.isEmpty()) {
            b.append("; rolled back ").append(undone).append(undone == 1 ? " completed step" : " completed steps");
        } else {
            b.append("; rollback incomplete:");
            undoFailures.forEach(f -> b.append("\n  ").append(f));
        }
        return b.toString();
    }
}
