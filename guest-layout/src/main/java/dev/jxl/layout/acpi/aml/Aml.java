package dev.jxl.layout.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.jxl.layout.acpi.ByteSink;
import dev.jxl.units.Bytes;

/**
 * A small AML term model: just the objects and opcodes jxl's NVDIMM SSDT needs. Each term encodes
 * itself; objects with a body prefix it with a {@link PkgLength}. Every encoding here is pinned in the
 * tests against the bytes iasl produces from the equivalent ASL.
 *
 * <p>Expression opcodes ({@link Expr}) are written as AML has them: the opcode, then the operands in
 * order, a Target last where the opcode has one ({@link #NO_TARGET}, NullName, when the result is only
 * used as a value). The factories below are named and ordered as in ASL.
 */
public sealed interface Aml {
    int ZERO_OP = 0x00;
    int ONE_OP = 0x01;
    int ONES_OP = 0xFF;
    int BYTE_PREFIX = 0x0A;
    int WORD_PREFIX = 0x0B;
    int DWORD_PREFIX = 0x0C;
    int STRING_PREFIX = 0x0D;
    int QWORD_PREFIX = 0x0E;
    int NAME_OP = 0x08;
    int SCOPE_OP = 0x10;
    int BUFFER_OP = 0x11;
    int PACKAGE_OP = 0x12;
    int METHOD_OP = 0x14;
    int EXT_OP_PREFIX = 0x5B;
    int OP_REGION_OP = 0x80;
    int FIELD_OP = 0x81;
    int DEVICE_OP = 0x82;
    int LOCAL0_OP = 0x60;
    int ARG0_OP = 0x68;
    int STORE_OP = 0x70;
    int ADD_OP = 0x72;
    int CONCAT_OP = 0x73;
    int SUBTRACT_OP = 0x74;
    int DEREF_OF_OP = 0x83;
    int SIZE_OF_OP = 0x87;
    int INDEX_OP = 0x88;
    int LOR_OP = 0x91;
    int LEQUAL_OP = 0x93;
    int LGREATER_OP = 0x94;
    int LLESS_OP = 0x95;
    int TO_INTEGER_OP = 0x99;
    int MID_OP = 0x9E;
    int IF_OP = 0xA0;
    int ELSE_OP = 0xA1;
    int RETURN_OP = 0xA4;
    /** RegionSpace byte of {@code OperationRegion(…, SystemMemory, …)}. */
    int SYSTEM_MEMORY = 0x00;
    /** A Target that stores nowhere: NullName. */
    Aml NO_TARGET = new NullTarget();

    void writeTo(ByteSink sink);

    default byte[] toBytes() {
        ByteSink sink = new ByteSink();
        writeTo(sink);
        return sink.toByteArray();
    }

    static byte[] encodeAll(List<? extends Aml> terms) {
        ByteSink sink = new ByteSink();
        terms.forEach(t -> t.writeTo(sink));
        return sink.toByteArray();
    }

    /** Integer, String, Buffer and Package constants: what Name() and Package elements may hold. */
    private static boolean isDataObject(Aml value) {
        return value instanceof Int || value instanceof Ones || value instanceof Str || value instanceof Buf
                || value instanceof Pkg;
    }

    /** Writes {@code lead}, a PkgLength and {@code body}: the shape of every object with a body. */
    private static void withPkgLength(ByteSink sink, byte[] body) {
        sink.bytes(PkgLength.encode(body.length)).bytes(body);
    }

    /** A head (a name, a predicate …) and the terms of the block after it, under one PkgLength. */
    private static void withPkgLength(ByteSink sink, Consumer<ByteSink> head, List<Aml> terms) {
        ByteSink body = new ByteSink();
        head.accept(body);
        body.bytes(encodeAll(terms));
        withPkgLength(sink, body.toByteArray());
    }

    // --- data objects ---

