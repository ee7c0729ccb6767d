package dev.jxl.gentypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jxl.config.libxl.LibxlJson;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GenTypes on records of its own (the libxl structs themselves are checked against real xl by the
 * differential and spec tests): names, init values, forms, inner structs and custom fields as the
 * generated writer and builder use them, and the messages for declarations it cannot turn into code.
 */
class GenTypesTest {
    private static final String PACKAGE = "dev.jxl.gentypes.sample";
    private static final String IMPORTS = "package " + PACKAGE + ";\n"
            + "import dev.jxl.config.libxl.*;\nimport dev.jxl.gentypes.Idl;\nimport java.util.List;\n";

    @TempDir
    Path dir;

    /**
     * Where this JVM loaded a class from: the processor and its annotations from the gentypes module
     * (a provided dependency of this one), the libxl structs from this module's classes.
     */
    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles one source with GenTypes; returns javac's messages, or "" when it compiled. */
    private String compile(String name, String source) throws IOException {
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, IMPORTS + source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        var files = javac.getStandardFileManager(null, null, null);
        boolean ok = javac.getTask(messages, files, null,
                List.of("-d", dir.resolve("classes").toString(),
                        "-s", dir.resolve("generated").toString(),
                        "-classpath", location(LibxlJson.class) + File.pathSeparator + location(Idl.class),
                        "-processorpath", location(GenTypes.class),
                        "-processor", "dev.jxl.gentypes.GenTypes"),
                null, files.getJavaFileObjects(src)).call();
        files.close();
        return ok ? "" : messages.toString();
    }

    private Object builder(String record) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                getClass().getClassLoader());
        return loader.loadClass(PACKAGE + "." + record + "$Builder").getConstructor().newInstance();
    }

    private static LibxlJson.Struct build(Object builder, Map<String, Object> fields) throws Exception {
        for (var f : fields.entrySet()) {
            builder.getClass().getField(f.getKey()).set(builder, f.getValue());
        }
        return (LibxlJson.Struct) builder.getClass().getMethod("build").invoke(builder);
    }

    private static final String SAMPLE = """
            @Idl.Struct(builder = true)
            public record Sample(
                    long maxVcpus,
                    @Idl.MemKB long targetMemkb,
                    @Idl.Init(LibxlJson.MAX_GRANT_DEFAULT) long maxGrantFrames,
                    @Idl.Devid long devid,
                    List<Integer> availVcpus,
                    LibxlEnums.TscMode tscMode,
                    Limits limits,
                    @Idl.Custom String cmdline,
                    @Idl.In("arch_arm") LibxlEnums.GicVersion gicVersion,
                    @Idl.In("arch_arm") @Idl.Name("vuart") LibxlEnums.VuartType uart,
                    @Idl.In("arch_x86") Defbool msrRelaxed,
                    Defbool acpiS3) implements LibxlJson.Struct {
                public static final class Builder extends SampleIdl.Builder {
                }

                public void writeFields(LibxlJson j) {
                    SampleIdl.writeFields(this, j);
                }

                void cmdlineJson(LibxlJson j) {
                    j.string("cmdline", cmdline == null ? null : "[" + cmdline + "]");
                }

                @Idl.Struct(init = true)
                public record Limits(@Idl.Init(-1) long weight) implements LibxlJson.Struct {
                    public void writeFields(LibxlJson j) {
                        SampleLimitsIdl.writeFields(this, j);
                    }
                }
            }
            """;

    @Test
    void aStructAtItsInitValuesPrintsOnlyItsAggregates() throws Exception {
        assertEquals("", compile("Sample", SAMPLE));
        assertEquals("""
                {
                    "limits": {

                    },
                    "arch_arm": {

                    },
                    "arch_x86": {

                    }
                }
                """, LibxlJson.render(build(builder("Sample"), Map.of())));
    }

    @Test
    void eachFieldIsPrintedByItsIdlNameOnceItLeavesItsInitValue() throws Exception {
        assertEquals("", compile("Sample", SAMPLE));
        LibxlJson.Struct s = build(builder("Sample"), Map.of(
                "maxVcpus", 2L, "targetMemkb", -3L, "maxGrantFrames", 32L, "devid", 0L, "availVcpus", List.of(1, 0),
                "tscMode", dev.jxl.config.libxl.LibxlEnums.TscMode.NATIVE, "cmdline", "ro",
                "uart", dev.jxl.config.libxl.LibxlEnums.VuartType.SBSA_UART,
                "acpiS3", dev.jxl.config.libxl.Defbool.FALSE));
        assertEquals("""
                {
                    "max_vcpus": 2,
                    "target_memkb": 18446744073709551613,
                    "max_grant_frames": 32,
                    "devid": 0,
                    "avail_vcpus": [
                        0,
                        1
                    ],
                    "tsc_mode": "native",
                    "limits": {

                    },
                    "cmdline": "[ro]",
                    "arch_arm": {
                        "vuart": "sbsa_uart"
                    },
                    "arch_x86": {

                    },
                    "acpi_s3": "False"
                }
                """, LibxlJson.render(s));
    }

    /** Declarations GenTypes cannot turn into code: the message names the component and the way out. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("Odd", """
                        @Idl.Struct
                        public record Odd(long first, Object thing) implements LibxlJson.Struct {
                            public void writeFields(LibxlJson j) {
                            }
                        }
                        """, "Odd.thing: no JSON form for its type java.lang.Object; mark it @Idl.Custom and write it"
                        + " in void thingJson(LibxlJson json)"),
                Arguments.of("NoWriter", """
                        @Idl.Struct
                        public record NoWriter(@Idl.Custom String thing) implements LibxlJson.Struct {
                            public void writeFields(LibxlJson j) {
                            }
                        }
                        """, "NoWriter.thing is @Idl.Custom: the record writes it in void thingJson(LibxlJson json)"),
                Arguments.of("Outer", """
                        @Idl.Struct(builder = true)
                        public record Outer(Inner inner) implements LibxlJson.Struct {
                            public void writeFields(LibxlJson j) {
                            }

                            @Idl.Struct
                            public record Inner(long x) implements LibxlJson.Struct {
                                public void writeFields(LibxlJson j) {
                                }
                            }
                        }
                        """, "Outer.inner has no init value: its type " + PACKAGE + ".Outer.Inner is a record not"
                        + " marked @Idl.Struct(init = true)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void whatCannotBeGeneratedIsRefusedWithTheWayOut(String record, String source, String message) throws Exception {
        String messages = compile(record, source);
        assertTrue(messages.contains(message), messages);
    }
}
