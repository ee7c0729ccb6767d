package dev.jxl.config.libxl;

/** libxl_action_on_shutdown; the xl.cfg spelling uses '-', libxl's names '_'. */
public enum ActionOnShutdown implements LibxlEnum {
    DESTROY, RESTART, RESTART_RENAME, PRESERVE, COREDUMP_DESTROY, COREDUMP_RESTART, SOFT_RESET;

    /** The xl.cfg word for it ({@code rename-restart}, {@code coredump-destroy}, …). */
    public String xlName() {
        return this == RESTART_RENAME ? "rename-restart" : libxlName().replace('_', '-');
    }

    public static java.util.Optional<ActionOnShutdown> fromXl(String word) {
        for (ActionOnShutdown a : values()) {
            if (a.xlName().equals(word)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
