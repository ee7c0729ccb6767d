package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive's training run: every command ends as it must, and one that does not is named. */
class ArchiveTrainingTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyTrainingCommandEndsAsItMust(@TempDir Path work) throws IOException {
        assertEquals(List.of(), ArchiveTraining.train(ROOT.resolve("examples"), Files.createDirectories(work.resolve("all")), ArchiveTraining.Scope.ALL));
        assertEquals(List.of(), ArchiveTraining.train(ROOT.resolve("examples"), Files.createDirectories(work.resolve("short")), ArchiveTraining.Scope.SHORT));
        assertEquals(List.of(), ArchiveTraining.train(ROOT.resolve("examples"), Files.createDirectories(work.resolve("dry")), ArchiveTraining.Scope.DRY));
        assertTrue(Files.exists(work.resolve("dry/state/state.json")), "the dry scope boots the sim before its last dry run");
    }

    @Test
    void eachScopeTrainsItsOwnCommands(@TempDir Path work) throws IOException {
        Path examples = ROOT.resolve("examples");
        List<String> dry = words(ArchiveTraining.runs(examples, work, ArchiveTraining.Scope.DRY));
        assertEquals(List.of("-N create", "-N create", "-N create", "list", "-N create"), dry);
        List<String> shortScope = words(ArchiveTraining.runs(examples, work, ArchiveTraining.Scope.SHORT));
        for (String longer : List.of("check", "convert-xm", "acpi", "pmem list", "help keys", "plan --format")) {
            assertTrue(shortScope.stream().noneMatch(w -> w.startsWith(longer)), longer + " in the short scope: " + shortScope);
        }
        assertTrue(shortScope.containsAll(List.of("--help", "--version", "-N create", "list", "create -p", "info",
                "destroy hvm-vnvdimm")), shortScope.toString());
        List<String> all = words(ArchiveTraining.runs(examples, work, ArchiveTraining.Scope.ALL));
        assertTrue(all.containsAll(shortScope) && all.containsAll(List.of("check", "convert-xm", "acpi -o",
                "pmem list", "help keys memory", "plan --format json", "plan --format svg")), all.toString());
    }

    /** Each run's words up to its first path (the examples' and the work dir's paths vary). */
    private static List<String> words(List<ArchiveTraining.Run> runs) {
        List<String> out = new java.util.ArrayList<>();
        for (ArchiveTraining.Run run : runs) {
            List<String> words = new java.util.ArrayList<>();
            for (String a : run.args()) {
                if (a.startsWith("/")) {
                    break;
                }
                words.add(a);
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    @Test
    void aCommandThatEndsOtherwiseIsAFailure(@TempDir Path work) throws IOException {
        Path empty = Files.createDirectories(work.resolve("no-examples"));
        List<String> failures = ArchiveTraining.train(empty, Files.createDirectories(work.resolve("work")),
                ArchiveTraining.Scope.SHORT);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("archive training: jxl -N create " + empty.resolve("hvm-basic.cfg")
                + ": exit 1, expected 0\n")), String.join("\n", failures));
    }
}
