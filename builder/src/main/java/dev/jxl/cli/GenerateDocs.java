package dev.jxl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes jxl's shell completion and man page from the picocli model, so they never disagree with
 * the commands: run by Maven at package time ({@code builder/pom.xml}) into
 * {@code target/share/…}, laid out as under a prefix, where {@code install.sh} copies them from.
 * Completion: picocli's own bash generator (zsh loads it through {@code bashcompinit}). Man page:
 * roff written here from the same model (picocli's generator writes AsciiDoc, which would need
 * asciidoctor at build time).
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path share = Path.of(args.length > 0 ? args[0] : "target/share");
        CommandLine cli = Jxl.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        String bash = AutoComplete.bash("jxl", cli);
        write(share.resolve("bash-completion/completions/jxl"), bash);
        write(share.resolve("zsh/site-functions/_jxl"), "#compdef jxl\n"
                + "# jxl's bash completion, through zsh's bashcompinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + bash);
        write(share.resolve("man/man1/jxl.1"), manPage(cli, args.length > 1 ? "jxl " + args[1] : "jxl"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** jxl(1): the commands, their options and parameters, global options once, the exit codes. */
    static String manPage(CommandLine cli, String version) {
        CommandSpec top = cli.getCommandSpec();
        StringBuilder m = new StringBuilder();
        m.append(".TH JXL 1 \"\" \"").append(roff(version)).append("\" \"User Commands\"\n");
        m.append(".SH NAME\njxl \\- ").append(roff(String.join(" ", top.usageMessage().description()))).append('\n');
        m.append(".SH SYNOPSIS\n.B jxl\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]\n");
        m.append(".SH DESCRIPTION\njxl reads Xen xl domain configs (the syntax xl 4.17 accepts), plans the guest's"
                + " physical memory layout and builds the domain on a backend: a simulated Xen host by default, or"
                + " real Xen through xl (\\fB\\-\\-backend xl\\fR).\n");
        m.append(".SH GLOBAL OPTIONS\nThey may stand before or after the command name.\n");
        for (OptionSpec o : top.options()) {
            option(m, o);
        }
        m.append(".SH COMMANDS\n");
        cli.getSubcommands().forEach((name, sub) -> command(m, "jxl " + name, sub));
        m.append(KeyTable.roff(dev.jxl.config.KeySchema.all()));
        m.append(".SH EXIT STATUS\n");
        for (var e : top.usageMessage().exitCodeList().entrySet()) {
            m.append(".TP\n.B ").append(roff(e.getKey().strip())).append('\n').append(roff(e.getValue())).append('\n');
        }
        m.append(".SH ENVIRONMENT\n.TP\n.B XDG_STATE_HOME\nThe simulated host's state is kept in"
                + " \\fI$XDG_STATE_HOME/jxl\\fR (else \\fI~/.local/state/jxl\\fR) unless \\fB\\-\\-state\\-dir\\fR says.\n"
                + ".TP\n.B JXL_XL\nThe xl to run with \\fB\\-\\-backend xl\\fR (default: xl on the PATH).\n"
                + ".TP\n.B JXL_JAVA_OPTS\nExtra options for the Java VM.\n");
        m.append(".SH SEE ALSO\n.BR xl (1),\n.BR xl.cfg (5)\n");
        return m.toString();
    }

    private static void command(StringBuilder m, String qualified, CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        if (!cli.getSubcommands().isEmpty()) {
            cli.getSubcommands().forEach((name, sub) -> command(m, qualified + " " + name, sub));
            return;
        }
        m.append(".SS ").append(roff(qualified));
        for (OptionSpec o : own(spec)) {
            m.append(" [").append(roff(o.shortestName())).append(o.arity().max() > 0 ? " " + roff(o.paramLabel()) : "")
                    .append(']');
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String word = roff(p.paramLabel()) + (p.isMultiValue() ? "..." : "");
            m.append(' ').append(p.required() ? word : "[" + word + "]");
        }
        m.append('\n').append(roff(String.join(" ", spec.usageMessage().description()))).append('\n');
        for (PositionalParamSpec p : spec.positionalParameters()) {
            m.append(".TP\n.I ").append(roff(p.paramLabel())).append('\n')
                    .append(roff(String.join(" ", p.description()))).append('\n');
        }
        for (OptionSpec o : own(spec)) {
            option(m, o);
        }
    }

    private static List<OptionSpec> own(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.inherited() && !o.hidden() && !o.usageHelp() && !o.versionHelp())
                .toList();
    }

    private static void option(StringBuilder m, OptionSpec o) {
        m.append(".TP\n.B ").append(roff(String.join(", ", o.names())));
        if (o.arity().max() > 0) {
            m.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
        }
        m.append('\n').append(roff(String.join(" ", o.description()))).append('\n');
    }

    /** Text safe in roff: backslashes and dashes escaped, no line starting with a control character. */
    static String roff(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-").replace("%n", " ");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
