package dev.jxl.builder.sim;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Fault injection for tests. {@code failAt}: the step with this index (0 is createdomain) fails before
 * it changes anything. {@code hangAfter}: after the step with this index is done and written, the
 * process stops there (to be killed with SIGKILL by a crash test).
 *
 * <p>Read from {@code JXL_SIM_FAIL_AT} / {@code JXL_SIM_HANG_AFTER}, or the system properties
 * {@code jxl.sim.failAt} / {@code jxl.sim.hangAfter} (which win). {@code fsync} false skips the
 * fsyncs of each write (still temp + rename, so a killed process leaves a whole document; only a
 * power cut could lose the last writes): for tests that run thousands of builds.
 */
public record SimOptions(OptionalInt failAt, OptionalInt hangAfter, boolean fsync) {
    public static final SimOptions NONE = new SimOptions(OptionalInt.empty(), OptionalInt.empty(), true);

    public static SimOptions failAt(int index) {
        return new SimOptions(OptionalInt.of(index), OptionalInt.empty(), true);
    }

    public SimOptions withoutFsync() {
        return new SimOptions(failAt, hangAfter, false);
    }

    public static SimOptions fromEnvironment() {
        return from(System.getenv(), System.getProperty("jxl.sim.failAt"), System.getProperty("jxl.sim.hangAfter"));
    }

    static SimOptions from(Map<String, String> env, String failAtProperty, String hangAfterProperty) {
        return new SimOptions(index(failAtProperty != null ? failAtProperty : env.get("JXL_SIM_FAIL_AT"), "JXL_SIM_FAIL_AT"),
                index(hangAfterProperty != null ? hangAfterProperty : env.get("JXL_SIM_HANG_AFTER"), "JXL_SIM_HANG_AFTER"),
                true);
    }

    private static OptionalInt index(String value, String name) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int i = Integer.parseInt(value.trim());
            if (i < 0) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(i);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a step index (0, 1, ...): \"" + value + "\"");
        }
    }
}
