package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --backend xl}: list, info and destroy go to xl (here a stand-in script that logs its calls
 * and answers as xl does for one running domain "g", id 5).
 */
class XlHandoverTest {
    @TempDir
    Path dir;
    Path calls;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void fakeXl() throws IOException {
        calls = dir.resolve("calls");
        Path xl = dir.resolve("xl");
        Files.writeString(xl, String.join("\n",
                "#!/bin/sh",
                "echo \"$*\" >> '" + calls + "'",
                "case \"$1\" in",
                "list) printf 'Name   ID   Mem VCPUs\\tState\\tTime(s)\\ng    5  1024     2     r-----       1.5\\n' ;;",
                "info) echo 'host                   : fake' ;;",
                "domid) [ \"$2\" = g ] && echo 5 && exit 0",
                "  if [ \"$2\" = racer ] && [ ! -e '" + dir.resolve("racer-seen") + "' ]; then touch '" + dir.resolve("racer-seen")
                        + "'; echo 7; exit 0; fi",
                "  echo \"Invalid domain identifier $2\" >&2; exit 1 ;;",
                "domname) [ \"$2\" = 5 ] && echo g && exit 0; echo \"Invalid domain identifier $2\" >&2; exit 1 ;;",
                "destroy) [ \"$2\" = racer ] && echo \"racer is an invalid domain identifier (rc=-6)\" >&2 && exit 1; exit 0 ;;",
                "*) echo \"unknown $1\" >&2; exit 2 ;;",
                "esac", ""));
        Files.setPosixFilePermissions(xl, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("jxl.xl", xl.toString());
    }

    @AfterEach
    void realXl() {
        System.clearProperty("jxl.xl");
    }

    int jxl(String... args) {
        List<String> all = new ArrayList<>(List.of("--backend", "xl", "--state-dir", dir.resolve("state").toString()));
        all.addAll(List.of(args));
        return Jxl.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /** xl create failing is exit 4 with an error in the config handed over (it was "jxl: error: FILE: …", no line). */
    @Test
    void aFailedXlCreateIsAnErrorInTheConfig() {
        Path root = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();
        String cfg = root.resolve("examples/pv-linux.cfg").toString();
        assertEquals(ExitCode.BACKEND_FAILED, jxl("--host", root.resolve("examples/hosts/two-socket.json").toString(),
                "create", cfg));
        assertTrue(err.toString().contains("\n" + cfg + ":1:1: error: create pv-linux with xl: xl create exited 2"),
                err.toString());
    }

    @Test
    void listAndInfoPassXlsOutputThrough() throws IOException {
        assertEquals(0, jxl("list", "g"));
        assertEquals(0, jxl("info"));
        assertEquals(List.of("list g", "info"), calls());
        assertTrue(out.toString().contains("g    5  1024     2     r-----       1.5\n"), out.toString());
        assertTrue(out.toString().endsWith("host                   : fake\n"), out.toString());
        assertEquals(ExitCode.USAGE, jxl("list", "--format", "json"));
        assertEquals(0, jxl("list", "-l", "g"));
        assertEquals(List.of("list g", "info", "list -l g"), calls());
    }

    @Test
    void destroyByNameOrIdRemovesTheFilesCreateWrote() throws IOException {
        Path kept = Files.createDirectories(dir.resolve("state/xl"));
        Files.writeString(kept.resolve("g.cfg"), "name='g'\n");
        Files.writeString(kept.resolve("g.acpi"), "tables");
        Files.writeString(kept.resolve("other.cfg"), "name='other'\n");
        assertEquals(0, jxl("-N", "destroy", "g"));
        assertTrue(Files.exists(kept.resolve("g.cfg")), "a dry run destroys nothing");
        assertEquals(0, jxl("destroy", "5"));
        assertEquals(List.of("domid g", "domname 5", "destroy 5"), calls());
        assertFalse(Files.exists(kept.resolve("g.cfg")));
        assertFalse(Files.exists(kept.resolve("g.acpi")));
        assertTrue(Files.exists(kept.resolve("other.cfg")));
    }

    @Test
    void anUnknownDomainIsExitFiveWithXlsWords() throws IOException {
        assertEquals(ExitCode.NO_SUCH_DOMAIN, jxl("destroy", "nosuch"));
        assertTrue(err.toString().contains("Invalid domain identifier nosuch"), err.toString());
        assertTrue(err.toString().contains("no domain named nosuch"), err.toString());
        assertEquals(List.of("domid nosuch"), calls());
    }

    /** Seen on real Xen: a guest that ends by itself between jxl's lookup and xl destroy. */
    @Test
    void aDomainThatEndedWhileBeingDestroyedLeavesNothingBehind() throws IOException {
        Path kept = Files.createDirectories(dir.resolve("state/xl"));
        Files.writeString(kept.resolve("racer.cfg"), "name='racer'\n");
        assertEquals(0, jxl("destroy", "racer"), err.toString());
        assertEquals(List.of("domid racer", "destroy racer", "domid racer"), calls());
        assertFalse(Files.exists(kept.resolve("racer.cfg")));
        assertTrue(err.toString().contains("racer had already ended"), err.toString());
    }

    /** A guest jxl created that has since ended on its own: destroy removes jxl's files for it. */
    @Test
    void aDomainThatEndedEarlierHasItsFilesRemoved() throws IOException {
        Path kept = Files.createDirectories(dir.resolve("state/xl"));
        Files.writeString(kept.resolve("crashed.cfg"), "name='crashed'\n");
        assertEquals(0, jxl("destroy", "crashed"), err.toString());
        assertEquals(List.of("domid crashed"), calls());
        assertFalse(Files.exists(kept.resolve("crashed.cfg")));
    }

    @Test
    void xlThatCannotRunIsExitFour() {
        System.setProperty("jxl.xl", dir.resolve("no-such-xl").toString());
        assertEquals(ExitCode.BACKEND_FAILED, jxl("info"));
        assertTrue(err.toString().contains("set JXL_XL to xl's path"), err.toString());
    }
}
