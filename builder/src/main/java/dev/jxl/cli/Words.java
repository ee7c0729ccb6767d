package dev.jxl.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What picocli parsed for one command: its options by name, its parameters by label, typed as the
 * model declares them, and the global options given before or after its name. A value not given is
 * the caller's {@code absent}: a default is stated, typed, beside the argument record it fills, not
 * as a string in the model for picocli's converters to parse.
 */
final class Words {
    private final CommandSpec command;
    private GlobalOptions global;

    Words(CommandSpec command) {
        this.command = command;
    }

    /** Read once per run: a backend caches what it learns per GlobalOptions instance. */
    GlobalOptions global() {
        if (global == null) {
            global = GlobalOptions.of(command);
        }
        return global;
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(option(name).getValue());
    }

    <T> T option(String name, T absent) {
        return orAbsent(option(name), absent);
    }

    /** A parameter's value; read from the model, as a parameter consumer sets it there unmatched. */
    <T> T parameter(String label, T absent) {
        for (PositionalParamSpec p : command.positionalParameters()) {
            if (p.paramLabel().equals(label)) {
                return orAbsent(p, absent);
            }
        }
        throw new IllegalArgumentException(command.qualifiedName() + " has no parameter " + label);
    }

    private OptionSpec option(String name) {
        OptionSpec o = command.findOption(name);
        if (o == null) {
            throw new IllegalArgumentException(command.qualifiedName() + " has no option " + name);
        }
        return o;
    }

    private static <T> T orAbsent(ArgSpec arg, T absent) {
        T value = arg.getValue();
        return value == null ? absent : value;
    }
}
