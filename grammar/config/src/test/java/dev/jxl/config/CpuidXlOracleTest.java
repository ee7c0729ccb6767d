package dev.jxl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jxl.diag.Diagnostic;
import dev.jxl.oracle.Oracles;
import dev.jxl.oracle.XlOracle;
import dev.jxl.oracle.XlRequest;
import dev.jxl.oracle.XlResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cpuid} against the real xl 4.17: every name jxl knows, with every kind of value, and names
 * and strings xl does not know; the libxl JSON must be identical and jxl must warn about exactly the
 * flags xl complains about, with xl's words. Runs are batched so that no two names of one run share a
 * register (or MSR): each register string in xl's answer then shows one name's bits alone.
 */
class CpuidXlOracleTest {

    private static final String BASE = "name=\"t\"\ntype=\"hvm\"\nmemory=128\n";
    /** Where Debian's xen-utils-4.17 puts the library that holds libxl's name tables. */
    private static final List<String> LIBXENLIGHT = List.of("/lib/x86_64-linux-gnu/libxenlight.so.4.17",
            "/usr/lib/x86_64-linux-gnu/libxenlight.so.4.17");

    @TempDir
    Path dir;

    /** One config to ask both about: a label for failures and the text of the cpuid setting. */
    record Case(String label, String cpuid) {
    }

