package dev.jxl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh from this checkout's package (so after package, as an integration test): jxl under a
 * prefix, run through a symlink on PATH, with its man page and its bash completion.
 */
class InstallIT {
    static final Path ROOT = Path.of(System.getProperty("jxl.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path prefix;
    @TempDir
    static Path home;

    record Ran(int rc, String out) {
    }

    /** The command with stderr into stdout; {@code env} are more NAME, VALUE pairs for its environment. */
    static Ran run(List<String> command, String... env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", home.toString());
        pb.environment().put("MANWIDTH", "100");
        for (int i = 0; i + 1 < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return new Ran(p.exitValue(), out);
    }

    @BeforeAll
    static void install() throws Exception {
        Ran r = run(List.of("sh", ROOT.resolve("install.sh").toString(), prefix.toString()));
        assertEquals(0, r.rc(), r.out());
    }

    @Test
    void theInstalledLauncherWorksThroughASymlinkOnPath() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("jxl"), prefix.resolve("bin/jxl"));
        Ran version = run(List.of(link.toString(), "--version"));
        assertEquals(0, version.rc(), version.out());
        assertTrue(version.out().matches("(?s)jxl \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit \\S+.*"), version.out());
        Ran created = run(List.of(link.toString(), "create", prefix.resolve("share/doc/jxl/examples/pv-linux.cfg").toString()));
        assertEquals(0, created.rc(), created.out());
        assertTrue(created.out().contains("created domain 1 (pv-linux)"), created.out());
        // the class-data archive was remade for the installed jar and this JDK: JXL_ARCHIVE=on fails
        // if the launcher or the JVM cannot use it
        Ran listed = run(List.of(link.toString(), "list"), "JXL_ARCHIVE", "on");
        assertEquals(0, listed.rc(), listed.out());
    }

    /**
     * jxl ends with Runtime.halt (Main): the exit code of a failure still reaches the shell, and what
     * was written is all there, the positioned error on stderr and a whole JSON document on stdout.
     */
    @Test
    void exitCodesAndOutputSurviveTheHalt() throws Exception {
        String jxl = prefix.resolve("bin/jxl").toString();
        Path bad = Files.writeString(home.resolve("bad.cfg"), "name = \"bad\"\nmemory = Lots\n");
        Path stderr = home.resolve("halt-stderr");
        Ran refused = run(List.of("sh", "-c", "exec \"$0\" -N create \"$1\" 2>\"$2\"", jxl, bad.toString(), stderr.toString()));
        assertEquals(ExitCode.CONFIG_ERROR, refused.rc(), refused.out());
        assertEquals("", refused.out(), "nothing on stdout");
        assertTrue(Files.readString(stderr).contains(bad + ":2:"), Files.readString(stderr));
        assertEquals(ExitCode.USAGE, run(List.of(jxl, "lsit")).rc());
        Ran json = run(List.of("sh", "-c", "exec \"$0\" -N create -q \"$1\" 2>\"$2\"", jxl,
                prefix.resolve("share/doc/jxl/examples/hvm-basic.cfg").toString(), stderr.toString()));
        assertEquals(0, json.rc(), json.out());
        assertEquals("", Files.readString(stderr), "nothing on stderr");
        // all of the JSON reached stdout before the halt: it parses, and names the domain
        String name = dev.jxl.builder.json.JsonTree.parse(json.out()).root().toString();
        assertTrue(name.contains("hvm-basic"), json.out());
    }

    /** An archive made by another JDK or for another jar is not used, and the launcher says so. */
    @Test
    void anArchiveForAnotherJdkOrJarIsNamedAndNotUsed() throws Exception {
        Path lib = prefix.resolve("lib/jxl");
        Path id = Files.exists(lib.resolve("jxl.aot.id")) ? lib.resolve("jxl.aot.id") : lib.resolve("jxl.jsa.id");
        assertTrue(Files.exists(id), "install.sh made an archive and its id: " + id);
        String made = Files.readString(id);
        String jxl = prefix.resolve("bin/jxl").toString();
        try {
            Files.writeString(id, "/usr/lib/jvm/another/bin/java 17.0.1 /elsewhere/jxl.jar\n");
            Ran other = run(List.of(jxl, "--version"));
            assertEquals(0, other.rc(), other.out());
            assertTrue(other.out().startsWith("jxl: note: not using the class-data archive " + lib.resolve(
                    id.getFileName().toString().replace(".id", "")) + ": it was made by /usr/lib/jvm/another/bin/java"
                    + " for /elsewhere/jxl.jar"), other.out());
            assertTrue(other.out().contains("\njxl "), "and runs without it: " + other.out());
            assertEquals(2, run(List.of(jxl, "--version"), "JXL_ARCHIVE", "on").rc(), "JXL_ARCHIVE=on refuses");
            Ran off = run(List.of(jxl, "--version"), "JXL_ARCHIVE", "off");
            assertTrue(off.out().startsWith("jxl "), "JXL_ARCHIVE=off says nothing: " + off.out());
        } finally {
            Files.writeString(id, made);
        }
        assertEquals(0, run(List.of(jxl, "--version"), "JXL_ARCHIVE", "on").rc());
    }

    /**
     * The launcher's settings per command, seen as the JVM's mode: a short command starts in the
     * interpreter when a class-data archive is used (AppCDS on JDK 17, the AOT cache from 25) and
     * with C1 without one; check of more than 20 files or of an @file runs compiled. With Temurin 25 installed beside the build's JDK, it gets an
     * install of its own.
     */
    @Test
    void shortCommandsAndBatchesGetTheirOwnSettings(@TempDir Path other) throws Exception {
        modes(prefix);
        Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        Path aot;
        String[] jdk;
        if (Files.exists(prefix.resolve("lib/jxl/jxl.aot"))) { // built with JDK 25: its own install has the caches
            aot = prefix;
            jdk = new String[0];
        } else if (Files.isExecutable(temurin.resolve("bin/java"))) {
            Ran installed = run(List.of("sh", ROOT.resolve("install.sh").toString(), other.toString()),
                    "JAVA_HOME", temurin.toString());
            assertEquals(0, installed.rc(), installed.out());
            assertTrue(Files.exists(other.resolve("lib/jxl/jxl.aot")), "an AOT cache for JDK 25");
            modes(other, "JAVA_HOME", temurin.toString());
            aot = other;
            jdk = new String[] {"JAVA_HOME", temurin.toString()};
        } else {
            System.err.println("InstallIT: no JDK 25 (" + temurin + ") to install for: its AOT caches not checked");
            return;
        }
        aotCaches(aot, jdk);
    }

    /** A dry run starts with its own AOT cache (however it is spelt), every other command with the short commands' one. */
    private static void aotCaches(Path at, String... jdk) throws Exception {
        String jxl = at.resolve("bin/jxl").toString();
        String config = at.resolve("share/doc/jxl/examples/pv-linux.cfg").toString();
        String state = home.resolve("caches").toString();
        List<String> env = new java.util.ArrayList<>(List.of(jdk));
        env.addAll(List.of("JXL_ARCHIVE", "on", "JXL_JAVA_OPTS", "-Xlog:aot=info:stderr"));
        String[] e = env.toArray(String[]::new);
        Path dry = at.resolve("lib/jxl/jxl-dry.aot");
        Path main = at.resolve("lib/jxl/jxl.aot");
        for (List<String> words : List.of(List.of("-N", "create"), List.of("create", "-n"), List.of("create", "--dryrun"),
                List.of("create", "--dry-run"), List.of("create", "-nq"), List.of("-Nv", "create"))) {
            List<String> command = new java.util.ArrayList<>(List.of(jxl, "--state-dir", state));
            command.addAll(words);
            command.add(config);
            assertEquals(dry.toString(), openedCache(run(command, e)), String.join(" ", words));
        }
        assertEquals(main.toString(), openedCache(run(List.of(jxl, "--state-dir", state, "create", "-f", config,
                "name=\"no-n\""), e)), "create -f (no dry run)");
        assertEquals(main.toString(), openedCache(run(List.of(jxl, "--state-dir", state, "list"), e)), "list");
        assertEquals(main.toString(), openedCache(run(List.of(jxl, "--state-dir", state, "plan", config), e)), "plan");
        // a dry cache made for another jar is passed over for the short commands' one, with no note
        Path id = at.resolve("lib/jxl/jxl-dry.aot.id");
        String made = Files.readString(id);
        try {
            Files.writeString(id, "/elsewhere/java 25 /elsewhere/jxl.jar\n");
            Ran ran = run(List.of(jxl, "--state-dir", state, "-N", "create", config), e);
            assertEquals(main.toString(), openedCache(ran), "-N create with a stale dry cache");
            assertFalse(ran.out().contains("jxl: note:"), ran.out());
        } finally {
            Files.writeString(id, made);
        }
    }

    /** The AOT cache the JVM opened, from its -Xlog:aot lines. */
    private static String openedCache(Ran ran) {
        assertEquals(0, ran.rc(), ran.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Opened AOT cache (\\S+)\\.\n").matcher(ran.out());
        assertTrue(m.find(), ran.out());
        return m.group(1);
    }

    private static void modes(Path at, String... env) throws Exception {
        String jxl = at.resolve("bin/jxl").toString();
        String config = at.resolve("share/doc/jxl/examples/pv-linux.cfg").toString();
        List<String> settings = new java.util.ArrayList<>(List.of(env));
        settings.addAll(List.of("JXL_JAVA_OPTS", "-XshowSettings:properties", "JXL_ARCHIVE", "on"));
        String[] e = settings.toArray(String[]::new);
        String expected = "interpreted mode";
        assertEquals(expected, vmMode(run(List.of(jxl, "--version"), e)), "--version");
        assertEquals(expected, vmMode(run(List.of(jxl, "--state-dir", home.resolve("modes").toString(), "-N", "create",
                config), e)), "-N create");
        List<String> twenty = new java.util.ArrayList<>(List.of(jxl, "check"));
        List<String> many = new java.util.ArrayList<>(List.of(jxl, "--host", at.resolve("share/doc/jxl/examples/hosts/"
                + "two-socket.json").toString(), "check"));
        for (int i = 0; i < 20; i++) {
            twenty.add(config);
            many.add(config);
        }
        many.add(config);
        assertEquals(expected, vmMode(run(twenty, e)), "check of 20 files is short");
        assertEquals("mixed mode", vmMode(run(many, e)), "check of 21 files is a batch");
        Path list = Files.writeString(home.resolve("configs"), config + "\n");
        assertEquals("mixed mode", vmMode(run(List.of(jxl, "check", "@" + list), e)), "check of an @file is a batch");
        // the collector: G1 for a short command before JDK 25 (the only one JDK 17 maps archived heap
        // objects with), Serial from 25 on and for a batch
        List<String> logGc = new java.util.ArrayList<>(List.of(env));
        logGc.addAll(List.of("JXL_JAVA_OPTS", "-Xlog:gc=info:stderr", "JXL_ARCHIVE", "on"));
        String[] g = logGc.toArray(String[]::new);
        String shortGc = Files.exists(at.resolve("lib/jxl/jxl.aot")) ? "Serial" : "G1";
        assertEquals(shortGc, gc(run(List.of(jxl, "--version"), g)), "--version");
        assertEquals(shortGc, gc(run(List.of(jxl, "--state-dir", home.resolve("modes").toString(), "-N", "create",
                config), g)), "-N create");
        assertEquals("Serial", gc(run(many, g)), "check of 21 files");
        List<String> noArchive = new java.util.ArrayList<>(List.of(env));
        noArchive.addAll(List.of("JXL_JAVA_OPTS", "-XshowSettings:properties", "JXL_ARCHIVE", "off"));
        assertEquals("mixed mode", vmMode(run(List.of(jxl, "--version"), noArchive.toArray(String[]::new))),
                "--version without an archive");
    }

    /** The collector the JVM says it uses ("G1", "Serial"), from its -Xlog:gc lines. */
    private static String gc(Ran ran) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[gc\\] Using (\\S+)").matcher(ran.out());
        assertTrue(m.find(), ran.out());
        return m.group(1);
    }

    /** java.vm.info's mode ("mixed mode", "interpreted mode") from -XshowSettings:properties. */
    private static String vmMode(Ran ran) {
        assertEquals(0, ran.rc(), ran.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("java\\.vm\\.info = ([a-z]+ mode)").matcher(ran.out());
        assertTrue(m.find(), ran.out());
        return m.group(1);
    }

    @Test
    void theManPageDescribesEveryCommand() throws Exception {
        Path page = prefix.resolve("share/man/man1/jxl.1");
        String roff = Files.readString(page);
        for (String command : Jxl.SUBCOMMANDS.keySet()) {
            assertTrue(roff.contains(".SS jxl " + command.replace("-", "\\-")), command);
        }
        assertTrue(roff.contains(".SH EXIT STATUS"), roff);
        if (Files.isExecutable(Path.of("/usr/bin/groff"))) {
            Ran lint = run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()));
            assertEquals("", lint.out(), "groff warns");
            Ran shown = run(List.of("groff", "-man", "-Tutf8", page.toString()));
            String text = shown.out().replaceAll(".\b", ""); // no overstrike bold
            assertTrue(text.contains("jxl create [-f FILE]"), text);
        } else {
            System.err.println("InstallIT: groff absent: the man page is checked by structure only");
        }
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        String script = prefix.resolve("share/bash-completion/completions/jxl").toString();
        Ran commands = run(List.of("bash", "-c", "source '" + script + "' 2>/dev/null; COMP_WORDS=(jxl cre); COMP_CWORD=1;"
                + " COMP_LINE='jxl cre'; COMP_POINT=7; _complete_jxl 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\""));
        assertEquals("create\n", commands.out());
        Ran options = run(List.of("bash", "-c", "source '" + script + "' 2>/dev/null; COMP_WORDS=(jxl plan --for);"
                + " COMP_CWORD=2; COMP_LINE='jxl plan --for'; COMP_POINT=14; _complete_jxl 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\""));
        assertEquals("--format\n", options.out());
        assertTrue(Files.readString(prefix.resolve("share/zsh/site-functions/_jxl")).startsWith("#compdef jxl\n"));
    }
}
