package dev.jxl.layout.acpi;

import dev.jxl.golden.Golden;
import java.nio.file.Path;
import org.approvaltests.core.Options;
import org.approvaltests.scrubbers.RegExScrubber;

/** Golden files under {@code golden/acpi/} (see {@link Golden}). */
final class AcpiGolden {
    private AcpiGolden() {
    }

    static Path dir() {
        return Golden.dir("acpi");
    }

    static Options options(String baseName, String extensionWithDot) {
        return Golden.options("acpi", baseName, extensionWithDot);
    }

    /** iasl stamps its version and the date into every disassembly: normalise those lines. */
    static Options iaslText(String baseName) {
        return options(baseName, ".dsl").withScrubber(new RegExScrubber(
                "(?m)^ \\* (?:AML/ASL\\+ Disassembler|Intel ACPI Component Architecture|Copyright \\(c\\)"
                        + "|Disassembly of ).*$", " * <iasl version/date line>"));
    }
}
