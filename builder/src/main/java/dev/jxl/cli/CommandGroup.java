package dev.jxl.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that only names others ({@code host}, {@code pmem}, {@code pmem infoblock},
 * {@code state}): given without one of them, a usage error that says which are there.
 */
final class CommandGroup implements JxlCommand<Void> {
    private final String name;
    private final String description;
    private final String missing;
    private final List<JxlCommand<?>> commands;

    /** {@code missing}: the usage error when no command of the group is given. */
    CommandGroup(String name, String description, String missing, JxlCommand<?>... commands) {
        this.name = name;
        this.description = description;
        this.missing = missing;
        this.commands = List.of(commands);
    }

    @Override
    public CommandSpec spec() {
        CommandSpec spec = CommandModel.command(this, name, description);
        for (JxlCommand<?> c : commands) {
            CommandSpec sub = c.spec();
            spec.addSubcommand(sub.name(), new CommandLine(sub));
        }
        return spec;
    }

    @Override
    public Void args(Words words) {
        throw new UsageException(missing);
    }

    @Override
    public int run(Void args, PrintWriter out, PrintWriter err) {
        throw new IllegalStateException(name + " runs no command of its own");
    }
}
