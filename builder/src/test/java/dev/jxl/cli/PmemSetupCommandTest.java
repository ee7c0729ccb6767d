package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `jxl pmem setup` / `pmem list` on a described host, which boots with nothing set up: a vNVDIMM
 * guest is refused until its backend pages are a data area, and accepted after.
 */
class PmemSetupCommandTest {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int jxl(String... words) {
        List<String> all = new ArrayList<>(List.of("--host", ROOT.resolve("examples/hosts/pmem-6t.json").toString()));
        all.addAll(List.of(words));
        CliRun r = CliRun.of(tmp.resolve("state"), all.toArray(String[]::new));
        out = r.out();
        err = r.err();
        return r.rc();
    }

    @Test
    void dataNeedsAManagementAreaFirstAndThenBacksAGuest() throws Exception {
        Path cfg = tmp.resolve("g.cfg");
        Files.writeString(cfg, "name='g'\ntype='hvm'\nmemory=4096\nvnvdimms=['type=mfn, backend=0x20400000, nr_pages=262144']\n");

        assertEquals(ExitCode.BACKEND_FAILED, jxl("create", cfg.toString()));
        assertTrue(err.contains("pmem"), err);

        assertEquals(ExitCode.BACKEND_FAILED, jxl("pmem", "setup", "--data", "0x20400000", "0x38000000",
                "--mgmt-area", "0x20000000", "0x20400000"));
        assertTrue(err.contains("NO_MANAGEMENT_REGION"), err);

        assertEquals(0, jxl("pmem", "setup", "--mgmt", "0x20000000", "0x20400000"), err);
        assertEquals(ExitCode.BACKEND_FAILED, jxl("pmem", "setup", "--mgmt", "0x20000000", "0x20400000"));
        assertTrue(err.contains("OVERLAP"), err);
        assertEquals(ExitCode.BACKEND_FAILED, jxl("pmem", "setup", "--data", "0x50000000", "0x51000000",
                "--mgmt-area", "0x20000000", "0x20400000"));
        assertTrue(err.contains("NUMA_NODE"), err);
        assertEquals(0, jxl("pmem", "setup", "--data", "0x20400000", "0x38000000", "--mgmt-area", "0x20000000",
                "0x20400000"), err);

        assertEquals(0, jxl("pmem", "list"));
        assertTrue(out.contains("mgmt  0x20000000     0x20400000"), out);
        assertTrue(out.contains("data  0x20400000     0x38000000"), out);

        assertEquals(0, jxl("create", cfg.toString()), err);
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, jxl("pmem", "setup", "--data", "0x20400000", "0x38000000"));
        assertEquals(ExitCode.USAGE, jxl("pmem", "setup", "--mgmt", "0x20", "0x10"));
        assertEquals(ExitCode.USAGE, jxl("pmem", "setup", "--mgmt", "x", "0x10"));
    }
}
