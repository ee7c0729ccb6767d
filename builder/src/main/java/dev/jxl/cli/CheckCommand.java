package dev.jxl.cli;

import dev.jxl.diag.Failure;
import dev.jxl.config.ConfigLoader;
import dev.jxl.config.LoadedConfig;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.diag.ConfigException;
import dev.jxl.diag.Diagnostic;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.build.host.HostDescriptions;
import dev.jxl.layout.PlanOptions;
import dev.jxl.layout.host.Host;
import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jxl check CONFIG…}: validate many configs in one process (no JVM start per file), printing
 * every diagnostic as {@code FILE:LINE:COL: error|warning: MESSAGE}; exit 1 if any config has an error.
 * With {@code --host FILE} each config is also bound against that host's CPUs and nodes and planned on
 * it, as {@code create} would: a config that cannot be laid out there is exit 3.
 */
@Command(name = "check", description = "Validate configs; exit 1 if any has an error, 3 if one cannot be "
        + "planned on --host.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Jxl jxl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "xl config files.")
    List<Path> configs;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Format format = Format.text;

    /** The outcome for one file; {@code planned} is false when it bound but could not be laid out. */
    record Result(Path file, boolean ok, boolean planned, List<Diagnostic> diagnostics) {
        Result(Path file, boolean ok, List<Diagnostic> diagnostics) {
            this(file, ok, true, diagnostics);
        }
    }

    /** Below this many files a thread pool costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    @Override
    public Integer call() {
        Optional<Host> host = Optional.empty();
        if (jxl.global().host() != null) {
            host = Optional.of(HostDescriptions.read(jxl.global().host())); // its errors are exit 6, positioned
        }
        Optional<Host> on = host;
        // configs are independent: check them on every core, report them in the order given
        List<Result> results = configs.size() < PARALLEL_FROM
                ? configs.stream().map(f -> check(f, on)).toList()
                : configs.parallelStream().map(f -> check(f, on)).toList();
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        if (format == Format.json) {
            out.print(json(results));
        } else {
            for (Result r : results) {
                r.diagnostics().forEach(out::println);
            }
        }
        out.flush();
        long failed = results.stream().filter(r -> !r.ok()).count();
        if (jxl.global().verbose()) {
            spec.commandLine().getErr().printf("%d config(s) checked, %d with errors%n", results.size(), failed);
        }
        if (results.stream().anyMatch(r -> !r.ok() && r.planned())) {
            return ExitCode.CONFIG_ERROR;
        }
        return failed == 0 ? ExitCode.OK : ExitCode.CANNOT_PLAN;
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

    private static String json(List<Result> results) {
        YajlWriter w = new YajlWriter();
        w.openArray();
        for (Result r : results) {
            w.openMap();
            w.key("file").value(r.file().toString());
            w.key("ok").value(r.ok());
            w.key("diagnostics");
            JsonDiagnostics.write(w, r.diagnostics());
            w.closeMap();
        }
        w.closeArray();
        return w.toString();
    }
}
