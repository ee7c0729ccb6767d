package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.format;
import static dev.jxl.cli.CommandModel.option;
import static dev.jxl.cli.CommandModel.parameter;
import static dev.jxl.cli.CommandModel.parameters;

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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl convert-xm XMCONFIG [-o OUT] [--vmid N] [VAR=VALUE…]}: reads a legacy xm (xend) config
 * with the safe Python-subset evaluator (nothing in it is executed), writes the equivalent xl config
 * to OUT or stdout, and reports every change on stderr.
 */
final class ConvertXmCommand implements JxlCommand<ConvertXmCommand.Args> {
    static final String NAME = "convert-xm";
    static final String DESCRIPTION = "Convert a legacy xm (xend) domain config to an xl config.";
    static final String DETAILS = "The config's Python is evaluated safely: nothing is executed, no file or environment"
            + " is read; os.uname() answers an x86_64 Linux host. Changes are reported on stderr.";

    @Override
    public CommandSpec spec() {
        CommandSpec spec = CommandModel.command(this, NAME, DESCRIPTION,
                parameter("0", "XMCONFIG", Path.class, "The xm config file."),
                parameters("1..*", "VAR=VALUE", String.class,
                        "As for `xm create`: an xm option (wins over the file) or a script variable (a string)."),
                option("-o, --output", "OUT", Path.class, "Write the xl config here (default: stdout)."),
                option("--vmid", "N", Integer.class, "Shortcut for the script variable vmid=N."),
                format("Format of the change report (default: text)."));
        spec.usageMessage().description(DESCRIPTION, DETAILS);
        return spec;
    }

    /** {@code output}: null for stdout; {@code vmid}: null when not given. */
    record Args(Path config, List<String> words, Path output, Integer vmid, OutputFormat format) {
        Args {
            words = List.copyOf(words);
        }
    }

    @Override
    public Args args(Words words) {
        return new Args(words.parameter("XMCONFIG", null), words.parameter("VAR=VALUE", List.of()),
                words.option("-o", null), words.option("--vmid", null), words.option("--format", OutputFormat.text));
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) throws IOException {
        Path config = args.config();
        // bounded: stops at the first NUL or past the source budget (a /dev/zero never ends)
        String text = XmReader.readText(config, dev.jxl.grammar.xm.XmLimits.DEFAULT);
        XmCommandLine commandLine = XmCommandLine.parse(args.words(), args.vmid());
        XmEvaluation evaluation = XmReader.read(config.toString(), text,
                XmEnvironment.of(config.toString(), commandLine.scriptVariables()));
        XmConversion conversion = XmToXlConverter.convert(evaluation, config.toString(), commandLine);
        String xl = conversion.toXlText();
        if (args.output() != null) {
            Files.write(args.output(), xl.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.print(xl);
            out.flush();
        }
        err.print(args.format() == OutputFormat.json ? conversion.report().toJson() + "\n" : conversion.report().toText());
        err.flush();
        return ExitCode.OK;
    }
}
