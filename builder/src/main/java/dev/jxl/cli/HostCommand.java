package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.option;

import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.host.HostCapture;
import dev.jxl.builder.host.HostDescriptionException;
import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jxl host capture [-o FILE]}: this machine as a JSON host description. */
final class HostCommand {
    static final String NAME = "host";
    static final String DESCRIPTION = "Host descriptions.";

    private HostCommand() {
    }

    static CommandGroup group() {
        return new CommandGroup(NAME, DESCRIPTION, "a host command is required (capture)", new Capture());
    }

    static final class Capture implements JxlCommand<Capture.Args> {
        @Override
        public CommandSpec spec() {
            return CommandModel.command(this, "capture", "Describe this machine (/sys/firmware/memmap, /proc/meminfo,"
                            + " CPUs, /sys/bus/nd/devices) as a JSON host description; in dom0 of real Xen, the host Xen"
                            + " reports (xl info, the boot E820 in xl dmesg).",
                    option("-o, --output", "FILE", Path.class, "Write here instead of standard output."),
                    // hidden; "<root>" keeps its usage errors byte for byte with golden/cli
                    option("--root", "<root>", Path.class,
                            "The file-system root to read (tests point it at a made-up tree).").hidden(true));
        }

        /** {@code output}: null for standard output. */
        record Args(Path output, Path root) {
        }

        @Override
        public Args args(Words words) {
            return new Args(words.option("-o", null), words.option("--root", Path.of("/")));
        }

        @Override
        public int run(Args args, PrintWriter out, PrintWriter err) {
            String json;
            try {
                json = HostDescriptions.write(new HostCapture(args.root()).capture());
            } catch (HostDescriptionException | BackendException e) {
                throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
            }
            if (args.output() == null) {
                out.print(json);
                out.flush();
                return ExitCode.OK;
            }
            try {
                Files.writeString(args.output(), json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw DiagnosticException.of(Failure.USAGE, args.output() + ": cannot write: " + e.getMessage(), e);
            }
            return ExitCode.OK;
        }
    }
}
