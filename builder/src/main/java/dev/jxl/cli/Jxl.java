package dev.jxl.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jxl} command: global options (inherited by every subcommand, so they may stand before
 * or after its name) and one class per subcommand.
 */
@Command(name = "jxl",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = JxlVersion.class,
        description = "An xl-compatible Xen domain builder: parse, plan, execute.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:config error",
            "2:usage error",
            "3:the layout cannot be planned on this host",
            "4:a backend step failed (everything was rolled back)",
            "5:no such domain",
            "6:a host description or the backend's state is unreadable or impossible",
            "70:internal error (a bug in jxl: please report it)"})
public final class Jxl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Declared once here; INHERIT scope copies them onto every subcommand, bound to these fields. */
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
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
     * The subcommands, by name. Registered lazily: a run builds only the command it was asked for
     * (reflecting over every command class costs a short-lived CLI tens of milliseconds); help and
     * usage errors see them all. Classes, not constructor references: linking a method reference
     * costs a cold JVM about a millisecond each.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("create", CreateCommand.class);
        m.put("check", CheckCommand.class);
        m.put("plan", PlanCommand.class);
        m.put("host", HostCommand.class);
        m.put("convert-xm", ConvertXmCommand.class);
        m.put("pmem", PmemCommand.class);
        m.put("list", ListCommand.class);
        m.put("destroy", DestroyCommand.class);
        m.put("pause", PauseCommand.class);
        m.put("unpause", UnpauseCommand.class);
        m.put("info", InfoCommand.class);
        m.put("acpi", AcpiCommand.class);
        m.put("state", StateCommand.class);
        m.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    /** Global options that take a value: the word after them is not a command name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--backend", "--host", "--state-dir");

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, null);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cli = new CommandLine(new Jxl());
        String wanted = args == null ? null : commandName(args);
        TopLevel top = args == null ? TopLevel.OTHER : TopLevel.of(args);
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
            if (wanted == null ? top == TopLevel.OTHER : wanted.equals(e.getKey())) {
                cli.addSubcommand(e.getKey(), e.getValue());
                ownOptionsFirst(cli.getSubcommands().get(e.getKey()));
            } else if (top == TopLevel.HELP) {
                cli.addSubcommand(e.getKey(), summary(e.getKey(), e.getValue()));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }

    /**
     * What the words before the command name ask of jxl itself. {@code jxl --version} needs no
     * subcommand and {@code jxl --help} only their names and descriptions: building every
     * subcommand's model (reflection over its options, the global options copied onto each) made
     * them slower than a whole {@code -N create}. Anything else without a command (an unknown word,
     * a cluster such as -hv) gets every subcommand, for its usage error.
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

    /** Global options without a value, besides help and version. */
    private static final Set<String> GLOBAL_FLAGS = Set.of("-N", "--dry-run", "-v", "--verbose");

    /**
     * A subcommand as jxl's command list shows it: its names and the header or description of its
     * {@code @Command}, read from that annotation alone.
     */
    private static CommandLine summary(String name, Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(name).aliases(c.aliases());
        spec.usageMessage().header(c.header()).description(c.description()).hidden(c.hidden());
        return new CommandLine(spec);
    }

    /**
     * A subcommand's help lists its own options, then the global ones by name only (jxl --help
     * describes them once), and leaves the exit-code table to jxl --help.
     */
    private static void ownOptionsFirst(CommandLine sub) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = sub.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, Jxl::ownOptionList);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING, help -> "");
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, help -> "");
        sub.getSubcommands().values().forEach(Jxl::ownOptionsFirst);
    }

    private static String ownOptionList(CommandLine.Help help) {
        var spec = help.commandSpec();
        var own = spec.options().stream().filter(o -> !o.inherited() && !o.hidden()).toList();
        StringBuilder b = new StringBuilder();
        if (!own.isEmpty()) {
            CommandLine.Help.Layout layout = help.createDefaultLayout();
            layout.addOptions(own, help.createDefaultParamLabelRenderer());
            b.append(layout);
        }
        var global = spec.options().stream().filter(CommandLine.Model.OptionSpec::inherited)
                .map(CommandLine.Model.OptionSpec::shortestName).toList();
        if (!global.isEmpty()) {
            b.append("Global options: ").append(String.join(" ", global)).append(" (see 'jxl --help')\n");
        }
        return b.toString();
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
