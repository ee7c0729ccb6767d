package dev.jxl.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * A command's picocli model declared as a table: one row an option or parameter (names, label,
 * type, description; picocli's own builder for anything rarer, such as {@code .arity("2")}), in the
 * order its help lists them. Built in code, so nothing is reflected over: no annotation is parsed,
 * no field read, no proxy made.
 */
final class CommandModel {
    private CommandModel() {
    }

    /**
     * The command's model, with its rows, then {@code -h} and {@code -V} (every jxl command takes
     * them; picocli's own mixin of them is an annotated class). A row is an {@link OptionSpec.Builder},
     * a {@link PositionalParamSpec.Builder} or an {@link ArgGroupSpec}: picocli's builders share no
     * public type.
     */
    static CommandSpec command(JxlCommand<?> command, String name, String description, Object... rows) {
        CommandSpec spec = withoutVariables(CommandSpec.wrapWithoutInspection(command).name(name));
        spec.usageMessage().description(description);
        for (Object row : rows) {
            if (row instanceof OptionSpec.Builder option) {
                spec.addOption(option.build());
            } else if (row instanceof PositionalParamSpec.Builder parameter) {
                spec.addPositional(asParameters(parameter));
            } else if (row instanceof ArgGroupSpec group) {
                spec.addArgGroup(group);
            } else {
                throw new IllegalArgumentException(name + ": a row is an option, a parameter or a group, not " + row);
            }
        }
        spec.addOption(flag("-h, --help", "Show this help message and exit.").usageHelp(true).build());
        spec.addOption(flag("-V, --version", "Print version information and exit.").versionHelp(true).build());
        return spec;
    }

    /**
     * No jxl text uses picocli's {@code ${...}} variables; left on, picocli would scan every option
     * name for them each time it looks an option up.
     */
    static CommandSpec withoutVariables(CommandSpec spec) {
        return spec.interpolateVariables(false);
    }

    /**
     * picocli's rules for an {@code @Parameters}, which its programmatic builder leaves to the caller:
     * an arity not given is one word (up to one per position for a list), and a parameter is required
     * when its arity asks for a word.
     */
    private static PositionalParamSpec asParameters(PositionalParamSpec.Builder parameter) {
        Range arity = parameter.arity();
        if (arity == null) {
            boolean list = Collection.class.isAssignableFrom(parameter.type());
            arity = Range.valueOf(list ? "0..1" : "1").unspecified(true);
        }
        return parameter.arity(arity).required(arity.min() > 0).build();
    }

    /** An option without a value; {@code names} as help lists them ({@code "-q, --quiet"}). */
    static OptionSpec.Builder flag(String names, String description) {
        return OptionSpec.builder(names(names)).type(boolean.class).description(description);
    }

    /** An option with one value of {@code type}. */
    static OptionSpec.Builder option(String names, String label, Class<?> type, String description) {
        return OptionSpec.builder(names(names)).paramLabel(label).type(type).description(description);
    }

    /** {@code --format text|json}, read as an {@link OutputFormat}; {@code description} says what it formats. */
    static OptionSpec.Builder format(String description) {
        return option("--format", "text|json", OutputFormat.class, description);
    }

    /** An option whose values, each time it is given, add to a list of {@code element}. */
    static OptionSpec.Builder options(String names, String label, Class<?> element, String description) {
        return option(names, label, List.class, description).auxiliaryTypes(element);
    }

    /** {@code "-q, --quiet"}: -q and --quiet (split by hand: String.split compiles a regex each time). */
    private static String[] names(String names) {
        List<String> all = new ArrayList<>(2);
        int from = 0;
        for (int comma; (comma = names.indexOf(", ", from)) >= 0; from = comma + 2) {
            all.add(names.substring(from, comma));
        }
        all.add(names.substring(from));
        return all.toArray(new String[0]);
    }

    /** The parameter at {@code index}, of {@code type}. */
    static PositionalParamSpec.Builder parameter(String index, String label, Class<?> type, String description) {
        return PositionalParamSpec.builder().index(index).paramLabel(label).type(type).description(description);
    }

    /** The parameters from {@code index} on ({@code "1..*"}), a list of {@code element}. */
    static PositionalParamSpec.Builder parameters(String index, String label, Class<?> element, String description) {
        return parameter(index, label, List.class, description).auxiliaryTypes(element);
    }

    /** Every parameter, a list of {@code element}, {@code arity} of them ({@code "1..*"}). */
    static PositionalParamSpec.Builder words(String arity, String label, Class<?> element, String description) {
        return PositionalParamSpec.builder().arity(arity).paramLabel(label).type(List.class).auxiliaryTypes(element)
                .description(description);
    }
}
