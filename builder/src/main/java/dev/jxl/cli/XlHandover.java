package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.xl.XlCreator;
import dev.jxl.builder.xl.XlTool;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code list}, {@code info}, {@code pause}, {@code unpause} and {@code destroy} with {@code --backend xl}:
 * real Xen's xl does them, its output passed through as it prints it; jxl adds only the clean-up of
 * the files its create wrote.
 */
final class XlHandover {
    private static final long TIMEOUT_MINUTES = 10;

    private XlHandover() {
    }

    static int list(List<String> domains, PrintWriter out, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of("list"));
        args.addAll(domains);
        return passThrough(args, out, err);
    }

    static int info(PrintWriter out, PrintWriter err) {
        return passThrough(List.of("info"), out, err);
    }

    /**
     * {@code xl destroy}, then the domain's generated config and tables go (looked up by name first).
     * A domain that ended by itself (crashed, powered off) before or while it was destroyed is gone
     * either way: jxl then only removes its own files, says so, and succeeds.
     */
    static int destroy(GlobalOptions global, String domain, PrintWriter out, PrintWriter err) {
        XlCreator files = new XlCreator(Backends.xlConfigDir(global));
        boolean numeric = !domain.isEmpty() && domain.chars().allMatch(c -> c >= '0' && c <= '9');
        String name = domain;
        if (numeric) {
            XlTool.Result r = run(List.of("domname", domain));
            if (!r.ok()) {
                err.print(r.stderr());
                throw DiagnosticException.of(Failure.NO_SUCH_DOMAIN, "no domain with id " + domain + " (xl domname exited "
                        + r.exitCode() + ")").withNote("'xl list' shows the domains Xen runs");
            }
            name = r.stdout().strip();
        } else {
            XlTool.Result r = run(List.of("domid", domain));
            if (!r.ok() && files.holds(domain) && !global.dryRun()) {
                return alreadyGone(files, domain, err);
            }
            if (!r.ok()) {
                err.print(r.stderr());
                throw DiagnosticException.of(Failure.NO_SUCH_DOMAIN, "no domain named " + domain + " (xl domid exited "
                        + r.exitCode() + ")").withNote("'xl list' shows the domains Xen runs");
            }
        }
        if (global.dryRun()) {
            return ExitCode.OK;
        }
        XlTool.Result r = run(List.of("destroy", domain));
        out.print(r.stdout());
        out.flush();
        if (!r.ok()) {
            if (!run(List.of("domid", name)).ok()) {
                return alreadyGone(files, name, err); // it ended between the lookup and the destroy
            }
            err.print(r.stderr());
            err.flush();
            throw DiagnosticException.of(Failure.BACKEND, "xl destroy " + domain + " exited " + r.exitCode());
        }
        err.print(r.stderr());
        err.flush();
        files.forget(name);
        return ExitCode.OK;
    }

    /**
     * {@code xl pause} / {@code xl unpause}, its output and exit status as xl gives them (xl logs a
     * refused pause and still exits 0). With -N the domain is only looked up.
     */
    static int pauseOrUnpause(GlobalOptions global, String op, String domain, PrintWriter out, PrintWriter err) {
        if (global.dryRun()) {
            boolean numeric = !domain.isEmpty() && domain.chars().allMatch(c -> c >= '0' && c <= '9');
            XlTool.Result r = run(List.of(numeric ? "domname" : "domid", domain));
            if (!r.ok()) {
                err.print(r.stderr());
                throw DiagnosticException.of(Failure.NO_SUCH_DOMAIN, "no domain " + (numeric ? "with id " : "named ")
                        + domain + " (xl " + (numeric ? "domname" : "domid") + " exited " + r.exitCode() + ")")
                        .withNote("'xl list' shows the domains Xen runs");
            }
            return ExitCode.OK;
        }
        return passThrough(List.of(op, domain), out, err);
    }

    private static int alreadyGone(XlCreator files, String name, PrintWriter err) {
        files.forget(name);
        err.println("jxl: " + name + " had already ended (xl no longer knows it); removed jxl's config and tables for it");
        err.flush();
        return ExitCode.OK;
    }

    private static int passThrough(List<String> args, PrintWriter out, PrintWriter err) {
        XlTool.Result r = run(args);
        out.print(r.stdout());
        out.flush();
        err.print(r.stderr());
        err.flush();
        if (!r.ok()) {
            throw DiagnosticException.of(Failure.BACKEND, "xl " + String.join(" ", args) + " exited " + r.exitCode());
        }
        return ExitCode.OK;
    }

    private static XlTool.Result run(List<String> args) {
        try {
            return XlTool.run(args, TIMEOUT_MINUTES);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
    }
}
