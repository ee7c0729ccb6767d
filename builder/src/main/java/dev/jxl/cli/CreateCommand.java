package dev.jxl.cli;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jxl create CONFIG [KEY=VALUE…]}: build and start a domain; with -N print its libxl JSON. */
@Command(name = "create", description = "Build and start the domain; with -N print the libxl domain JSON.")
final class CreateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The xl config file.")
    Path config;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Settings appended to the config, as xl does.")
    List<String> overrides = List.of();

    @Override
    public Integer call() {
        LoadedConfig loaded = ConfigLoader.load(config, overrides);
        Output.warnings(loaded.warnings());
        if (global.dryRun()) {
            Output.stdoutLatin1(loaded.config().libxl().toJson());
            return ExitCode.OK;
        }
        throw new JxlException(ExitCode.BACKEND_FAILED, "create without -N: backends are not built yet");
    }
}
