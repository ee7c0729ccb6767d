package dev.jxl.oracle;

import java.util.Objects;

/**
 * What one {@code xl -N create} run said. Output is decoded one byte per character (ISO-8859-1),
 * as jxl reads config files, so non-ASCII strings compare byte for byte.
 */
public record XlResult(int exitCode, String stdout, String stderr) {

    /** Exit code reported when xl did not finish within the time limit. */
    public static final int TIMED_OUT = -1;

    public XlResult {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** xl accepted the config (exit 0; it printed the domain configuration). */
    public boolean accepted() {
        return exitCode == 0;
    }

    /** libxlu refused the text itself (lexical or syntax error), before any key was read. */
    public boolean parseFailed() {
        return stderr.contains("Failed to parse config");
    }

    /** The printed libxl domain configuration without the random {@code c_info.uuid}. */
    public String jsonWithoutUuid() {
        return XlOracle.withoutUuid(stdout);
    }

    /** stderr without the "Parsing config from FILE" line xl always prints first. */
    public String messages() {
        return stderr.lines().filter(l -> !l.startsWith("Parsing config from "))
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
