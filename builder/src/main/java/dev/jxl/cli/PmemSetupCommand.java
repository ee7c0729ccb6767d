package dev.jxl.cli;

import dev.jxl.diag.DiagnosticException;
import dev.jxl.diag.Failure;
import dev.jxl.builder.Backends;
import dev.jxl.builder.backend.BackendException;
import dev.jxl.builder.backend.HypervisorBackend;
import dev.jxl.layout.pmem.MfnRange;
import dev.jxl.layout.pmem.PmemSetupRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jxl pmem setup --mgmt SMFN EMFN | --data SMFN EMFN --mgmt-area SMFN EMFN}: set host pmem up
 * as the vNVDIMM series' {@code xl pmem-setup} does, checked by Xen's rules (the pmem planner's
 * validator) and recorded in the backend's state.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Set host pmem frames [SMFN, EMFN) up as a management area, or as a data area whose tables go "
                + "into a management area.")
final class PmemSetupCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    PmemCommand pmem;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Kind kind;

    static final class Kind {
        @Option(names = "--mgmt", arity = "2", paramLabel = "MFN", description = "Management area [SMFN, EMFN).")
        String[] mgmt;

        @Option(names = "--data", arity = "2", paramLabel = "MFN", description = "Data area [SMFN, EMFN).")
        String[] data;
    }

    @Option(names = "--mgmt-area", arity = "2", paramLabel = "MFN",
            description = "With --data: the management area [SMFN, EMFN) its tables go into.")
    String[] mgmtArea;

    @Override
    public Integer call() {
        PmemSetupRequest request;
        if (kind.mgmt != null) {
            if (mgmtArea != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mgmt-area goes with --data");
            }
            request = new PmemSetupRequest.Management(range("--mgmt", kind.mgmt));
        } else {
            if (mgmtArea == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data needs --mgmt-area SMFN EMFN");
            }
            request = new PmemSetupRequest.Data(range("--data", kind.data), range("--mgmt-area", mgmtArea));
        }
        if (pmem.jxl.global().dryRun()) {
            spec.commandLine().getOut().println("would set up " + request + " (dry run: nothing changed)");
            return ExitCode.OK;
        }
        try (HypervisorBackend backend = Backends.open(pmem.jxl.global(), spec.commandLine().getErr()::println)) {
            backend.setupPmem(request);
        } catch (BackendException e) {
            throw DiagnosticException.of(Failure.BACKEND, e.getMessage(), e);
        }
        spec.commandLine().getOut().println("set up " + request);
        return ExitCode.OK;
    }

    private MfnRange range(String option, String[] words) {
        long s = mfn(option, words[0]);
        long e = mfn(option, words[1]);
        if (e <= s) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": the end " + words[1]
                    + " must be above the start " + words[0]);
        }
        return new MfnRange(s, e);
    }

    private long mfn(String option, String word) {
        try {
            return word.startsWith("0x") || word.startsWith("0X") ? Long.parseUnsignedLong(word.substring(2), 16)
                    : Long.parseUnsignedLong(word);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": not a frame number: " + word);
        }
    }
}
