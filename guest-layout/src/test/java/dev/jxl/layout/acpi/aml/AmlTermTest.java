package dev.jxl.layout.acpi.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the term model refuses to build: AML that iasl would reject or that a reader would misparse. */
class AmlTermTest {
    @Test
    void packageElementsAreDataObjectsOrNamesNotExpressions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aml.pkg(Aml.add(Aml.arg(0), Aml.integer(1))));
        assertEquals("a Package() element is a data object or a name, not "
                + Aml.add(Aml.arg(0), Aml.integer(1)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Aml.pkg(Aml.local(0)));
        assertThrows(IllegalArgumentException.class,
                () -> new Aml.Pkg(Collections.nCopies(256, Aml.integer(0))));
    }

    @Test
    void nameTakesAPackage() {
        assertEquals("08504b4730120502000a02", java.util.HexFormat.of().formatHex(
                Aml.name("PKG0", Aml.pkg(Aml.integer(0), Aml.integer(2))).toBytes()));
    }

    @Test
    void fieldsAndCallsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new Aml.Field(NamePath.parse("REG0"), Aml.AccessType.BYTE_ACC, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Aml.FieldUnit(NameSeg.of("FLD0"), 0));
        assertThrows(IllegalArgumentException.class, () -> new Aml.Call(NamePath.parse("M000"),
                Collections.nCopies(8, Aml.integer(0))));
        assertThrows(IllegalArgumentException.class, () -> new Aml.OperationRegion(NamePath.parse("REG0"), 0x100,
                Aml.integer(0), Aml.integer(1)));
    }

    @Test
    void methodDataAndBlockHeadsAreChecked() {
        assertEquals("Arg7 does not exist (Arg0..Arg6)",
                assertThrows(IllegalArgumentException.class, () -> Aml.arg(7)).getMessage());
        assertEquals("Local8 does not exist (Local0..Local7)",
                assertThrows(IllegalArgumentException.class, () -> Aml.local(8)).getMessage());
        assertEquals("6e67", java.util.HexFormat.of().formatHex(Aml.encodeAll(List.of(Aml.arg(6), Aml.local(7)))));
        assertThrows(IllegalArgumentException.class,
                () -> new Aml.Block(Aml.Block.Op.DEVICE, Aml.integer(1), List.of()));
        assertThrows(NullPointerException.class, () -> new Aml.NameRef(null)); // a Scope's head is never nameless
    }
}
