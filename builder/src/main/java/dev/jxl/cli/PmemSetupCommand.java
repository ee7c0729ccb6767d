package dev.jxl.cli;

import static dev.jxl.cli.CommandModel.option;

import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupRequest;
import java.io.PrintWriter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code jxl pmem setup --mgmt SMFN EMFN | --data SMFN EMFN --mgmt-area SMFN EMFN}: set host pmem up
 * as the vNVDIMM series' {@code xl pmem-setup} does, checked by Xen's rules (the pmem planner's
 * validator) and recorded in the backend's state.
 */
final class PmemSetupCommand implements JxlCommand<PmemSetupCommand.Args> {
    @Override
    public CommandSpec spec() {
        // one of the two kinds, exactly once; first, so help lists them before --mgmt-area
        ArgGroupSpec kind = ArgGroupSpec.builder().exclusive(true).multiplicity("1")
                .addArg(frames("--mgmt", "Management area [SMFN, EMFN).").build())
                .addArg(frames("--data", "Data area [SMFN, EMFN).").build()).build();
        return CommandModel.command(this, "setup", "Set host pmem frames [SMFN, EMFN) up as a management area, or as a"
                        + " data area whose tables go into a management area.", kind,
                frames("--mgmt-area", "With --data: the management area [SMFN, EMFN) its tables go into."));
    }

    /** An option of two frame numbers, SMFN and EMFN, as given (read by {@link #range}). */
    private static OptionSpec.Builder frames(String name, String description) {
        return option(name, "MFN", String[].class, description).arity("2");
    }

    record Args(GlobalOptions global, PmemSetupRequest request) {
    }

    @Override
    public Args args(Words words) {
        String[] mgmt = words.option("--mgmt", null);
        String[] mgmtArea = words.option("--mgmt-area", null);
        PmemSetupRequest request;
        if (mgmt != null) {
            if (mgmtArea != null) {
                throw new UsageException("--mgmt-area goes with --data");
            }
            request = new PmemSetupRequest.Management(range("--mgmt", mgmt));
        } else {
            if (mgmtArea == null) {
                throw new UsageException("--data needs --mgmt-area SMFN EMFN");
            }
            String[] data = words.option("--data", null);
            request = new PmemSetupRequest.Data(range("--data", data), range("--mgmt-area", mgmtArea));
        }
        return new Args(words.global(), request);
    }

    @Override
    public int run(Args args, PrintWriter out, PrintWriter err) {
        if (args.global().dryRun()) {
            out.println("would set up " + args.request() + " (dry run: nothing changed)");
            return ExitCode.OK;
        }
        try (HypervisorBackend backend = Backends.open(args.global(), err::println)) {
            backend.setupPmem(args.request());
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        out.println("set up " + args.request());
        return ExitCode.OK;
    }

    private static MfnRange range(String option, String[] words) {
        long s = mfn(option, words[0]);
        long e = mfn(option, words[1]);
        if (e <= s) {
            throw new UsageException(option + ": the end " + words[1] + " must be above the start " + words[0]);
        }
        return new MfnRange(s, e);
    }

    private static long mfn(String option, String word) {
        try {
            return word.startsWith("0x") || word.startsWith("0X") ? Long.parseUnsignedLong(word.substring(2), 16)
                    : Long.parseUnsignedLong(word);
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": not a frame number: " + word);
        }
    }
}
