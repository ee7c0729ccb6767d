package dev.jxl.layout.acpi;

import java.io.File;
import java.nio.file.Path;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.AutoApproveReporter;
import org.approvaltests.scrubbers.RegExScrubber;

/**
 * Golden files under {@code golden/acpi/}. Bless with {@code -Dorg.approvaltests.reporters.autoapprove=true};
 * otherwise a difference fails the test and leaves the {@code .received.} file beside the approved one.
 */
final class AcpiGolden {
    private AcpiGolden() {
    }

    static Path dir() {
        return Path.of(System.getProperty("jxl.root", "..")).resolve("golden").resolve("acpi");
    }

    static Options options(String baseName, String extensionWithDot) {
        return new Options().withReporter(reporter()).forFile().withNamer(new Namer(baseName))
                .forFile().withExtension(extensionWithDot);
    }

    /** iasl stamps its version and the date into every disassembly: normalise those lines. */
    static Options iaslText(String baseName) {
        return options(baseName, ".dsl").withScrubber(new RegExScrubber(
                "(?m)^ \\* (?:AML/ASL\\+ Disassembler|Intel ACPI Component Architecture|Copyright \\(c\\)"
                        + "|Disassembly of ).*$", " * <iasl version/date line>"));
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
