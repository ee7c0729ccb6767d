package dev.jxl.layout.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import dev.jxl.layout.acpi.ByteSink;

/**
 * A small AML term model: just the objects and opcodes jxl's NVDIMM SSDT needs. Each term encodes
 * itself; objects with a body prefix it with a {@link PkgLength}. Every encoding here is pinned in the
 * tests against the bytes iasl produces from the equivalent ASL.
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
    int METHOD_OP = 0x14;
    int EXT_OP_PREFIX = 0x5B;
    int DEVICE_OP = 0x82;
    int LOCAL0_OP = 0x60;
    int ARG0_OP = 0x68;
    int LEQUAL_OP = 0x93;
    int STORE_OP = 0x70;
    int IF_OP = 0xA0;
    int ELSE_OP = 0xA1;
    int RETURN_OP = 0xA4;

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

    /** Writes {@code lead}, a PkgLength and {@code body}: the shape of every object with a body. */
    private static void withPkgLength(ByteSink sink, byte[] body) {
        sink.bytes(PkgLength.encode(body.length)).bytes(body);
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
    record Buf(byte[] data) implements Aml {
        public Buf {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            new Int(data.length).writeTo(body);
            body.bytes(data);
            sink.u8(BUFFER_OP);
            withPkgLength(sink, body.toByteArray());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Buf other && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Buf[" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /** A name used as a value: a reference to an object, or a call of a method taking no arguments. */
    record NameRef(NamePath path) implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            path.writeTo(sink);
        }
    }

    record Arg(int n) implements Aml {
        public Arg {
            if (n < 0 || n > 6) {
                throw new IllegalArgumentException("Arg" + n + " does not exist (Arg0..Arg6)");
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(ARG0_OP + n);
        }
    }

    record Local(int n) implements Aml {
        public Local {
            if (n < 0 || n > 7) {
                throw new IllegalArgumentException("Local" + n + " does not exist (Local0..Local7)");
            }
        }

        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(LOCAL0_OP + n);
        }
    }

    // --- namespace modifiers and named objects ---

    record Scope(NamePath name, List<Aml> terms) implements Aml {
        public Scope {
            Objects.requireNonNull(name, "name");
            terms = List.copyOf(terms);
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            name.writeTo(body);
            body.bytes(encodeAll(terms));
            sink.u8(SCOPE_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

    record Device(NamePath name, List<Aml> terms) implements Aml {
        public Device {
            Objects.requireNonNull(name, "name");
            terms = List.copyOf(terms);
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            name.writeTo(body);
            body.bytes(encodeAll(terms));
            sink.u8(EXT_OP_PREFIX).u8(DEVICE_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

    /** {@code Name(X, value)}: NameOp NameString DataRefObject. */
    record Name(NamePath name, Aml value) implements Aml {
        public Name {
            Objects.requireNonNull(name, "name");
            if (!(value instanceof Int || value instanceof Ones || value instanceof Str || value instanceof Buf)) {
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
            ByteSink body = new ByteSink();
            name.writeTo(body);
            body.u8(flags());
            body.bytes(encodeAll(terms));
            sink.u8(METHOD_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

    // --- statements and expressions ---

    record If(Aml predicate, List<Aml> terms) implements Aml {
        public If {
            Objects.requireNonNull(predicate, "predicate");
            terms = List.copyOf(terms);
        }

        @Override
        public void writeTo(ByteSink sink) {
            ByteSink body = new ByteSink();
            predicate.writeTo(body);
            body.bytes(encodeAll(terms));
            sink.u8(IF_OP);
            withPkgLength(sink, body.toByteArray());
        }
    }

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

    /** {@code Store(source, target)}, ASL+ {@code target = source}. */
    record Store(Aml source, Aml target) implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(STORE_OP);
            source.writeTo(sink);
            target.writeTo(sink);
        }
    }

    record LEqual(Aml left, Aml right) implements Aml {
        @Override
        public void writeTo(ByteSink sink) {
            sink.u8(LEQUAL_OP);
            left.writeTo(sink);
            right.writeTo(sink);
        }
    }

    // --- small factories in ASL spelling ---

    static Scope scope(String path, Aml... terms) {
        return new Scope(NamePath.parse(path), List.of(terms));
    }

    static Device device(String path, List<Aml> terms) {
        return new Device(NamePath.parse(path), terms);
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

    static Buf buffer(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new Buf(data);
    }
}
