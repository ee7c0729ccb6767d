package dev.jxl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code jxl} command: global options (inherited by every subcommand, so they may stand before
 * or after its name) and one class per subcommand, each a {@link JxlCommand} with its model in code.
 */
public final class Jxl implements JxlCommand<Void> {
    static final String DESCRIPTION = "An xl-compatible Xen domain builder: parse, plan, execute.";

    @Override
    public CommandSpec spec() {
        CommandSpec spec = CommandModel.command(this, "jxl", DESCRIPTION, GlobalOptions.rows());
        spec.scopeType(ScopeType.INHERIT);
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        return spec;
    }

    private static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "ok");
        m.put("1", "config error");
        m.put("2", "usage error");
        m.put("3", "the layout cannot be planned on this host");
        m.put("4", "a backend step failed (everything was rolled back)");
        m.put("5", "no such domain");
        m.put("6", "a host description or the backend's state is unreadable or impossible");
        m.put("70", "internal error (a bug in jxl: please report it)");
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Void args(Words words) {
        throw new UsageException("a command is required");
    }

    @Override
    public int run(Void args, PrintWriter out, PrintWriter err) {
        throw new IllegalStateException("jxl runs no command of its own");
    }

    /**
     * Runs with the process's standard streams. Both are written ISO-8859-1: config text is read one
     * byte per character (see ConfigLoader), so names, paths and strings from a config come back out
     * byte for byte whatever their encoding; jxl's own text is ASCII.
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.ISO_8859_1), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.ISO_8859_1), true);
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = newCommandLine(out, err, args);
        return cli.execute(args);
    }

    /**
     * The subcommands, by name, with the description jxl --help lists (each command's own constants,
     * inlined here: listing them loads no command class).
     */
    static final Map<String, List<String>> SUBCOMMANDS = subcommands();

    private static Map<String, List<String>> subcommands() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(CreateCommand.NAME, List.of(CreateCommand.DESCRIPTION));
        m.put(CheckCommand.NAME, List.of(CheckCommand.DESCRIPTION));
        m.put(PlanCommand.NAME, List.of(PlanCommand.DESCRIPTION));
        m.put(HostCommand.NAME, List.of(HostCommand.DESCRIPTION));
        m.put(ConvertXmCommand.NAME, List.of(ConvertXmCommand.DESCRIPTION, ConvertXmCommand.DETAILS));
        m.put(PmemCommand.NAME, List.of(PmemCommand.DESCRIPTION));
        m.put(ListCommand.NAME, List.of(ListCommand.DESCRIPTION));
        m.put(DestroyCommand.NAME, List.of(DestroyCommand.DESCRIPTION));
        m.put(PauseCommand.NAME, List.of(PauseCommand.DESCRIPTION));
        m.put(UnpauseCommand.NAME, List.of(UnpauseCommand.DESCRIPTION));
        m.put(InfoCommand.NAME, List.of(InfoCommand.DESCRIPTION));
        m.put(AcpiCommand.NAME, List.of(AcpiCommand.DESCRIPTION));
        m.put(StateCommand.NAME, List.of(StateCommand.DESCRIPTION));
        m.put(HelpCommand.NAME, List.of(HelpCommand.DESCRIPTION));
        return Collections.unmodifiableMap(m);
    }

    /** The subcommand of that name, its model not built yet. */
    private static JxlCommand<?> command(String name) {
        return switch (name) {
            case CreateCommand.NAME -> new CreateCommand();
            case CheckCommand.NAME -> new CheckCommand();
            case PlanCommand.NAME -> new PlanCommand();
            case HostCommand.NAME -> HostCommand.group();
            case ConvertXmCommand.NAME -> new ConvertXmCommand();
            case PmemCommand.NAME -> PmemCommand.group();
            case ListCommand.NAME -> new ListCommand();
            case DestroyCommand.NAME -> new DestroyCommand();
            case PauseCommand.NAME -> new PauseCommand();
            case UnpauseCommand.NAME -> new UnpauseCommand();
            case InfoCommand.NAME -> new InfoCommand();
            case AcpiCommand.NAME -> new AcpiCommand();
            case StateCommand.NAME -> StateCommand.group();
            case HelpCommand.NAME -> new HelpCommand();
            default -> throw new IllegalArgumentException("no jxl command " + name);
        };
    }

    /**
     * Global options that take a value: the word after them is not a command name. Read before any
     * spec is built (a run builds only its own command); GlobalOptionsTest holds it to GlobalOptions.rows().
     */
    static final Set<String> OPTIONS_WITH_VALUES = Set.of("--backend", "--host", "--state-dir");

    /** jxl with every subcommand built (help, the man page and completion see them all). */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, null);
    }

    /**
     * jxl for {@code args}: a run builds only the command it was asked for; help and usage errors
     * see them all. The version provider goes on once every command is added: picocli copies a
     * parent's version onto each subcommand it adds, which would read the jar's manifest there.
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        skipWhatJxlNeverUses();
        CommandLine cli = new CommandLine(new Jxl().spec());
        String wanted = args == null ? null : commandName(args);
        TopLevel top = args == null ? TopLevel.OTHER : TopLevel.of(args);
        for (Map.Entry<String, List<String>> e : SUBCOMMANDS.entrySet()) {
            if (wanted == null ? top == TopLevel.OTHER : wanted.equals(e.getKey())) {
                cli.addSubcommand(e.getKey(), new CommandLine(command(e.getKey()).spec()));
                ownOptionsFirst(cli.getSubcommands().get(e.getKey()));
            } else if (top == TopLevel.HELP) {
                cli.addSubcommand(e.getKey(), summary(e.getKey(), e.getValue()));
            }
        }
        withVersion(cli, new JxlVersion());
        cli.registerConverter(Path.class, new PathWord());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(new Execution());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }

    /**
     * picocli's own switches (unless the user set them) for what jxl does not use: its reflective
     * converters (java.sql, java.time, and java.nio.file.Path, which jxl converts itself), which
     * every CommandLine registers, initialising those classes; and its look-up of Groovy's Closure
     * class, a failed class-path search. A cold -N create spent about 15 ms CPU on them (JDK 17). An
     * option of another such type would fail its tests with picocli's "No TypeConverter registered".
     */
    private static void skipWhatJxlNeverUses() {
        System.getProperties().putIfAbsent("picocli.converters.excludes", ".*");
        System.getProperties().putIfAbsent("picocli.disable.closures", "true");
    }

    /** A path word as picocli's reflective converter reads it ({@code Paths.get(word)}), without the reflection. */
    private static final class PathWord implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String word) {
            return Path.of(word);
        }
    }

    private static void withVersion(CommandLine cli, CommandLine.IVersionProvider version) {
        cli.getCommandSpec().versionProvider(version);
        for (CommandLine sub : cli.getSubcommands().values()) {
            withVersion(sub, version);
        }
    }

    /**
     * What the words before the command name ask of jxl itself. {@code jxl --version} needs no
     * subcommand and {@code jxl --help} only their names and descriptions: building every
     * subcommand's model (the global options copied onto each) made them slower than a whole
     * {@code -N create}. Anything else without a command (an unknown word, a cluster such as -hv)
     * gets every subcommand, for its usage error.
     */
    enum TopLevel {
        HELP, VERSION, OTHER;

        static TopLevel of(String[] args) {
            boolean help = false;
            boolean version = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    help = true;
                } else if (a.equals("-V") || a.equals("--version")) {
                    version = true;
                } else if (OPTIONS_WITH_VALUES.contains(a)) {
                    i++;
                } else if (SUBCOMMANDS.containsKey(a)) {
                    break;
                } else if (!GLOBAL_FLAGS.contains(a) && !hasGlobalValue(a)) {
                    return OTHER;
                }
            }
            return help ? HELP : version ? VERSION : OTHER;
        }

        private static boolean hasGlobalValue(String word) {
            int eq = word.indexOf('=');
            return eq > 0 && OPTIONS_WITH_VALUES.contains(word.substring(0, eq));
        }
    }

    /** Global options without a value, besides help and version (held to GlobalOptions.rows() as above). */
    static final Set<String> GLOBAL_FLAGS = Set.of("-N", "--dry-run", "-v", "--verbose");

    /** A subcommand as jxl's command list shows it: its name and description, nothing to run. */
    private static CommandLine summary(String name, List<String> description) {
        CommandSpec spec = CommandModel.withoutVariables(CommandSpec.create().name(name));
        spec.usageMessage().description(description.toArray(String[]::new));
        return new CommandLine(spec);
    }

    /**
     * picocli's RunLast for jxl's commands: help or version if asked, else the deepest command given
     * runs on its words. What its words or run refuse as a usage error is picocli's usage error of
     * that command; any other exception goes to {@link ErrorHandler}.
     */
    static final class Execution implements CommandLine.IExecutionStrategy {
        @Override
        public int execute(ParseResult parsed) {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            CommandSpec spec = leaf.commandSpec();
            try {
                return run((JxlCommand<?>) spec.userObject(), new Words(spec), spec.commandLine());
            } catch (UsageException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
                throw e;
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(spec.commandLine(), "Error while running "
                        + spec.qualifiedName() + ": " + e, e);
            }
        }

        private static <A> int run(JxlCommand<A> command, Words words, CommandLine cli) throws Exception {
            return command.run(command.args(words), cli.getOut(), cli.getErr());
        }
    }

    /**
     * A subcommand's help lists its own options, then the global ones by name only (jxl --help
     * describes them once), and leaves the exit-code table to jxl --help.
     */
    private static void ownOptionsFirst(CommandLine sub) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = sub.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, OWN_OPTIONS_FIRST);
        sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING, NOTHING);
        sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, NOTHING);
        for (CommandLine subsub : sub.getSubcommands().values()) {
            ownOptionsFirst(subsub);
        }
    }

    // classes, not lambdas: linking a lambda call site costs a cold JVM about 0.19 ms, and every run has these
    private static final CommandLine.IHelpSectionRenderer OWN_OPTIONS_FIRST = new OwnOptionsFirst();
    private static final CommandLine.IHelpSectionRenderer NOTHING = new Nothing();

    private static final class Nothing implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            return "";
        }
    }

    private static final class OwnOptionsFirst implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(CommandLine.Help help) {
            CommandSpec spec = help.commandSpec();
            var own = spec.options().stream().filter(o -> !o.inherited() && !o.hidden()).toList();
            StringBuilder b = new StringBuilder();
            if (!own.isEmpty()) {
                CommandLine.Help.Layout layout = help.createDefaultLayout();
                layout.addOptions(own, help.createDefaultParamLabelRenderer());
                b.append(layout);
            }
            var global = spec.options().stream().filter(OptionSpec::inherited).map(OptionSpec::shortestName).toList();
            if (!global.isEmpty()) {
                b.append("Global options: ").append(String.join(" ", global)).append(" (see 'jxl --help')\n");
            }
            return b.toString();
        }
    }

    /** The first word that names a subcommand, or null (then every subcommand is registered). */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return SUBCOMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }
}
