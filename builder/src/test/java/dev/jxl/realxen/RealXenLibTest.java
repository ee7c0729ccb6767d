package dev.jxl.realxen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-Xen harness's dom0 helpers (builder/src/test/realxen/lib.sh) against a fake jxl and a
 * fake xl: a guest that xl restarts is listed once it is back, and a destroy that met a restart
 * destroys the instance xl brought back, while a destroy that did nothing is left to fail.
 */
class RealXenLibTest {
    static final Path LIB = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize()
            .resolve("builder/src/test/realxen/lib.sh");

    /** dom0's shell (the harness's static busybox) where there is one, else sh. */
    private static final List<String> SHELL = Files.isExecutable(Path.of("/bin/busybox"))
            ? List.of("/bin/busybox", "sh") : List.of("sh");

    /** xl: dmesg, domid NAME and list, from the files "dmesg" and "domains" (NAME DOMID per line). */
    private static final String XL = """
            #!/bin/sh
            s=$(dirname "$0")
            case $1 in
            dmesg) cat "$s/dmesg" ;;
            domid) awk -v n="$2" '$1 == n { print $2; f = 1 } END { exit !f }' "$s/domains" ;;
            list) echo "Name ID Mem VCPUs State Time(s)"; echo "Domain-0 0 1024 1 r----- 1.0"
                  awk '{ print $1, $2, 256, 1, "r-----", 0.1 }' "$s/domains" ;;
            esac
            """;
    /**
     * jxl --backend xl: with a file "jvm-dies" its next start dies as a JVM in start-up does; info
     * fails as jxl does (exit 1); list is xl list, and on the list numbered by the file "back-at" the line in
     * "coming" joins the domains (xl's restart done); destroy removes the domain (file "destroy":
     * "kill"; once, when "respawn" exists, "coming" joins at once), or with "noop" keeps it.
     */
    private static final String JXL = """
            #!/bin/sh
            s=$(dirname "$0")
            if [ -f "$s/jvm-dies" ]; then
                rm "$s/jvm-dies"
                echo "Error occurred during initialization of VM" >&2
                echo "java.lang.ClassFormatError: Incompatible magic value 0 in class file java/lang/invoke/MethodHandles" >&2
                exit 1
            fi
            case $1 in
            info) echo "jxl: error: no such thing" >&2; echo started >> "$s/infos"; exit 1 ;;
            list) n=$(( $(cat "$s/lists" 2>/dev/null || echo 0) + 1 )); echo $n > "$s/lists"
                  if [ -f "$s/back-at" ] && [ "$n" -ge "$(cat "$s/back-at")" ]; then cat "$s/coming" >> "$s/domains"; rm "$s/back-at"; fi
                  "$s/xl" list ;;
            destroy) if ! "$s/xl" domid "$2" >/dev/null; then
                         echo "jxl: $2 had already ended (xl no longer knows it); removed jxl's config and tables for it" >&2; exit 0
                     fi
                     [ "$(cat "$s/destroy" 2>/dev/null)" = noop ] && exit 0
                     awk -v n="$2" '$1 != n' "$s/domains" > "$s/d.tmp"; mv "$s/d.tmp" "$s/domains"
                     if [ -f "$s/respawn" ]; then cat "$s/coming" >> "$s/domains"; rm "$s/respawn"; fi
                     exit 0 ;;
            esac
            """;
    private static final String TRIPLE_FAULT = "(XEN) d14v0 Triple fault - invoking HVM shutdown action 1\n";

    @TempDir
    Path dir;

    @Test
    void aGuestMissingFromTheListIsListedOnceXlHasItBack() throws Exception {
        host("", TRIPLE_FAULT);
        Files.writeString(dir.resolve("coming"), "g1 15\n");
        Files.writeString(dir.resolve("back-at"), "3\n");
        assertEquals(0, run("listed g1"));
        assertEquals("3", result("jxl-list-attempts"));
        assertTrue(result("jxl-list.txt").contains("g1 15"), result("jxl-list.txt"));
        assertEquals(List.of("--- attempt 1: exit 0", "--- attempt 2: exit 0"),
                result("jxl-list-missed.txt").lines().filter(l -> l.startsWith("---")).toList());
        assertEquals(2, result("jxl-list-missed.txt").lines().filter(l -> l.startsWith("Domain-0")).count());
    }

