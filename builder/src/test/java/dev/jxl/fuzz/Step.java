package dev.jxl.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One jxl command of a scenario and what may come of it.
 *
 * @param name                a short label ({@code plan}, {@code --host info} …), for counts and classes
 * @param args                the words, as an admin would type them
 * @param allowed             the exit codes this command may end with on this input
 * @param files               every file the command is given (by the path it is named with), and its role
 * @param diagnosticsOnStdout {@code check} prints its diagnostics on stdout: the line rules read it too
 * @param mustRefuse          why the input must be refused with exit 6 (an impossible document), or null
 * @param document            the sim state file a refusal must leave as it was, or null
 */
record Step(String name, List<String> args, Set<Integer> allowed, Map<String, Role> files, boolean diagnosticsOnStdout,
        String mustRefuse, Path document) {

    /** What a file is to the command: where errors of each exit code must point. */
    enum Role {
        /** An xl or xm config: exit 1 errors point into it. */
        CONFIG,
        /** A host description or sim state: exit 6 errors point into it. */
        DOCUMENT
    }
}
