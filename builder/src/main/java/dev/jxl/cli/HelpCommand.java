package dev.jxl.cli;

import dev.jxl.config.ConfigKey;
import dev.jxl.config.KeySchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jxl help [COMMAND…]} as xl's {@code xl help COMMAND}, and {@code jxl help keys [KEY…]}: the
 * xl.cfg keys jxl reads, from the key schema (value, unit, default, guest types, deprecation).
 */
@Command(name = "help", description = "Show a command's help, or the xl.cfg keys jxl reads: help keys [KEY...].")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TOPIC", description = "A command (e.g. create, pmem setup), or keys"
            + " followed by key names (default: every key).")
    List<String> topic = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!topic.isEmpty() && topic.get(0).equals("keys")) {
            out.print(KeyTable.text(keys(topic.subList(1, topic.size()))));
        } else {
            command().usage(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private List<ConfigKey> keys(List<String> names) {
        if (names.isEmpty()) {
            return List.copyOf(KeySchema.all());
        }
        List<ConfigKey> keys = new ArrayList<>();
        for (String n : names) {
            Optional<ConfigKey> k = KeySchema.find(n);
            if (k.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "`" + n + "' is not an xl.cfg key jxl knows"
                        + KeySchema.suggest(n).map(s -> "; did you mean `" + s + "'?").orElse(""));
            }
            keys.add(k.get());
        }
        return keys;
    }

    /** The command the words name, walking subcommands (help pmem setup); the top level when none. */
    private CommandLine command() {
        CommandLine cli = Jxl.newCommandLine(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (String word : topic) {
            CommandLine sub = cli.getSubcommands().get(word);
            if (sub == null) {
                String known = String.join(", ", cli.getSubcommands().keySet());
                throw new ParameterException(spec.commandLine(), "no command `" + word + "'"
                        + (cli.getParent() == null ? "" : " under " + cli.getCommandName()) + "; one of: " + known
                        + (cli.getParent() == null ? ", or keys" : ""));
            }
            cli = sub;
        }
        return cli;
    }
}