    @Test
    void aJvmThatDiedInItsStartUpIsStartedOnceMoreAndKept() throws Exception {
        host("g1 14\n", "");
        Files.writeString(dir.resolve("jvm-dies"), "");
        assertEquals(0, run("jx list > \"$d/out\"; rc=$?; grep -q '^g1 ' \"$d/out\" && exit $rc; exit 9"));
        assertTrue(result("jvm-retries.txt").startsWith("--- jxl list: exit 1\nError occurred during initialization of VM"),
                result("jvm-retries.txt"));
    }

    @Test
    void aJxlThatRanAndFailedIsNotStartedAgain() throws Exception {
        host("", "");
        assertEquals(1, run("jx info > \"$d/out\""));
        assertEquals("jxl: error: no such thing", result("out"));
        assertEquals("started", Files.readString(dir.resolve("infos")).strip(), "one start");
        assertFalse(Files.exists(dir.resolve("results/jvm-retries.txt")));
    }

    @Test
    void aNameIsMatchedAsItIsNotAsAPattern() throws Exception {
        host("pvhXboot 3\n", "");
        Files.writeString(dir.resolve("results/list.txt"), "Name ID\npvhXboot 3\n");
        assertEquals(1, run("in_list pvh.boot \"$d/list.txt\""));
        assertEquals(0, run("in_list pvhXboot \"$d/list.txt\""));
    }

    @Test
    void aPlainDestroyIsDoneOnce() throws Exception {
        host("g1 14\n", "");
        assertEquals(0, run("destroyed g1"));
        assertFalse(Files.exists(dir.resolve("results/destroy-during-restart.txt")));
        assertGoneAfterDestroy();
    }

    @Test
    void aDestroyInTheGapOfARestartWaitsForTheNewInstanceAndDestroysIt() throws Exception {
        host("", TRIPLE_FAULT);
        Files.writeString(dir.resolve("coming"), "g1 15\n");
        Files.writeString(dir.resolve("back-at"), "1\n");
        assertEquals(0, run("destroyed g1"));
        assertTrue(result("destroy-during-restart.txt").startsWith("no domain while xl restarted it\n0\n"),
                result("destroy-during-restart.txt"));
        assertEquals("0", result("destroy.rc"));
        assertGoneAfterDestroy();
    }

    @Test
    void aGuestBackUnderANewDomidAfterTheDestroyIsDestroyedToo() throws Exception {
        host("g1 14\n", TRIPLE_FAULT);
        Files.writeString(dir.resolve("coming"), "g1 15\n");
        Files.writeString(dir.resolve("respawn"), "");
        assertEquals(0, run("destroyed g1"));
        assertTrue(result("destroy-during-restart.txt").startsWith("back as domain 15; jxl destroy was given 14\n"),
                result("destroy-during-restart.txt"));
        assertGoneAfterDestroy();
    }

    @Test
    void aDestroyThatLeftTheSameDomainIsNotRetried() throws Exception {
        host("g1 14\n", TRIPLE_FAULT);
        Files.writeString(dir.resolve("destroy"), "noop\n");
        assertEquals(0, run("destroyed g1"));
        assertFalse(Files.exists(dir.resolve("results/destroy-during-restart.txt")));
        assertTrue(result("xl-list-after.txt").contains("g1 14"), "RealXenIT sees the guest still running");
    }

    /** xl list after the destroy no longer shows g1. */
    private void assertGoneAfterDestroy() throws IOException {
        assertFalse(result("xl-list-after.txt").contains("g1 "), result("xl-list-after.txt"));
    }

    private void host(String domains, String dmesg) throws IOException {
        Files.writeString(dir.resolve("domains"), domains);
        Files.writeString(dir.resolve("dmesg"), "(XEN) Xen version 4.17\n" + dmesg);
        for (String[] tool : List.of(new String[] {"xl", XL}, new String[] {"jxl", JXL})) {
            Path p = Files.writeString(dir.resolve(tool[0]), tool[1]);
            assertTrue(p.toFile().setExecutable(true));
        }
        Files.createDirectories(dir.resolve("results"));
    }

    /** Runs SCRIPT with lib.sh sourced, the fakes first on PATH; returns its exit status. */
    private int run(String script) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(SHELL);
        command.addAll(List.of("-c", "s=" + dir + "; d=$s/results; J=$s/jxl; mark=1; . " + LIB + "; " + script));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", dir + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "finished: " + script);
        assertEquals("", out, script);
        return p.exitValue();
    }

    private String result(String file) throws IOException {
        Path p = dir.resolve("results").resolve(file);
        return Files.exists(p) ? Files.readString(p).strip() : "";
    }
}
