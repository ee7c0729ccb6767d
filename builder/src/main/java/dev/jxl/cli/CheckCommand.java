package dev.jxl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code jxl check CONFIG…}: validate many configs in one process. */
@Command(name = "check", description = "Validate configs; exit 1 if any has an error.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Jxl jxl;

    @Parameters(arity = "1..*", paramLabel = "CONFIG")
    List<Path> configs;

    @Override
    public Integer call() {
        throw new JxlException(ExitCode.USAGE, "check: being written");
    }
}
