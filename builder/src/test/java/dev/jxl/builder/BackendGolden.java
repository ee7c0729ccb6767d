package dev.jxl.builder;

import dev.jxl.golden.Golden;
import java.nio.file.Path;
import org.approvaltests.core.Options;

/** Golden files under {@code golden/backend/} (see {@link Golden}). */
public final class BackendGolden {
    private BackendGolden() {
    }

    public static Path dir() {
        return Golden.dir("backend");
    }

    public static Options options(String baseName, String extensionWithDot) {
        return Golden.options("backend", baseName, extensionWithDot);
    }
}
