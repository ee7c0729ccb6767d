package dev.jxl.builder;

import dev.jxl.builder.sim.BuiltinHost;
import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
import java.nio.file.Path;

/**
 * A separate jxl-like process for the reliability tests: {@code BuildMain STATE_DIR PLAN} builds one
 * test plan on the sim (fault injection from the environment) and exits 0, or 4 with the reason;
 * {@code BuildMain STATE_DIR -} only opens the sim (and so recovers it).
 */
public final class BuildMain {
    private BuildMain() {
    }

    public static void main(String[] args) {
        try (SimBackend b = SimBackend.open(Path.of(args[0]), BuiltinHost::get, SimOptions.fromEnvironment(),
                line -> System.err.println("jxl: " + line))) {
            if (!args[1].equals("-")) {
                System.out.println("opened");
                System.out.flush();
                DomainBuilder.Built built = new DomainBuilder(b).build(TestPlans.get(args[1]));
                System.out.println("built " + built.domid() + " " + built.name());
            }
        } catch (BuildFailedException e) {
            System.err.println("jxl: " + e.getMessage());
            System.exit(4);
        }
        System.exit(0);
    }
}
