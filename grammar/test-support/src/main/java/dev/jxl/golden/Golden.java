package dev.jxl.golden;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.AutoApproveReporter;

/**
 * Every golden file of the project: {@code golden/<area>/<name>.approved<ext>} at the project root,
 * named by the case rather than by the test class. A difference fails the test and leaves
 * {@code <name>.received<ext>} beside it (git-ignored); bless deliberately with
 * {@code -Dorg.approvaltests.reporters.autoapprove=true}, never in CI.
 */
public final class Golden {
    /** The system property that blesses (ApprovalTests' own name for it). */
    public static final String BLESS = "org.approvaltests.reporters.autoapprove";

    private Golden() {
    }

    public static Path root() {
        return Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
    }

    public static Path dir(String area) {
        return root().resolve("golden").resolve(area);
    }

    /** Options naming {@code golden/<area>/<name>.approved<extensionWithDot>}. */
    public static Options options(String area, String name, String extensionWithDot) {
        return new Options().withReporter(reporter()).forFile().withNamer(new Namer(dir(area), name))
                .forFile().withExtension(extensionWithDot);
    }

    public static void verify(String area, String name, String text) {
        Approvals.verify(text, options(area, name, ".txt"));
    }

    private static ApprovalFailureReporter reporter() {
        if (Boolean.getBoolean(BLESS)) {
            return new AutoApproveReporter();
        }
        return (received, approved) -> false; // no diff tool: the failure message names both files
    }

    private record Namer(Path dir, String name) implements ApprovalNamer {
        @Override
        public File getApprovedFile(String extensionWithDot) {
            return dir.resolve(name + ".approved" + extensionWithDot).toFile();
        }

        @Override
        public File getReceivedFile(String extensionWithDot) {
            return dir.resolve(name + ".received" + extensionWithDot).toFile();
        }

        @Override
        public ApprovalNamer addAdditionalInformation(String info) {
            return new Namer(dir, name + "." + info);
        }

        @Override
        public String getApprovalName() {
            return name;
        }

        @Override
        public String getSourceFilePath() {
            return dir.toString() + File.separator;
        }
    }
}
