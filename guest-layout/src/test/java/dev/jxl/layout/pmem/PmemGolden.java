package dev.jxl.layout.pmem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;
import org.approvaltests.reporters.AutoApproveReporter;
import org.approvaltests.reporters.QuietReporter;

/**
 * Golden files for the pmem tests, under {@code golden/pmem/} at the project root: {@code NAME.approved.txt}.
 * Bless with {@code -Dorg.approvaltests.reporters.autoapprove=true}.
 */
public final class PmemGolden {
    private PmemGolden() {
    }

    public static void verify(String name, String text) {
        Path dir = root().resolve("golden").resolve("pmem");
        boolean bless = Boolean.getBoolean("org.approvaltests.reporters.autoapprove");
        Options options = new Options()
                .withReporter(bless ? new AutoApproveReporter() : new QuietReporter())
                .forFile().withNamer(new NamerWrapper(() -> name, dir::toString));
        Approvals.verify(text, options);
    }

    private static Path root() {
        String root = System.getProperty("jxl.root");
        if (root != null && Files.isDirectory(Path.of(root, "golden"))) {
            return Path.of(root);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("guest-layout")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("project root not found (jxl.root=" + root + ")");
        }
        return p;
    }
}
