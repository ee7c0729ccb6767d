package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.words;

import dev.jxl.config.ConfigKey;
import dev.jxl.config.KeySchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl help [COMMAND…]} as xl's {@code xl help COMMAND}, and {@code jxl help keys [KEY…]}: the
 * xl.cfg keys jxl reads, from the key schema (value, unit, default, guest types, deprecation).
 */
final class HelpCommand implements JxlCommand<List<String>> {
    static final String NAME = "help";
    static final String DESCRIPTION = "Show a command's help, or the xl.cfg keys jxl reads: help keys [KEY...].";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION, words("0..*", "TOPIC", String.class,
                "A command (e.g. create, pmem setup), or keys followed by key names (default: every key)."));
    }

    /** The topic's words: a command's names, or keys and key names. */
    @Override
    public List<String> args(Words words) {
        return List.copyOf(words.parameter("TOPIC", List.<String>of()));
    }

    @Override
    public int run(List<String> topic, PrintWriter out, PrintWriter err) {
        if (!topic.isEmpty() && topic.get(0).equals("keys")) {
            out.print(KeyTable.text(keys(topic.subList(1, topic.size()))));
        } else {
            command(topic, out, err).usage(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static List<ConfigKey> keys(List<String> names) {
        if (names.isEmpty()) {
            return List.copyOf(KeySchema.all());
        }
        List<ConfigKey> keys = new ArrayList<>();
        for (String n : names) {
            Optional<ConfigKey> k = KeySchema.find(n);
            if (k.isEmpty()) {
                throw new UsageException("`" + n + "' is not an xl.cfg key jxl knows"
                        + KeySchema.suggest(n).map(s -> "; did you mean `" + s + "'?").orElse(""));
            }
            keys.add(k.get());
        }
        return keys;
    }

    /** The command the words name, walking subcommands (help pmem setup); the top level when none. */
    private static CommandLine command(List<String> topic, PrintWriter out, PrintWriter err) {
        CommandLine cli = Jxl.newCommandLine(out, err);
        for (String word : topic) {
            CommandLine sub = cli.getSubcommands().get(word);
            if (sub == null) {
                String known = String.join(", ", cli.getSubcommands().keySet());
                throw new UsageException("no command `" + word + "'"
                        + (cli.getParent() == null ? "" : " under " + cli.getCommandName()) + "; one of: " + known
                        + (cli.getParent() == null ? ", or keys" : ""));
            }
            cli = sub;
        }
        return cli;
    }
}
