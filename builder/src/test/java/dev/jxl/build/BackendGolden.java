package dev.jxl.build;

import java.io.File;
import java.nio.file.Path;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.AutoApproveReporter;

/**
 * Golden files under {@code golden/backend/}. Bless with {@code -Dorg.approvaltests.reporters.autoapprove=true};
 * otherwise a difference fails the test and leaves the {@code .received.} file beside the approved one.
 */
public final class BackendGolden {
    private BackendGolden() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("jxl.root", "..")).resolve("golden").resolve("backend");
    }

    public static Options options(String baseName, String extensionWithDot) {
        return new Options().withReporter(reporter()).forFile().withNamer(new Namer(baseName))
                .forFile().withExtension(extensionWithDot);
    }

    private static ApprovalFailureReporter reporter() {
        if (Boolean.getBoolean("org.approvaltests.reporters.autoapprove")) {
            return new AutoApproveReporter();
        }
        return (received, approved) -> false;
    }

    private record Namer(String baseName) implements ApprovalNamer {
        @Override
        public File getApprovedFile(String extensionWithDot) {
            return dir().resolve(baseName + ".approved" + extensionWithDot).toFile();
        }

        @Override
        public File getReceivedFile(String extensionWithDot) {
            return dir().resolve(baseName + ".received" + extensionWithDot).toFile();
        }

        @Override
        public ApprovalNamer addAdditionalInformation(String info) {
            return new Namer(baseName + "." + info);
        }

        @Override
        public String getApprovalName() {
            return baseName;
        }

        @Override
        public String getSourceFilePath() {
            return dir().toString() + File.separator;
        }
    }
}
