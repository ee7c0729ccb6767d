package dev.jxl.fuzz;

import dev.jxl.cli.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every jxl run must look like, whatever its input: the rules of the fuzz test, written down
 * from how the CLI prints today (builder/src/main/java/dev/jxl/cli: ErrorHandler, UsageErrorHandler,
 * the commands' notices).
 *
 * <ol>
 *   <li><b>Exit codes.</b> The code is one of {@link ExitCode}'s table and one the step allows; never
 *       70 (an internal error), never a throwable escaping {@code Jxl.run}, never past the time limit.</li>
 *   <li><b>A diagnostic</b> is a line {@code FILE:LINE:COL: SEVERITY: MESSAGE} ({@code SEVERITY} a lower-case
 *       word: error, warning, note, or convert-xm's change kinds). {@code FILE} is exactly the path the
 *       command was given for one of its files (the input's own name: for the sim state, the state
 *       directory's {@code state.json}); {@code LINE} and {@code COL} are at least 1.</li>
 *   <li><b>A {@code jxl: } line</b> is a notice when it says {@code jxl: warning: } or
 *       {@code jxl: recovered: } (crash recovery); any other is an error without a position. That is
 *       allowed only where no file is involved: exit 5, a domain named on the command line that does not
 *       exist. Every other failure is about one of the command's files and must say where in it.</li>
 *   <li><b>A failure says where.</b> Exit 1 has an {@code error:} diagnostic in a config (xl or xm), exit 6
 *       one in a document (host description or sim state), exits 3 and 4 one in any of the command's
 *       files. A success has no {@code error:} line.</li>
 *   <li><b>Nothing else on a failure.</b> When the exit code is not 0, every line on stderr is a
 *       diagnostic or a {@code jxl: } line (no stack trace, no message run over several lines), or
 *       the line xl itself prints before it reads a config, {@code Parsing config from FILE}, naming
 *       a config of the command.</li>
 *   <li><b>One line of plain text.</b> A diagnostic holds no control character: what it echoes from
 *       the input is escaped.</li>
 *   <li><b>Impossible documents are refused.</b> A document {@link ImpossibleDocuments} judges impossible
 *       is refused with exit 6 by every command that reads it, and a refused sim state is left byte for
 *       byte as it was.</li>
 * </ol>
 * {@code check} prints its diagnostics on stdout; rules 2–4 read its stdout as well.
 */
final class OutputRules {
    static final Set<Integer> TABLE = Set.of(ExitCode.OK, ExitCode.CONFIG_ERROR, ExitCode.USAGE, ExitCode.CANNOT_PLAN,
            ExitCode.BACKEND_FAILED, ExitCode.NO_SUCH_DOMAIN, ExitCode.BAD_DOCUMENT, ExitCode.INTERNAL_ERROR);

    /**
     * {@code FILE:LINE:COL: word: }, FILE as short as it can be (a message may hold colons). DOTALL:
     * a message that echoes a carriage return or NEL from the input is still one line to jxl.
     */
    static final Pattern DIAGNOSTIC = Pattern.compile("^(.+?):(\\d+):(\\d+): ([a-z][a-z-]*): (.*)$", Pattern.DOTALL);
    private static final List<String> NOTICES = List.of("jxl: warning: ", "jxl: recovered: ");
    private static final String PARSING_CONFIG = "Parsing config from ";
    /** C0 (a tab too), DEL, C1 and the Unicode line separators: what a diagnostic escapes. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029]");
    /** The directories of an absolute path (scratch space and repository differ from run to run). */
    private static final Pattern DIRECTORIES = Pattern.compile("/(?:[^\\s:'\"`/]+/)+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|`[^`']*'");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_0-9])(?:0[xX][0-9a-fA-F]+|\\d+)");
    private static final int SKELETON_INPUT = 400;
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.+-]+\\.(?:cfg|json|xm)\\b");

    private OutputRules() {
    }

    /**
     * A broken rule: which, what tells its failures apart ({@code detail}, part of the failure class),
     * the line (or fact) that broke it. Not {@code fatal}: an observation the report lists but the test
     * does not fail on.
     */
    record Problem(String rule, String detail, String evidence, boolean fatal) {
        Problem(String rule, String detail, String evidence) {
            this(rule, detail, evidence, true);
        }
    }

    static List<Problem> check(Step step, CliRunner.Run run) {
        List<Problem> problems = new ArrayList<>();
        if (run.timedOut()) {
            problems.add(new Problem("timeout", "", "no exit within " + run.micros() / 1000 + " ms"));
            return problems;
        }
        if (run.escaped() != null) {
            problems.add(new Problem("escaped-throwable", run.escaped().getClass().getSimpleName(), run.escaped().toString()));
            return problems;
        }
        int rc = run.rc();
        List<String> lines = lines(run.err());
        if (step.diagnosticsOnStdout()) {
            lines.addAll(lines(run.out()));
        }
        String firstError = firstError(lines);
        boolean refuse = step.mustRefuse() != null;
        if (rc == ExitCode.INTERNAL_ERROR) {
            String line = first(lines, "jxl: internal error: ");
            problems.add(new Problem("internal-error", internalError(line), line));
        } else if (!TABLE.contains(rc)) {
            problems.add(new Problem("exit-not-in-table", "exit " + rc, "exit " + rc + ": " + firstError));
        } else if (refuse && rc != ExitCode.BAD_DOCUMENT) {
            problems.add(rc == ExitCode.OK
                    ? new Problem("impossible-document-accepted", step.mustRefuse(), step.mustRefuse() + ": exit 0")
                    : new Problem("impossible-document-not-exit-6", "exit " + rc,
                            step.mustRefuse() + ": exit " + rc + ": " + firstError));
        } else if (!step.allowed().contains(rc)) {
            problems.add(new Problem("exit-" + rc + "-unexpected", skeleton(firstError), "exit " + rc + " (allowed "
                    + step.allowed() + "): " + firstError));
        }
        boolean pointed = false;
        boolean unpositioned = false;
        for (String line : lines) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (m.matches() && !line.startsWith("jxl: ")) {
                Step.Role role = step.files().get(m.group(1));
                boolean error = m.group(4).equals("error");
                if (role == null) {
                    problems.add(new Problem("diagnostic-names-another-file", skeleton(line), line));
                } else if (m.group(2).matches("0+") || m.group(3).matches("0+")) {
                    problems.add(new Problem("diagnostic-position-below-1", skeleton(line), line));
                } else if (error && points(rc, role)) {
                    pointed = true;
                }
                if (error && rc == ExitCode.OK) {
                    problems.add(new Problem("error-on-success", skeleton(line), line));
                }
                if (CONTROL.matcher(m.group(5)).find()) {
                    problems.add(new Problem("control-character-in-diagnostic", "", line));
                }
            } else if (line.startsWith("jxl: ")) {
                if (NOTICES.stream().noneMatch(line::startsWith) && rc != ExitCode.NO_SUCH_DOMAIN
                        && rc != ExitCode.INTERNAL_ERROR) {
                    unpositioned = true;
                    problems.add(new Problem(rc == ExitCode.OK ? "error-on-success" : "unpositioned-error",
                            "exit " + rc + ": " + skeleton(line), line));
                }
            } else if (rc != ExitCode.OK && !line.isBlank() && !parsingConfig(step, line)) {
                problems.add(new Problem("stray-line-on-failure", skeleton(line), line));
            }
        }
        if (!pointed && !unpositioned && needsPosition(rc)) {
            problems.add(new Problem("failure-without-position", "exit " + rc + ": " + skeleton(firstError),
                    "exit " + rc + ": " + firstError));
        }
        return problems;
    }

    /**
     * What tells one error line's source from another's: directories, file names, quoted text, numbers
     * and domain names blanked, and of the {@code ": "}-separated parts only the first two and the first
     * word of the third (the prefix a message's writer chose, not the values in it).
     */
    static String skeleton(String line) {
        // the head is all it keeps, and a message may echo a 100,000-digit value: the patterns below
        // would take quadratic time over it
        String s = DIRECTORIES.matcher(line.length() > SKELETON_INPUT ? line.substring(0, SKELETON_INPUT) : line)
                .replaceAll("");
        s = FILE_NAME.matcher(s).replaceAll("FILE");
        s = QUOTED.matcher(s).replaceAll("\"…\"");
        s = NUMBER.matcher(s).replaceAll("N");
        s = s.replaceAll("\\b(create|destroy|named) [^\\s:]+", "$1 NAME").replaceAll("\\s+", " ").trim();
        String[] parts = s.split(": ", 4);
        StringBuilder head = new StringBuilder(parts[0]);
        for (int i = 1; i < Math.min(parts.length, 3); i++) {
            head.append(": ").append(i == 2 ? parts[i].split(" ", 2)[0] : parts[i]);
        }
        return head.length() < s.length() ? head + " …" : head.toString();
    }

    /** An internal error's class: the exception and the first two words of its message (one throw site, mostly). */
    static String internalError(String line) {
        String[] parts = line.replaceFirst("^jxl: internal error: ", "").split(": ", 2);
        if (parts.length < 2) {
            return parts[0];
        }
        String[] words = skeleton(parts[1]).split(" ");
        return parts[0] + ": " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(2, words.length))) + " …";
    }

    /** Lines split at '\n' only: a carriage return inside a message does not start a line of its own. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** xl's (and jxl create's) {@code Parsing config from FILE} on stderr, for one of the command's configs. */
    private static boolean parsingConfig(Step step, String line) {
        return line.startsWith(PARSING_CONFIG)
                && step.files().get(line.substring(PARSING_CONFIG.length())) == Step.Role.CONFIG;
    }

    private static boolean needsPosition(int rc) {
        return rc == ExitCode.CONFIG_ERROR || rc == ExitCode.CANNOT_PLAN || rc == ExitCode.BACKEND_FAILED
                || rc == ExitCode.BAD_DOCUMENT;
    }

    /** Whether an error in a file of this role is where a failure with this code must point. */
    private static boolean points(int rc, Step.Role role) {
        return switch (rc) {
            case ExitCode.CONFIG_ERROR -> role == Step.Role.CONFIG;
            case ExitCode.BAD_DOCUMENT -> role == Step.Role.DOCUMENT;
            default -> true;
        };
    }

    private static String first(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(lines.isEmpty() ? "" : lines.get(0));
    }

    /** The first line that reads as an error, else the first line: what a class is named by. */
    static String firstError(List<String> lines) {
        for (String l : lines) {
            Matcher m = DIAGNOSTIC.matcher(l);
            if ((m.matches() && m.group(4).equals("error")) || (l.startsWith("jxl: ")
                    && NOTICES.stream().noneMatch(l::startsWith))) {
                return l;
            }
        }
        return lines.isEmpty() ? "(nothing printed)" : lines.get(0);
    }
}
