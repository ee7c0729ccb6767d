package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.format;
import static dev.jxl.cli.CommandModel.words;

import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.builder.host.HostDescriptions;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.host.Host;
import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jxl check CONFIG…}: validate many configs in one process (no JVM start per file), printing
 * every diagnostic as {@code FILE:LINE:COL: error|warning: MESSAGE}; exit 1 if any config has an error.
 * With {@code --host FILE} each config is also bound against that host's CPUs and nodes and planned on
 * it, as {@code create} would: a config that cannot be laid out there is exit 3.
 *
 * <p>A batch: the configs are checked on every core by a fixed pool that takes them one at a time in
 * the order given (so a slow file holds one thread and the others go on), and reported in that order,
 * each as soon as it and every file before it are done; the output is the sequential output.
 */
final class CheckCommand implements JxlCommand<CheckCommand.Args> {
    static final String NAME = "check";
    static final String DESCRIPTION = "Validate configs; exit 1 if any has an error, 3 if one cannot be planned on --host.";

    @Override
    public CommandSpec spec() {
        return CommandModel.command(this, NAME, DESCRIPTION,
                words("1..*", "CONFIG", Path.class, "xl config files.").parameterConsumer(new ConfigWords()),
                format("Output format (default: text)."));
    }

    record Args(GlobalOptions global, List<Path> configs, OutputFormat format) {
        Args {
            configs = List.copyOf(configs);
        }
    }

    @Override
    public Args args(Words words) {
        return new Args(words.global(), words.parameter("CONFIG", List.of()),
                words.option("--format", OutputFormat.text));
    }

    /** The outcome for one file; {@code planned} is false when it bound but could not be laid out. */
    record Result(Path file, boolean ok, boolean planned, List<Diagnostic> diagnostics) {
        Result(Path file, boolean ok, List<Diagnostic> diagnostics) {
            this(file, ok, true, diagnostics);
        }
    }

    /**
     * Below this many files one thread: a cold JVM warms up (class initialisation, the ANTLR DFA)
     * once instead of in every thread. Measured on 2 cores, C1: 20 files as fast on two threads as on
     * one, 64 files 7% faster on two.
     */
    static final int PARALLEL_FROM = 8;

    @Override
    public int run(Args args, PrintWriter stdout, PrintWriter err) {
        Optional<Host> host = Optional.empty();
        if (args.global().host() != null) {
            host = Optional.of(HostDescriptions.read(args.global().host())); // its errors are exit 6, positioned
        }
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(stdout, 1 << 16), false);
        Report report = new Report(args.format(), out);
        checkAll(args.configs(), host, threads(args.configs().size()), report);
        report.finish();
        out.flush();
        if (args.global().verbose()) {
            err.printf("%d config(s) checked, %d with errors%n", report.checked, report.failed);
        }
        if (report.configError) {
            return ExitCode.CONFIG_ERROR;
        }
        return report.failed == 0 ? ExitCode.OK : ExitCode.CANNOT_PLAN;
    }

    static int threads(int files) {
        return files < PARALLEL_FROM ? 1 : Math.min(files, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Checks {@code files} on {@code threads} threads and hands each result to {@code sink} in the
     * order of {@code files}, from the calling thread. One thread checks on the caller's.
     */
    static void checkAll(List<Path> files, Optional<Host> host, int threads, Consumer<Result> sink) {
        checkAll(files, threads, f -> check(f, host), sink);
    }

    static void checkAll(List<Path> files, int threads, Function<Path, Result> check, Consumer<Result> sink) {
        if (threads <= 1) {
            files.forEach(f -> sink.accept(check.apply(f)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, CheckCommand::worker);
        try {
            List<Future<Result>> pending = new ArrayList<>(files.size());
            for (Path f : files) {
                pending.add(pool.submit(() -> check.apply(f)));
            }
            for (int i = 0; i < pending.size(); i++) {
                sink.accept(await(pending.get(i)));
                pending.set(i, null); // reported: nothing keeps it
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "jxl-check");
        t.setDaemon(true); // never keeps the JVM up after a failure on the caller's thread
        return t;
    }

    /** The result, or what its check threw, rethrown here as the sequential check would throw it. */
    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes the results as they come, in order, and counts them for the exit code. */
    static final class Report implements Consumer<Result> {
        private final OutputFormat format;
        private final PrintWriter out;
        private final YajlWriter json;
        int checked;
        int failed;
        boolean configError;

        Report(OutputFormat format, PrintWriter out) {
            this.format = format;
            this.out = out;
            this.json = format == OutputFormat.json ? new YajlWriter() : null;
            if (json != null) {
                json.openArray();
            }
        }

        @Override
        public void accept(Result r) {
            checked++;
            if (!r.ok()) {
                failed++;
                configError |= r.planned();
            }
            if (json == null) {
                r.diagnostics().forEach(out::println);
                return;
            }
            json.openMap();
            json.key("file").value(r.file().toString());
            json.key("ok").value(r.ok());
            json.key("diagnostics");
            JsonDiagnostics.write(json, r.diagnostics());
            json.closeMap();
        }

        void finish() {
            if (json != null) {
                json.closeArray();
                out.print(json.toString());
            }
        }
    }

    static Result check(Path file) {
        return check(file, Optional.empty());
    }

    /** Bound (against the host's CPUs and nodes when given) and, on a host, planned. */
    static Result check(Path file, Optional<Host> host) {
        LoadedConfig loaded;
        try {
            loaded = host.isPresent() ? Planning.load(file, List.of(), host.get()) : ConfigLoader.load(file, List.of());
        } catch (ConfigException e) {
            return new Result(file, false, e.diagnostics());
        }
        if (host.isEmpty()) {
            return new Result(file, true, loaded.warnings());
        }
        try {
            Planning.layout(file, List.of(), loaded.config(), host.get(), PlanOptions.DEFAULT);
            return new Result(file, true, loaded.warnings());
        } catch (ConfigException e) {
            List<Diagnostic> all = new ArrayList<>(loaded.warnings());
            all.addAll(e.diagnostics());
            return new Result(file, false, all);
        } catch (DiagnosticException e) {
            // the layout does not fit this host
            List<Diagnostic> all = new ArrayList<>(loaded.warnings());
            all.addAll(e.diagnostics());
            return new Result(file, false, false, all);
        }
    }

    /**
     * Takes a run of CONFIG words at once, up to the next word that starts with '-'. picocli's own
     * handling of each word (it tries every positional word as a number and as an option, two
     * exceptions per word) cost a check of 10,000 files a quarter of a second warm, a second cold.
     * picocli has already judged the first word a positional (not an option, or after "--"); a later
     * word starting with '-' goes back to picocli, which parses it as it would have (an option, a
     * number, "--", or an unknown option), and calls this again for the words after it.
     */
    static final class ConfigWords implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<Path> configs = argSpec.getValue();
            if (configs == null) {
                configs = new ArrayList<>();
                argSpec.setValue(configs);
            }
            do {
                String word = args.pop();
                try {
                    configs.add(Path.of(word));
                } catch (InvalidPathException e) {
                    throw new CommandLine.ParameterException(commandSpec.commandLine(),
                            "Invalid value for positional parameter at index 0..* (CONFIG): cannot convert '"
                                    + word + "' to Path (" + e + ")", e, argSpec, word);
                }
            } while (!args.isEmpty() && !args.peek().startsWith("-"));
        }
    }
}
