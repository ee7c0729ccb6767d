package dev.jxl.gentypes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declarations {@link GenTypes} reads: a libxl struct is a record whose components are its
 * fields, in IDL order and named as the IDL names them (camel case for snake case). A component's
 * Java type gives its JSON form and its init value, as an IDL type does ({@code Defbool}: default;
 * {@code String}: NULL; a list: empty; a libxl enumeration: its first constant; {@code long}: 0); the
 * annotations below say what the Java type cannot. Nothing here is kept past compilation.
 */
public final class Idl {
    private Idl() {
    }

    /**
     * A libxl struct: {@code XIdl.writeFields(x, json)} is generated for record {@code X}; with
     * {@code init}, {@code XIdl.init()} (libxl's {@code _init}: every field at its init value); with
     * {@code builder}, {@code XIdl.Builder}, public mutable fields at their init values and
     * {@code build()}.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Struct {
        boolean init() default false;

        boolean builder() default false;
    }

    /** IDL {@code MemKB}: a uint64 whose init value is LIBXL_MEMKB_DEFAULT. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface MemKB {
    }

    /** IDL {@code uint64}: printed unsigned. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Uint64 {
    }

    /** IDL {@code libxl_devid}: init value -1. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Devid {
    }

    /** The field's own {@code init_val}, where it is not its type's. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Init {
        long value();
    }

    /** An enumeration field with no init value jxl can hold (xl always sets it): always printed. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Always {
    }

    /** The field's IDL name, where it is not the component's name in snake case. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Name {
        String value();
    }

    /**
     * The field belongs to an anonymous inner struct of this name ({@code arch_arm}, {@code vga}),
     * kept flat in the record; consecutive components with the same name form the struct.
     */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface In {
        String value();
    }

    /**
     * A field with a JSON form of its own (a builtin such as libxl_mac or a keyed union): the record
     * writes it in a method {@code void NAMEJson(LibxlJson json)}, NAME being the component's name.
     */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Custom {
    }

    /** Not a field of its own: part of what a {@link Custom} field's writer prints. */
    @Target(ElementType.RECORD_COMPONENT)
    @Retention(RetentionPolicy.SOURCE)
    public @interface Skip {
    }
}
