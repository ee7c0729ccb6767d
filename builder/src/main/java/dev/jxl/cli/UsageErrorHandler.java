package dev.jxl.cli;

import dev.jxl.diag.Echo;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Bad command-line words: one line saying what (with a did-you-mean where picocli finds a close
 * command or option), the command's synopsis, and exit 2. Words are named, never counted: an index
 * would count the global options too.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName();
        boolean top = cli.getParent() == null;
        String where = top ? "" : cli.getCommandName() + ": ";
        err.println("jxl: error: " + where + Echo.escape(describe(ex, top)));
        if (!top) {
            err.println("usage: " + cli.getHelp().synopsis(0).strip());
        }
        err.println("jxl: note: '" + command + " --help' for more");
        return ExitCode.USAGE;
    }

    private static String describe(CommandLine.ParameterException ex, boolean top) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            // picocli's suggestions are good for options; for commands it offers any shared letters
            List<String> near = top && !u.isUnknownOption() ? nearest(word, List.copyOf(Jxl.SUBCOMMANDS.keySet()))
                    : u.getSuggestions();
            String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream()
                    .limit(3).map(s -> "'" + s + "'").toList()) + "?";
            if (u.isUnknownOption()) {
                return "unknown option '" + Echo.value(word) + "'" + hint;
            }
            if (top) {
                return "unknown command '" + Echo.value(word) + "'" + (hint.isEmpty() ? "; commands: "
                        + String.join(", ", Jxl.SUBCOMMANDS.keySet()) : hint);
            }
            return "unexpected argument '" + Echo.value(word) + "'";
        }
        String m = ex.getMessage();
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** The candidates within two edits (a swap of neighbours is one: "lsit" → "list"), closest first. */
    static List<String> nearest(String word, List<String> candidates) {
        return candidates.stream().filter(c -> editDistance(word, c) <= 2)
                .sorted(java.util.Comparator.comparingInt(c -> editDistance(word, c))).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
