package dev.jxl.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A jxl command in three steps: its picocli model, declared in code ({@link CommandModel}: no
 * annotations, so a cold start reflects over nothing); its words, read from what picocli parsed into
 * an immutable record {@code A}; and its run on that record. A word the parser accepted but the
 * command cannot take is a {@link UsageException}, reported as picocli's own usage errors are.
 *
 * @param <A> the command's arguments
 */
interface JxlCommand<A> {
    /** The command's model: name, description, options and parameters, subcommands. */
    CommandSpec spec();

    /** The command's arguments, from the words parsed for it. */
    A args(Words words);

    /** Runs the command; returns its exit code ({@link ExitCode}). */
    int run(A args, PrintWriter out, PrintWriter err) throws Exception;
}
