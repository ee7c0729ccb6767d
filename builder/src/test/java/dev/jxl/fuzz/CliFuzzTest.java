package dev.jxl.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fuzz test of issue 12: every seed of the repository (xl configs, host descriptions, sim states
 * made here, xm configs) and a few thousand seeded mutants of them, each handed to the CLI as an admin
 * would (see {@link Scenario}), in this JVM, each command with a time limit. Every run must keep the
 * rules of {@link OutputRules}: an exit code of the documented table and never 70, every error where
 * it belongs ({@code FILE:LINE:COL: error: …} in the input it is about), impossible host and state
 * documents ({@link ImpossibleDocuments}) refused with exit 6.
 *
 * <p>On failure the message lists each failure class once, with its seed, mutators, first stderr lines
 * and a reproducer ({@code sh builder/target/fuzz-failures/NN-…/repro.sh}); the whole report is in
 * {@code builder/target/fuzz-report.txt}. A longer campaign: {@code bench/fuzz 100000}, or
 * {@code -Djxl.fuzz.count=100000} (see {@link Settings} for the other knobs).
 */
class CliFuzzTest {

    @Test
    void everyInputIsAnsweredByTheRules() {
        Settings settings = Settings.fromSystemProperties();
        Seeds seeds = Seeds.load(settings.root(), settings.work().resolve("seeds"));
        Report report = new Campaign(settings, seeds).run();
        System.out.println(report.text());
        assertTrue(report.classes().isEmpty(), report.text());
    }
}