    @Test
    void everyNameWithEveryKindOfValueGivesXlsJson() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String value : List.of("1", "0", "x", "k", "s")) {
            List<List<String>> runs = oneNamePerRegister(CpuidNames.names());
            for (int i = 0; i < runs.size(); i++) {
                String flags = runs.get(i).stream().map(n -> n + "=" + value).collect(Collectors.joining(","));
                cases.add(new Case("=" + value + " for " + runs.get(i), "\"host," + flags + "\""));
            }
        }
        List<String> multiBit = CpuidNames.names().stream()
                .filter(n -> CpuidNames.find(n).orElseThrow() instanceof CpuidNames.CpuidField f && f.length() > 1)
                .toList();
        // numbers as strtoul reads them: bases, signs, overflow, trailing junk, family's 15/16 boundary
        for (String value : List.of("0", "1", "5", "15", "16", "17", "0x1f", "0xfe", "255", "256", "0x1ff", "-1",
                "-16", "0x12345678", "0xffffffffff", "99999999999999999999", " 7", "07", "08", "0x", "3abc",
                "+9", "x", "k", "s", "xyz")) {
            String flags = multiBit.stream().map(n -> n + "=" + value).collect(Collectors.joining(","));
            cases.add(new Case("multi-bit fields=" + value, "\"host," + flags + "\""));
        }
        // a bad value still makes libxl enter the leaf (or MSR), empty; single characters only for MSRs
        for (String value : List.of("q", "", "2", "11", "-", "+", "0x1", "x1", "=", " 1", "ss")) {
            String flags = CpuidNames.names().stream().map(n -> n + "=" + value).collect(Collectors.joining(","));
            cases.add(new Case("every name=" + value, "\"host," + flags + "\""));
        }
        assertAllAgree(cases);
    }

    @Test
    void combinationsUnknownNamesAndMalformedStrings() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String cpuid : List.of(
                "\"host,page1gb=x\"", "\"host,avx2=1,smep=0,rdtscp=k,ibpb=s,md-clear=1\"",
                "\"host,avx2=1,avx2=0\"", "\"host,sse4_1=1,sse4.1=0,sse4-1=k,sse4_2=s\"",
                "\"host,clflush=0x10,clfsh=0\"", "\"host,family=0x17,model=0x31,stepping=2\"",
                "\"host,family=6,model=0x55,family=0x19\"", "\"host,tsc_adjust=0,tsc-adjust=1\"",
                "\"host,rdcl-no=1,its-no=0,eibrs=s,mds-no=k,rdcl-no=0\"", "\"host,tsa-sq-no=1,lfence+=0,auto-ibrs=1\"",
                "\"host,pbe=0,btc-no=1,ppin=1,intel-ppin=0,amd-ppin=1\"", "\"host,maxleaf=0xd,maxhvleaf=4\"",
                "\"host,nc=7,apicidsize=4,procpkg=3\"",
                // unknown names: Linux's spellings, wrong case, blanks, nothing before '='
                "\"host,pdpe1gb=1,lahf_lm=1,avx512_vbmi=1,constant_tsc=1,AVX2=1,avx2 =1, avx2=1,=1,avx2=1\"",
                "\"host,bogus=1\"", "\"host,bogus=1,tm=q\"", "\"host,sse3,avx=1,host,xsave\"",
                "\"host\"", "\"host,\"", "\",,host,,avx2=1,,\"", "\"\"", "\",,,\"", "\"nothost,avx2=1\"",
                "\"HOST,avx2=1\"", "\"host ,avx2=1\"", "\"avx2=1,host\"", "1", "0x10",
                // xend's list form, good and bad items
                "[ \"1:ecx=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,edx=0000000000000000000000000000000x\" ]",
                "[ \"7,0:ebx=1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"0x80000001:ecx=kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\" ]",
                "[ \"x:eax=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"1,y:eax=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\","
                        + " \"1 eax=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"1:efx=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\","
                        + " \"1:eax=xxx\", \"6:eax=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1\" ]",
                "[ ]")) {
            cases.add(new Case(cpuid, cpuid));
        }
        assertAllAgree(cases);
    }

    /**
     * xl knows no name jxl does not: every string and string tail in libxenlight (where libxl's name
     * tables live) is offered to xl as a flag in one run; the ones it does not call unknown must be
     * exactly the ones jxl knows, and must include all of them.
     */
    @Test
    void xlKnowsNoOtherName() throws IOException {
        XlOracle xl = XlOracle.get();
        Optional<Path> library = LIBXENLIGHT.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
        Oracles.assumeOracle(library.isPresent(), "libxenlight.so.4.17 not found in " + LIBXENLIGHT);
        Set<String> candidates = stringTails(Files.readAllBytes(library.orElseThrow()));
        String flags = candidates.stream().map(n -> n + "=1").collect(Collectors.joining(","));
        XlResult result = xl.dryRun(write("cpuid=\"host," + flags + "\"\n"), List.of());
        assertTrue(result.accepted(), () -> "xl rejects the config: " + result.exitCode());
        Set<String> unknownToXl = new TreeSet<>();
        for (Complaint c : xlComplaints(result.stderr())) {
            if (c.problem().equals("unknown CPUID flag name")) {
                unknownToXl.add(c.subject().substring(0, c.subject().length() - 2));
            }
        }
        Set<String> knownToXl = new TreeSet<>(candidates);
        knownToXl.removeAll(unknownToXl);
        assertEquals(new TreeSet<>(CpuidNames.names()), knownToXl,
                "the names xl 4.17 accepts among " + candidates.size() + " strings of " + library.get());
        assertEquals(276, CpuidNames.names().size(), "Debian's xl 4.17 knows 276 names");
    }

    private void assertAllAgree(List<Case> cases) throws IOException {
        XlOracle xl = XlOracle.get();
        List<XlRequest> requests = new ArrayList<>();
        for (Case c : cases) {
            requests.add(new XlRequest(write("cpuid=" + c.cpuid() + "\n"), List.of()));
        }
        long start = System.nanoTime();
        List<XlResult> results = xl.dryRunAll(requests);
        long xlMillis = (System.nanoTime() - start) / 1_000_000;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String problem = disagreement(cases.get(i), results.get(i));
            if (problem != null) {
                failures.add(cases.get(i).label() + ": " + problem);
            }
        }
        System.out.printf("cpuid vs xl: %d configs, %d agree; xl took %d ms%n", cases.size(),
                cases.size() - failures.size(), xlMillis);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " disagree with xl; first ones:\n"
                    + failures.stream().limit(5).collect(Collectors.joining("\n\n")));
        }
    }

    /** Null when jxl and xl agree on the case; else how they differ. */
    private static String disagreement(Case c, XlResult xl) {
        if (!xl.accepted()) {
            return "xl rejects it (exit " + xl.exitCode() + "): " + xl.messages();
        }
        LoadedConfig loaded = ConfigLoader.fromText("t.cfg", BASE + "cpuid=" + c.cpuid() + "\n", List.of());
        String expected = xl.jsonWithoutUuid().stripTrailing();
        String actual = XlOracle.withoutUuid(loaded.config().libxl().toJson()).stripTrailing();
        if (!expected.equals(actual)) {
            return "JSON differs (- xl, + jxl)\n" + firstDifference(expected, actual);
        }
        List<Complaint> xlSays = xlComplaints(xl.stderr());
        List<Complaint> jxlSays = jxlComplaints(loaded.warnings());
        if (!xlSays.equals(jxlSays)) {
            return "complaints differ:\n  xl:  " + xlSays + "\n  jxl: " + jxlSays;
        }
        return null;
    }

    /** What is wrong ("unknown CPUID flag name") with which flag, item or string. */
    record Complaint(String subject, String problem) {
    }

    private static final Pattern XL_COMPLAINT = Pattern.compile(
            "while parsing CPUID (flag|line|string): \"(.*)\":\n  error( #-?\\d+)?: (.*)");
    private static final Pattern JXL_COMPLAINT = Pattern.compile(
            "cpuid (?:flag|item) '(.*)': (.+?); skipped \\(as xl does\\).*");

    private static List<Complaint> xlComplaints(String stderr) {
        List<Complaint> out = new ArrayList<>();
        Matcher m = XL_COMPLAINT.matcher(stderr);
        while (m.find()) {
            String problem = m.group(4).equals("first word must be \"host\"") ? "no host" : m.group(4);
            out.add(new Complaint(m.group(1).equals("string") ? "" : m.group(2), problem));
        }
        return out;
    }

    private static List<Complaint> jxlComplaints(List<Diagnostic> warnings) {
        List<Complaint> out = new ArrayList<>();
        for (Diagnostic d : warnings) {
            if (d.message().startsWith("a cpuid string must start with \"host\"")) {
                out.add(new Complaint("", "no host"));
                continue;
            }
            Matcher m = JXL_COMPLAINT.matcher(d.message());
            if (!m.matches()) {
                out.add(new Complaint("?", d.message()));
                continue;
            }
            out.add(new Complaint(m.group(1), m.group(2)));
        }
        return out;
    }

    /** Names in runs such that no run has two names that write the same register or MSR. */
    private static List<List<String>> oneNamePerRegister(Set<String> names) {
        Map<String, Integer> used = new LinkedHashMap<>();
        List<List<String>> runs = new ArrayList<>();
        for (String name : names) {
            CpuidNames.Field field = CpuidNames.find(name).orElseThrow();
            String register = field instanceof CpuidNames.CpuidField f
                    ? f.leaf() + "/" + f.subleaf() + "/" + f.register()
                    : "msr " + ((CpuidNames.MsrBit) field).index();
            int run = used.merge(register, 1, Integer::sum) - 1;
            if (run == runs.size()) {
                runs.add(new ArrayList<>());
            }
            runs.get(run).add(name);
        }
        return runs;
    }

    /** Every tail (up to 40 characters) of every NUL-terminated run of name characters in a binary. */
    private static Set<String> stringTails(byte[] binary) {
        Set<String> out = new TreeSet<>();
        int start = 0;
        for (int i = 0; i < binary.length; i++) {
            char c = (char) (binary[i] & 0xff);
            if (c == 0 && i > start) {
                String s = new String(binary, Math.max(start, i - 40), Math.min(i - start, 40), StandardCharsets.ISO_8859_1);
                for (int j = 0; j < s.length(); j++) {
                    out.add(s.substring(j));
                }
            }
            if (!(Character.isLetterOrDigit(c) && c < 128 || "_.+-".indexOf(c) >= 0)) {
                start = i + 1;
            }
        }
        return out;
    }

    private Path write(String cpuidLine) throws IOException {
        Path file = Files.createTempFile(dir, "cpuid", ".cfg");
        Files.writeString(file, BASE + cpuidLine, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (int j = Math.max(0, i - 4); j < i; j++) {
            out.append("   ").append(a.get(j)).append('\n');
        }
        for (int j = i; j < Math.min(a.size(), i + 4); j++) {
            out.append("-  ").append(a.get(j)).append('\n');
        }
        for (int j = i; j < Math.min(b.size(), i + 4); j++) {
            out.append("+  ").append(b.get(j)).append('\n');
        }
        return out.toString();
    }
}
