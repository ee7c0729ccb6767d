package dev.jxl.cli;

import dev.jxl.convert.XmCommandLine;
import dev.jxl.convert.XmConversion;
import dev.jxl.convert.XmToXlConverter;
import dev.jxl.grammar.xm.XmEnvironment;
import dev.jxl.grammar.xm.XmEvaluation;
import dev.jxl.grammar.xm.XmReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jxl convert-xm XMCONFIG [-o OUT] [--vmid N] [VAR=VALUE…]}: reads a legacy xm (xend) config
 * with the safe Python-subset evaluator (nothing in it is executed), writes the equivalent xl config
 * to OUT or stdout, and reports every change on stderr.
 */
@Command(name = "convert-xm",
        description = {"Convert a legacy xm (xend) domain config to an xl config.",
                "The config's Python is evaluated safely: nothing is executed, no file or environment is read;"
                        + " os.uname() answers an x86_64 Linux host. Changes are reported on stderr."})
final class ConvertXmCommand implements Callable<Integer> {
    enum Format { text, json }

    /** The global options (-v, …) live on the parent command and are inherited. */
    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "XMCONFIG", description = "The xm config file.")
    Path config;

    @Parameters(index = "1..*", paramLabel = "VAR=VALUE",
            description = "As for `xm create`: an xm option (wins over the file) or a script variable (a string).")
    List<String> words = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the xl config here (default: stdout).")
    Path output;

    @Option(names = "--vmid", paramLabel = "N", description = "Shortcut for the script variable vmid=N.")
    Integer vmid;

    @Option(names = "--format", paramLabel = "text|json", description = "Format of the change report (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        // bounded: stops at the first NUL or past the source budget (a /dev/zero never ends)
        String text = XmReader.readText(config, dev.jxl.grammar.xm.XmLimits.DEFAULT);
        XmCommandLine commandLine = XmCommandLine.parse(words, vmid);
        XmEvaluation evaluation = XmReader.read(config.toString(), text,
                XmEnvironment.of(config.toString(), commandLine.scriptVariables()));
        XmConversion conversion = XmToXlConverter.convert(evaluation, config.toString(), commandLine);
        String xl = conversion.toXlText();
        if (output != null) {
            Files.write(output, xl.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            spec.commandLine().getOut().print(xl);
            spec.commandLine().getOut().flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.print(format == Format.json ? conversion.report().toJson() + "\n" : conversion.report().toText());
        err.flush();
        return ExitCode.OK;
    }
}
