package dev.jxl.build;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.build.backend.BackendException;
import dev.jxl.build.backend.HypervisorBackend;
import dev.jxl.cli.ExitCode;
import dev.jxl.cli.GlobalOptions;
import dev.jxl.config.DomainConfig;
import dev.jxl.layout.plan.BuildInputs;
import dev.jxl.layout.plan.BuildPlan;
import dev.jxl.layout.plan.BuildPlanner;
import java.util.function.Consumer;

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
        BuildPlan plan = BuildPlanner.plan(config, inputs).keepingConfig(config.libxl().toJson());
        return create(config.source(), paused ? plan.leftPaused() : plan);
    }

    /** Runs a plan; {@code source} (the config path) prefixes the failure message. */
    public DomainBuilder.Built create(String source, BuildPlan plan) {
        try (HypervisorBackend backend = Backends.open(global, notices)) {
            return new DomainBuilder(backend).build(plan);
        } catch (BuildFailedException e) {
            throw DiagnosticException.of(Failure.BACKEND, source + ": create " + plan.createDomain().name() + ": "
                    + e.getMessage(), e);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, source + ": " + e.getMessage(), e);
        }
    }
}
