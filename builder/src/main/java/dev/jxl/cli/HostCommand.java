package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.host.HostCapture;
import dev.jxl.builder.host.HostDescriptionException;
import dev.jxl.builder.host.HostDescriptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jxl host capture [-o FILE]}: this machine as a JSON host description. */
@Command(name = "host", description = "Host descriptions.", subcommands = HostCommand.Capture.class)
final class HostCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a host command is required (capture)");
    }

    @Command(name = "capture", description = "Describe this machine (/sys/firmware/memmap, /proc/meminfo, CPUs, "
            + "/sys/bus/nd/devices) as a JSON host description; in dom0 of real Xen, the host Xen reports "
            + "(xl info, the boot E820 in xl dmesg).")
    static final class Capture implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
        Path output;

        /** The file-system root to read (tests point it at a made-up tree). */
        @Option(names = "--root", hidden = true)
        Path root = Path.of("/");

        @Override
        public Integer call() {
            String json;
            try {
                json = HostDescriptions.write(new HostCapture(root).capture());
            } catch (HostDescriptionException | BackendException e) {
                throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
            }
            if (output == null) {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
            try {
                Files.writeString(output, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw DiagnosticException.of(Failure.USAGE, output + ": cannot write: " + e.getMessage(), e);
            }
            return ExitCode.OK;
        }
    }
}
