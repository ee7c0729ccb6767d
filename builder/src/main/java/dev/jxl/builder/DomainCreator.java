package dev.jxl.builder;

import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.diag.SourcePosition;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.cli.ExitCode;
import dev.jxl.cli.GlobalOptions;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.plan.BuildInputs;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import dev.jxl.layout.plan.BuildStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code jxl create} without {@code -N}: plan the build steps, open the chosen backend, run them, and
 * turn a failure (already rolled back) into exit 4 naming the failed step.
 */
public final class DomainCreator {
    private final GlobalOptions global;
    private final Consumer<String> notices;

    /** @param notices where backend notices (crash recovery) go, one line each: stderr in the CLI */
    public DomainCreator(GlobalOptions global, Consumer<String> notices) {
        this.global = global;
        this.notices = notices;
    }

    /** Builds the domain, its libxl config kept with it as libxl keeps it (for {@code list -l}), and starts it. */
    public DomainBuilder.Built create(DomainConfig config, BuildInputs inputs) {
        return create(config, inputs, false);
    }

    /** As {@link #create(DomainConfig, BuildInputs)}; {@code paused}: built and left paused (xl create -p). */
    public DomainBuilder.Built create(DomainConfig config, BuildInputs inputs, boolean paused) {
        return create(config, inputs, paused, step -> SourcePosition.ofSource(config.source()));
    }

    /** As {@link #create(DomainConfig, BuildInputs, boolean)}; a refused step is reported where {@code where} says. */
    public DomainBuilder.Built create(DomainConfig config, BuildInputs inputs, boolean paused,
                                      Function<BuildStep, SourcePosition> where) {
        BuildPlan plan = BuildPlanner.plan(config, inputs).keepingConfig(config.libxl().toJson());
        return create(config.source(), paused ? plan.leftPaused() : plan, where);
    }

    /** Runs a plan; a failed step is reported at the start of {@code source} (the config path). */
    public DomainBuilder.Built create(String source, BuildPlan plan) {
        return create(source, plan, step -> SourcePosition.ofSource(source));
    }

    /**
     * Runs a plan; a step the backend refuses is reported where {@code where} says the config asked
     * for it (its key or list item), a rollback that could not finish with a note per step left.
     */
    public DomainBuilder.Built create(String source, BuildPlan plan, Function<BuildStep, SourcePosition> where) {
        try (HypervisorBackend backend = Backends.open(global, notices)) {
            return new DomainBuilder(backend).build(plan);
        } catch (BuildFailedException e) {
            SourcePosition at = where.apply(e.step());
            String undone = e.rolledBack() ? "rolled back " + e.undoneSteps()
                    + (e.undoneSteps() == 1 ? " completed step" : " completed steps") : "rollback incomplete";
            List<Diagnostic> all = new ArrayList<>();
            all.add(Diagnostic.error(at, null, "create " + plan.createDomain().name() + ": step " + e.stepIndex() + " ("
                    + e.step().line() + ") failed: " + e.getCause().getMessage() + "; " + undone));
            e.undoFailures().forEach(f -> all.add(Diagnostic.note(at, "not undone: " + f)));
            throw new DiagnosticException(Failure.BACKEND, all, e);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, source + ": " + e.getMessage(), e);
        }
    }
}
