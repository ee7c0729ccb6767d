package dev.jxl.layout.acpi.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.jxl.layout.acpi.IaslAccess;
import dev.jxl.units.Bytes;

/**
 * Pins every AML encoding of the builder against the bytes iasl produces from the equivalent ASL
 * (compiled at test time; the 36-byte table header is skipped).
 */
class AmlIaslPinTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                pin("Zero", "Name (INT0, Zero)", Aml.name("INT0", Aml.integer(0))),
                pin("One", "Name (INT1, One)", Aml.name("INT1", Aml.integer(1))),
                pin("Ones", "Name (INT2, Ones)", Aml.name("INT2", new Aml.Ones())),
                pin("byte", "Name (INT3, 0x12)", Aml.name("INT3", Aml.integer(0x12))),
                pin("byte max", "Name (INT4, 0xFF)", Aml.name("INT4", Aml.integer(0xFF))),
                pin("word", "Name (INT5, 0x1234)", Aml.name("INT5", Aml.integer(0x1234))),
                pin("dword", "Name (INT6, 0x12345678)", Aml.name("INT6", Aml.integer(0x12345678))),
                pin("qword", "Name (INT7, 0x123456789ABCDEF0)", Aml.name("INT7", Aml.integer(0x123456789ABCDEF0L))),
                pin("string", "Name (STR0, \"AB\")", Aml.name("STR0", Aml.string("AB"))),
                pin("string _HID", "Name (_HID, \"ACPI0012\")", Aml.name("_HID", Aml.string("ACPI0012"))),
                pin("empty string", "Name (STR1, \"\")", Aml.name("STR1", Aml.string(""))),
                pin("buffer", "Name (BUF0, Buffer () {1, 2, 3})", Aml.name("BUF0", Aml.buffer(1, 2, 3))),
                pin("empty buffer", "Name (BUF1, Buffer () {})", Aml.name("BUF1", Aml.buffer())),
                pin("buffer 59 (PkgLength 62)", bufferAsl(59), Aml.name("BUFX", filled(59))),
                pin("buffer 60 (PkgLength 63, 1-byte max)", bufferAsl(60), Aml.name("BUFX", filled(60))),
                pin("buffer 61 (2-byte PkgLength)", bufferAsl(61), Aml.name("BUFX", filled(61))),
                pin("buffer 4090 (2-byte max)", bufferAsl(4090), Aml.name("BUFX", filled(4090))),
                pin("buffer 4091 (3-byte PkgLength)", bufferAsl(4091), Aml.name("BUFX", filled(4091))),
                pin("scope root + NullName", "Scope (\\) { Name (ROOT, One) }",
                        Aml.scope("\\", Aml.name("ROOT", Aml.integer(1)))),
                pin("scope \\_SB, device, parent prefix",
                        "Scope (\\_SB) { Device (DEV0) { Name (_ADR, Zero) Name (^PAR0, One) } }",
                        Aml.scope("\\_SB", Aml.device("DEV0", List.of(
                                Aml.name("_ADR", Aml.integer(0)), Aml.name("^PAR0", Aml.integer(1)))))),
                pin("dual name path", "Device (\\_SB.DUA0) { Name (_ADR, One) }",
                        Aml.device("\\_SB.DUA0", List.of(Aml.name("_ADR", Aml.integer(1))))),
                pin("multi name path",
                        "Device (\\_SB.DEV1) { Name (_ADR, One) } Device (\\_SB.DEV1.MLT0) { Name (_ADR, One) }",
                        Aml.device("\\_SB.DEV1", List.of(Aml.name("_ADR", Aml.integer(1)))),
                        Aml.device("\\_SB.DEV1.MLT0", List.of(Aml.name("_ADR", Aml.integer(1))))),
                pin("short name padded with _", "Scope (\\_SB) { Device (VGA) { Name (_ADR, 0x02) } }",
                        Aml.scope("\\_SB", Aml.device("VGA", List.of(Aml.name("_ADR", Aml.integer(2)))))),
                pin("method 0 args NotSerialized", "Method (_STA, 0, NotSerialized) { Return (0x0F) }",
                        Aml.method("_STA", 0, false, new Aml.Return(Aml.integer(0x0F)))),
                pin("method 2 args Serialized", "Method (M001, 2, Serialized) { Return (Arg1) }",
                        Aml.method("M001", 2, true, new Aml.Return(Aml.arg(1)))),
                pin("method 7 args Serialized sync 15", "Method (M002, 7, Serialized, 15) { Return (Arg6) }",
                        new Aml.Method(NamePath.parse("M002"), 7, true, 15, List.of(new Aml.Return(Aml.arg(6))))),
                pin("local", "Method (M003, 0) { Local0 = One Return (Local0) }",
                        Aml.method("M003", 0, false, Aml.store(Aml.integer(1), Aml.local(0)),
                                new Aml.Return(Aml.local(0)))),
                pin("if / else / LEqual",
                        "Method (M004, 1) { If (LEqual (Arg0, One)) { Return (One) } Else { Return (Zero) } }",
                        Aml.method("M004", 1, false,
                                Aml.ifThen(Aml.lEqual(Aml.arg(0), Aml.integer(1)),
                                        List.of(new Aml.Return(Aml.integer(1)))),
                                new Aml.Else(List.of(new Aml.Return(Aml.integer(0)))))),
                pin("name reference", "Name (REF0, One) Method (M005, 0) { Return (REF0) }",
                        Aml.name("REF0", Aml.integer(1)),
                        Aml.method("M005", 0, false, new Aml.Return(new Aml.NameRef(NamePath.parse("REF0"))))),
                pin("package of data objects",
                        "Name (PKG0, Package () { Zero, 0x1000, \"A\", Buffer () {1}, Package () { One } })",
                        Aml.name("PKG0", Aml.pkg(Aml.integer(0), Aml.integer(0x1000), Aml.string("A"),
                                Aml.buffer(1), Aml.pkg(Aml.integer(1))))),
                pin("empty package and a name element", "Name (REF1, One) Name (PKG1, Package () { REF1 }) "
                                + "Name (PKG2, Package () {})",
                        Aml.name("REF1", Aml.integer(1)),
                        Aml.name("PKG1", Aml.pkg(new Aml.NameRef(NamePath.parse("REF1")))),
                        Aml.name("PKG2", Aml.pkg())),
                pin("operation region and fields (1-, 2- and 3-byte widths)",
                        "OperationRegion (REG0, SystemMemory, 0x140000000, 0x1000) "
                                + "Field (REG0, QWordAcc, NoLock, Preserve) { FLD0, 32768 } "
                                + "Field (REG0, ByteAcc, NoLock, Preserve) { FLD1, 8, FLD2, 0x100 }",
                        new Aml.OperationRegion(NamePath.parse("REG0"), Aml.SYSTEM_MEMORY,
                                Aml.integer(0x140000000L), Aml.integer(0x1000)),
                        new Aml.Field(NamePath.parse("REG0"), Aml.AccessType.QWORD_ACC,
                                List.of(new Aml.FieldUnit(NameSeg.of("FLD0"), 32768))),
                        new Aml.Field(NamePath.parse("REG0"), Aml.AccessType.BYTE_ACC,
                                List.of(new Aml.FieldUnit(NameSeg.of("FLD1"), 8),
                                        new Aml.FieldUnit(NameSeg.of("FLD2"), 0x100)))),
                pin("region placed at run time in a method",
                        "Method (M006, 1, Serialized) { OperationRegion (REG1, SystemMemory, Add (0x1000, Arg0), 0x10) "
                                + "Field (REG1, DWordAcc, NoLock, Preserve) { FLD3, 32 } Return (FLD3) }",
                        Aml.method("M006", 1, true,
                                new Aml.OperationRegion(NamePath.parse("REG1"), Aml.SYSTEM_MEMORY,
                                        Aml.add(Aml.integer(0x1000), Aml.arg(0)), Aml.integer(0x10)),
                                new Aml.Field(NamePath.parse("REG1"), Aml.AccessType.DWORD_ACC,
                                        List.of(new Aml.FieldUnit(NameSeg.of("FLD3"), 32))),
                                new Aml.Return(new Aml.NameRef(NamePath.parse("FLD3"))))),
                pin("Add, Subtract, Concatenate (NullName targets)",
                        "Method (M007, 2) { Store (Add (Arg0, One), Local0) Store (Subtract (Arg0, Arg1), Local1) "
                                + "Return (Concatenate (Local0, Local1)) }",
                        Aml.method("M007", 2, false,
                                Aml.store(Aml.add(Aml.arg(0), Aml.integer(1)), Aml.local(0)),
                                Aml.store(Aml.subtract(Aml.arg(0), Aml.arg(1)), Aml.local(1)),
                                new Aml.Return(Aml.concatenate(Aml.local(0), Aml.local(1))))),
                pin("Subtract into a target", "Method (M014, 2) { Subtract (Arg0, Arg1, Local1) Return (Local1) }",
                        Aml.method("M014", 2, false, Aml.subtract(Aml.arg(0), Aml.arg(1), Aml.local(1)),
                                new Aml.Return(Aml.local(1)))),
                pin("Mid, ToInteger", "Method (M008, 2) { Return (ToInteger (Mid (Arg0, Arg1, 0x04))) }",
                        Aml.method("M008", 2, false, new Aml.Return(
                                Aml.toInteger(Aml.mid(Aml.arg(0), Aml.arg(1), Aml.integer(4)))))),
                pin("DerefOf, Index, SizeOf",
                        "Method (M009, 1) { Store (DerefOf (Index (Arg0, Zero)), Local0) Return (SizeOf (Local0)) }",
                        Aml.method("M009", 1, false,
                                Aml.store(Aml.derefOf(Aml.index(Aml.arg(0), Aml.integer(0))), Aml.local(0)),
                                new Aml.Return(Aml.sizeOf(Aml.local(0))))),
                pin("Store into a package element", "Method (M010, 1) { Store (Package () { Zero, Zero }, Local0) "
                                + "Store (Arg0, Index (Local0, One)) Return (Local0) }",
                        Aml.method("M010", 1, false,
                                Aml.store(Aml.pkg(Aml.integer(0), Aml.integer(0)), Aml.local(0)),
                                Aml.store(Aml.arg(0), Aml.index(Aml.local(0), Aml.integer(1))),
                                new Aml.Return(Aml.local(0)))),
                pin("LOr, LLess, LGreater",
                        "Method (M011, 2) { If (LOr (LLess (Arg0, Arg1), LGreater (Arg0, 0x10))) { Return (One) } "
                                + "Return (Zero) }",
                        Aml.method("M011", 2, false,
                                Aml.ifThen(Aml.lOr(Aml.lLess(Aml.arg(0), Aml.arg(1)),
                                        Aml.lGreater(Aml.arg(0), Aml.integer(0x10))),
                                        List.of(new Aml.Return(Aml.integer(1)))),
                                new Aml.Return(Aml.integer(0)))),
                pin("method call with arguments",
                        "Method (M012, 2) { Return (Arg1) } Method (M013, 0) { Return (M012 (One, 0x02)) }",
                        Aml.method("M012", 2, false, new Aml.Return(Aml.arg(1))),
                        Aml.method("M013", 0, false, new Aml.Return(Aml.call("M012", Aml.integer(1), Aml.integer(2))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodingMatchesIasl(String label, String asl, List<Aml> terms) throws Exception {
        byte[] reference = IaslAccess.compile(dir, "DefinitionBlock (\"\", \"SSDT\", 2, \"JXLTST\", \"AMLPIN\", 1) {\n"
                + asl + "\n}\n");
        byte[] iaslBody = Arrays.copyOfRange(reference, 36, reference.length);
        assertEquals(HexFormat.of().formatHex(iaslBody), HexFormat.of().formatHex(Aml.encodeAll(terms)), label);
    }

    private static Arguments pin(String label, String asl, Aml... terms) {
        return Arguments.of(label, asl, List.of(terms));
    }

    private static String bufferAsl(int size) {
        StringBuilder asl = new StringBuilder("Name (BUFX, Buffer () {");
        for (int i = 0; i < size; i++) {
            asl.append(i == 0 ? "" : ",").append("0x").append(Integer.toHexString(i & 0x7F));
        }
        return asl.append("})").toString();
    }

    private static Aml.Buf filled(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i & 0x7F);
        }
        return new Aml.Buf(Bytes.of(data));
    }
}