    /**
     * An integer constant in the shortest form, as iasl chooses: ZeroOp, OneOp, then Byte/Word/DWord/QWord
     * prefixes. Values above 32 bits need a table revision of at least 2 (64-bit integers).
     */
    record Int(long value) implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            if (value == 0) {
                sink.u8(ZERO_OP);
            } else if (value == 1) {
                sink.u8(ONE_OP);
            } else if (value > 0 && value <= 0xFF) {
                sink.u8(BYTE_PREFIX).u8((int) value);
            } else if (value > 0 && value <= 0xFFFF) {
                sink.u8(WORD_PREFIX).u16((int) value);
            } else if (value > 0 && value <= 0xFFFF_FFFFL) {
                sink.u8(DWORD_PREFIX).u32(value);
            } else {
                sink.u8(QWORD_PREFIX).u64(value);
            }
        }

        public boolean needs64Bits() {
            return value < 0 || value > 0xFFFF_FFFFL;
        }
    }

    /** ASL {@code Ones}: all bits set, at the table's integer width. */
    record Ones() implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(ONES_OP);
        }
    }

    /** A NUL-terminated ASCII string (no NUL inside). */
    record Str(String value) implements Aml {
        public Str {
            for (char c : value.toCharArray()) {
                if (c < 0x01 || c > 0x7F) {
                    throw new IllegalArgumentException("AML strings are ASCII without NUL: \"" + value + "\"");
                }
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(STRING_PREFIX).bytes(value.getBytes(StandardCharsets.US_ASCII)).u8(0);
        }
    }

    /** {@code Buffer(){...}}: BufferOp PkgLength BufferSize(an integer term) bytes. */
    record Buf(Bytes data) implements Aml {
        public Buf {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            new Int(data.length()).writeTo(body);
            body.bytes(data);
            sink.u8(BUFFER_OP);
            withPkgLength(sink, body.toByteArray());
        }

        @Override
        public String toString() {
            return "Buf[" + data.hex() + "]";
        }
    }

    /**
     * {@code Package(){...}}: PackageOp PkgLength NumElements(one byte) elements. An element is a data
     * object or a name (AML has no expressions inside a package: build one in a Local and fill it with
     * {@code Store(…, Index(Local, n))}).
     */
    record Pkg(List<Aml> elements) implements Aml {
        public Pkg {
            elements = List.copyOf(elements);
            if (elements.size() > 0xFF) {
                throw new IllegalArgumentException("a Package() holds at most 255 elements, not " + elements.size());
            }
            for (Aml e : elements) {
                if (!isDataObject(e) && !(e instanceof NameRef)) {
                    throw new IllegalArgumentException("a Package() element is a data object or a name, not " + e);
                }
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink().u8(elements.size());
            body.bytes(encodeAll(elements));
            sink.u8(PACKAGE_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

    /** The NullName target (0x00): an expression's result is not stored anywhere. */
    record NullTarget() implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(NamePath.NULL_NAME);
        }
    }

    /** A name used as a value: a reference to an object, or a call of a method taking no arguments. */
    record NameRef(NamePath path) implements Aml {
        public NameRef {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public void writeTo(ByteSink sink) {
            path.writeTo(sink);
        }
    }

    /**
     * ACPI's ArgObj (Arg0Op 0x68 to Arg6Op) and LocalObj (Local0Op 0x60 to Local7Op), ACPICA's method
     * data: a method's arguments and locals, each a single opcode, its slot's first plus the index.
     */
    record MethodData(Slot slot, int n) implements Aml {
        public enum Slot {
            ARG("Arg", ARG0_OP, 7),
            LOCAL("Local", LOCAL0_OP, 8);

            private final String asl;
            private final int firstOpcode;
            private final int count;

            Slot(String asl, int firstOpcode, int count) {
                this.asl = asl;
                this.firstOpcode = firstOpcode;
                this.count = count;
            }
        }

        public MethodData {
            Objects.requireNonNull(slot, "slot");
            if (n < 0 || n >= slot.count) {
                throw new IllegalArgumentException(slot.asl + n + " does not exist (" + slot.asl + "0.." + slot.asl
                        + (slot.count - 1) + ")");
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(slot.firstOpcode + n);
        }

        @Override
        public String toString() {
            return slot.asl + n;
        }
    }

    // --- namespace modifiers and named objects ---

    /**
     * The objects that are an opcode, then under one PkgLength a head and a list of terms: Scope and
     * Device, whose head is a NameString, and If, whose head is the predicate. Built by {@link #scope},
     * {@link #device} and {@link #ifThen}.
     */
    record Block(Op op, Aml head, List<Aml> terms) implements Aml {
        public enum Op {
            SCOPE(true, SCOPE_OP),
            DEVICE(true, EXT_OP_PREFIX, DEVICE_OP),
            IF(false, IF_OP);

            private final boolean named;
            private final int[] opcode;

            Op(boolean named, int... opcode) {
                this.named = named;
                this.opcode = opcode;
            }
        }

        public Block {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(head, "head");
            if (op.named && !(head instanceof NameRef)) {
                throw new IllegalArgumentException(op + " is headed by a name, not " + head);
            }
            terms = List.copyOf(terms);
        }

        @Override
        public void writeTo(ByteSink sink) {
            for (int b : op.opcode) {
                sink.u8(b);
            }
            withPkgLength(sink, head::writeTo, terms);
        }
    }

    /** {@code Name(X, value)}: NameOp NameString DataRefObject. */
    record Name(NamePath name, Aml value) implements Aml {
        public Name {
            Objects.requireNonNull(name, "name");
            if (!isDataObject(value)) {
                throw new IllegalArgumentException("Name() takes a data object, not " + value);
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(NAME_OP);
            name.writeTo(sink);
            value.writeTo(sink);
        }
    }

    /** MethodFlags: bits 0-2 argument count, bit 3 serialized, bits 4-7 sync level. */
    record Method(NamePath name, int argCount, boolean serialized, int syncLevel, List<Aml> terms)
            implements Aml {
        public Method {
            Objects.requireNonNull(name, "name");
            if (argCount < 0 || argCount > 7) {
                throw new IllegalArgumentException("a method takes 0..7 arguments, not " + argCount);
            }
            if (syncLevel < 0 || syncLevel > 15) {
                throw new IllegalArgumentException("sync level must be 0..15, not " + syncLevel);
            }
            terms = List.copyOf(terms);
        }

        public int flags() {
            return argCount | (serialized ? 0x08 : 0) | (syncLevel << 4);
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(METHOD_OP);
            withPkgLength(sink, body -> {
                name.writeTo(body);
                body.u8(flags());
            }, terms);
        }
    }

    /**
     * {@code OperationRegion(name, space, offset, length)}: ExtOpPrefix OpRegionOp NameString
     * RegionSpace(byte) RegionOffset RegionLen; offset and length are TermArgs, so a region declared in a
     * method may be placed at run time.
     */
    record OperationRegion(NamePath name, int space, Aml offset, Aml length) implements Aml {
        public OperationRegion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(length, "length");
            if (space < 0 || space > 0xFF) {
                throw new IllegalArgumentException("region space " + space + " does not fit in a byte");
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(EXT_OP_PREFIX).u8(OP_REGION_OP);
            name.writeTo(sink);
            sink.u8(space);
            offset.writeTo(sink);
            length.writeTo(sink);
        }
    }

    /** Field access width, the low nibble of FieldFlags. */
    enum AccessType {
        ANY_ACC, BYTE_ACC, WORD_ACC, DWORD_ACC, QWORD_ACC, BUFFER_ACC
    }

    /** One NamedField of a Field: NameSeg, then its width in bits as a PkgLength value. */
    record FieldUnit(NameSeg name, int bits) {
        public FieldUnit {
            Objects.requireNonNull(name, "name");
            if (bits <= 0 || bits > PkgLength.MAX) {
                throw new IllegalArgumentException("field " + name + ": width " + bits + " bits is not 1.."
                        + PkgLength.MAX);
            }
        }
    }

    /**
     * {@code Field(region, access, NoLock, Preserve){units}}: ExtOpPrefix FieldOp PkgLength NameString
     * FieldFlags FieldList. FieldFlags: bits 0-3 access type, bit 4 lock rule (0 NoLock), bits 5-6 update
     * rule (0 Preserve); only NoLock and Preserve are offered.
     */
    record Field(NamePath region, AccessType access, List<FieldUnit> units) implements Aml {
        public Field {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(access, "access");
            units = List.copyOf(units);
            if (units.isEmpty()) {
                throw new IllegalArgumentException("a Field() needs at least one unit");
            }
        }

        public int flags() {
            return access.ordinal();
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            region.writeTo(body);
            body.u8(flags());
            for (FieldUnit u : units) {
                body.bytes(u.name().toBytes()).bytes(PkgLength.encodeValue(u.bits()));
            }
            sink.u8(EXT_OP_PREFIX).u8(FIELD_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

    /**
     * A method invocation: the method's NameString, then its arguments. AML carries no argument count;
     * the reader takes it from the method's declaration, so the count must match it.
     */
    record Call(NamePath method, List<Aml> args) implements Aml {
        public Call {
            Objects.requireNonNull(method, "method");
            args = List.copyOf(args);
            if (args.size() > 7) {
                throw new IllegalArgumentException("a method takes at most 7 arguments, not " + args.size());
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            method.writeTo(sink);
            args.forEach(a -> a.writeTo(sink));
        }
    }

    /**
     * An expression opcode and its operands in AML order, including a trailing Target for the opcodes
     * that have one. Built by the factories ({@link #add}, {@link #mid}, …), which know each opcode's
     * shape; {@code asl} is the ASL operator's name, for messages and {@code toString}.
     */
    record Expr(String asl, int opcode, List<Aml> operands) implements Aml {
        public Expr {
            Objects.requireNonNull(asl, "asl");
            operands = List.copyOf(operands);
            if (opcode < 0 || opcode > 0xFF) {
                throw new IllegalArgumentException(asl + ": opcode " + opcode + " is not one byte");
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(opcode);
            operands.forEach(o -> o.writeTo(sink));
        }
    }

    // --- statements and expressions ---

    record Else(List<Aml> terms) implements Aml {
        public Else {
            terms = List.copyOf(terms);
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(ELSE_OP);
            withPkgLength(sink, encodeAll(terms));
        }
    }

    record Return(Aml value) implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(RETURN_OP);
            value.writeTo(sink);
        }
    }

    // --- small factories in ASL spelling ---

    static Block scope(String path, Aml... terms) {
        return new Block(Block.Op.SCOPE, new NameRef(NamePath.parse(path)), List.of(terms));
    }

    static Block device(String path, List<Aml> terms) {
        return new Block(Block.Op.DEVICE, new NameRef(NamePath.parse(path)), terms);
    }

    /** {@code If(predicate){terms}}; an Else, when there is one, is the next term. */
    static Block ifThen(Aml predicate, List<Aml> terms) {
        return new Block(Block.Op.IF, predicate, terms);
    }

    static Name name(String path, Aml value) {
        return new Name(NamePath.parse(path), value);
    }

    static Method method(String path, int argCount, boolean serialized, Aml... terms) {
        return new Method(NamePath.parse(path), argCount, serialized, 0, List.of(terms));
    }

    static Int integer(long value) {
        return new Int(value);
    }

    static Str string(String value) {
        return new Str(value);
    }

    static Pkg pkg(Aml... elements) {
        return new Pkg(List.of(elements));
    }

    static Call call(String method, Aml... args) {
        return new Call(NamePath.parse(method), List.of(args));
    }

    static MethodData local(int n) {
        return new MethodData(MethodData.Slot.LOCAL, n);
    }

    static MethodData arg(int n) {
        return new MethodData(MethodData.Slot.ARG, n);
    }

    /** {@code Store(source, target)}, ASL+ {@code target = source}: StoreOp TermArg SuperName. */
    static Expr store(Aml source, Aml target) {
        return new Expr("Store", STORE_OP, List.of(source, target));
    }

    /** {@code Add(a, b)}: AddOp Operand Operand Target(NullName). */
    static Expr add(Aml a, Aml b) {
        return new Expr("Add", ADD_OP, List.of(a, b, NO_TARGET));
    }

    /** {@code Subtract(a, b)}: SubtractOp Operand Operand Target(NullName). */
    static Expr subtract(Aml a, Aml b) {
        return subtract(a, b, NO_TARGET);
    }

    /** {@code Subtract(a, b, target)}, ASL+ {@code target = a - b}. */
    static Expr subtract(Aml a, Aml b, Aml target) {
        return new Expr("Subtract", SUBTRACT_OP, List.of(a, b, target));
    }

    /** {@code Concatenate(a, b)}: ConcatOp Data Data Target(NullName). */
    static Expr concatenate(Aml a, Aml b) {
        return new Expr("Concatenate", CONCAT_OP, List.of(a, b, NO_TARGET));
    }

    /** {@code Mid(source, index, length)}: MidOp MidObj TermArg TermArg Target(NullName). */
    static Expr mid(Aml source, Aml index, Aml length) {
        return new Expr("Mid", MID_OP, List.of(source, index, length, NO_TARGET));
    }

    /** {@code ToInteger(x)}: ToIntegerOp Operand Target(NullName). */
    static Expr toInteger(Aml x) {
        return new Expr("ToInteger", TO_INTEGER_OP, List.of(x, NO_TARGET));
    }

    /** {@code Index(source, i)}, ASL+ {@code source[i]}: IndexOp BuffPkgStrObj IndexValue Target(NullName). */
    static Expr index(Aml source, Aml i) {
        return new Expr("Index", INDEX_OP, List.of(source, i, NO_TARGET));
    }

    /** {@code DerefOf(ref)}: DerefOfOp ObjReference. */
    static Expr derefOf(Aml ref) {
        return new Expr("DerefOf", DEREF_OF_OP, List.of(ref));
    }

    /** {@code SizeOf(x)}: SizeOfOp SuperName. */
    static Expr sizeOf(Aml x) {
        return new Expr("SizeOf", SIZE_OF_OP, List.of(x));
    }

    /** {@code LEqual(a, b)}: LEqualOp Operand Operand. */
    static Expr lEqual(Aml a, Aml b) {
        return new Expr("LEqual", LEQUAL_OP, List.of(a, b));
    }

    /** {@code LLess(a, b)}: LLessOp Operand Operand. */
    static Expr lLess(Aml a, Aml b) {
        return new Expr("LLess", LLESS_OP, List.of(a, b));
    }

    /** {@code LGreater(a, b)}: LGreaterOp Operand Operand. */
    static Expr lGreater(Aml a, Aml b) {
        return new Expr("LGreater", LGREATER_OP, List.of(a, b));
    }

    /** {@code LOr(a, b)}: LOrOp Operand Operand; both are always evaluated. */
    static Expr lOr(Aml a, Aml b) {
        return new Expr("LOr", LOR_OP, List.of(a, b));
    }

    static Buf buffer(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new Buf(Bytes.of(data));
    }
}
