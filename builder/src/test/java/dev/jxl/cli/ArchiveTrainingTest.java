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
    void aCommandThatEndsOtherwiseIsAFailure(@TempDir Path work) throws IOException {
        Path empty = Files.createDirectories(work.resolve("no-examples"));
        List<String> failures = ArchiveTraining.train(empty, Files.createDirectories(work.resolve("work")),
                ArchiveTraining.Scope.SHORT);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("archive training: jxl -N create " + empty.resolve("hvm-basic.cfg")
                + ": exit 1, expected 0\n")), String.join("\n", failures));
    }
}
