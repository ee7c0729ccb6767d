package dev.jxl.convert;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/** Names golden files {@code golden/<topic>/<base>.approved.txt}, independent of the test's class. */
record GoldenNamer(Path directory, String base) implements ApprovalNamer {

    static GoldenNamer of(String topic, String base) {
        String root = System.getProperty("jxl.root");
        Path project = root == null || root.isEmpty() ? Path.of("..") : Path.of(root);
        return new GoldenNamer(project.resolve("golden").resolve(topic), base);
    }

    @Override
    public File getApprovedFile(String extensionWithDot) {
        return directory.resolve(base + ".approved" + extensionWithDot).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
        return directory.resolve(base + ".received" + extensionWithDot).toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
        return new GoldenNamer(directory, base + "." + info);
    }

    @Override
    public String getApprovalName() {
        return base;
    }

    @Override
    public String getSourceFilePath() {
        return directory.toString() + File.separator;
    }
}
