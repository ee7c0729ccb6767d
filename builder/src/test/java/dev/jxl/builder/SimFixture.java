package dev.jxl.builder;

import dev.jxl.builder.sim.BuiltinHost;
import dev.jxl.builder.sim.SimBackend;
import dev.jxl.builder.sim.SimOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens sims on the built-in host in a test's directory, collecting recovery notices. */
final class SimFixture {
    final Path dir;
    final List<String> notices = new ArrayList<>();

    SimFixture(Path dir) {
        this.dir = dir;
    }

    SimBackend open() {
        return open(SimOptions.NONE);
    }

    SimBackend open(SimOptions options) {
        return SimBackend.open(dir, BuiltinHost::get, options, notices::add);
    }

    /** The state document's bytes as on disk. */
    byte[] document() throws IOException {
        return Files.readAllBytes(dir.resolve("state.json"));
    }

    String documentText() throws IOException {
        return Files.readString(dir.resolve("state.json"));
    }

    /** Files in the state directory besides the document and the lock. */
    List<String> strayFiles() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("state.json") && !n.equals("lock"))
                    .sorted().toList();
        }
    }
}
