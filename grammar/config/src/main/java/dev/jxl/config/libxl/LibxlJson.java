package dev.jxl.config.libxl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The JSON view of libxl structures, with the rule libxl's generated {@code *_gen_json} functions
 * follow for every field: aggregates always appear; arrays, lists and bitmaps only when non-empty;
 * other fields only when they differ from their IDL init value (0, NULL or a named default). Each
 * struct's calls are generated from its record ({@code XIdl.writeFields}, by dev.jxl.gentypes.GenTypes).
 */
public final class LibxlJson {
    /** LIBXL_MEMKB_DEFAULT: ~0ULL - 1, the "not set" of every MemKB field. */
    public static final long MEMKB_DEFAULT = -2L;
    /** LIBXL_INVALID_GFN. */
    public static final long INVALID_GFN = -1L;
    /** LIBXL_MAX_GRANT_DEFAULT: ~(uint32_t)0, the "not set" of the grant table limits. */
    public static final long MAX_GRANT_DEFAULT = 0xFFFFFFFFL;
    /** libxl_devid's init value. */
    public static final long DEVID_DEFAULT = -1L;

    private final YajlWriter out;

    public LibxlJson(YajlWriter out) {
        this.out = out;
    }

    /** One libxl struct (or keyed-union member) that knows its own fields. */
    public interface Struct {
        void writeFields(LibxlJson json);
    }

    public static String render(Struct root) {
        YajlWriter w = new YajlWriter();
        LibxlJson json = new LibxlJson(w);
        w.openMap();
        root.writeFields(json);
        w.closeMap();
        return w.toString();
    }

    public LibxlJson integer(String name, long value, long init) {
        if (value != init) {
            out.key(name).value(value);
        }
        return this;
    }

    public LibxlJson uint64(String name, long value, long init) {
        if (value != init) {
            out.key(name).unsignedValue(value);
        }
        return this;
    }

    public LibxlJson string(String name, String value) {
        if (value != null) {
            out.key(name).value(value);
        }
        return this;
    }

    public LibxlJson defbool(String name, Defbool value) {
        if (!value.isDefault()) {
            out.key(name).value(value.libxlString());
        }
        return this;
    }

    public LibxlJson bool(String name, boolean value) {
        if (value) {
            out.key(name).value(true);
        }
        return this;
    }

    /**
     * An enumeration field, printed by its libxl name; omitted at its init value. A null value is one
     * libxl has no name for (xl left memory uninitialised there): {@code *_to_string} gives NULL,
     * printed as JSON null.
     */
    public <E extends Enum<E> & LibxlEnum> LibxlJson enumeration(String name, E value, E init) {
        if (value != init) {
            out.key(name);
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.libxlName());
            }
        }
        return this;
    }

    /** A list of enumeration values, by their libxl names; omitted when empty. */
    public LibxlJson enums(String name, List<? extends LibxlEnum> values) {
        if (!values.isEmpty()) {
            out.key(name).openArray();
            for (LibxlEnum v : values) {
                out.value(v.libxlName());
            }
            out.closeArray();
        }
        return this;
    }

    public LibxlJson bitmap(String name, Collection<Integer> setBits) {
        if (!setBits.isEmpty()) {
            out.key(name);
            writeBitmap(setBits);
        }
        return this;
    }

    private void writeBitmap(Collection<Integer> setBits) {
        out.openArray();
        List<Integer> sorted = new ArrayList<>(setBits);
        Collections.sort(sorted);
        for (int bit : sorted) {
            out.value(bit);
        }
        out.closeArray();
    }

    public LibxlJson stringList(String name, List<String> values) {
        if (!values.isEmpty()) {
            out.key(name).openArray();
            for (String value : values) {
                out.value(value);
            }
            out.closeArray();
        }
        return this;
    }

    public LibxlJson struct(String name, Struct struct) {
        open(name);
        struct.writeFields(this);
        return close();
    }

    /** Opens an inner struct (an aggregate: printed even when all its fields are left out). */
    public LibxlJson open(String name) {
        out.key(name).openMap();
        return this;
    }

    public LibxlJson close() {
        out.closeMap();
        return this;
    }

    public LibxlJson structs(String name, List<? extends Struct> items) {
        if (!items.isEmpty()) {
            out.key(name).openArray();
            for (Struct s : items) {
                out.openMap();
                s.writeFields(this);
                out.closeMap();
            }
            out.closeArray();
        }
        return this;
    }

    public LibxlJson integers(String name, List<Long> items) {
        if (!items.isEmpty()) {
            out.key(name).openArray();
            for (long item : items) {
                out.value(item);
            }
            out.closeArray();
        }
        return this;
    }

    public LibxlJson bitmaps(String name, List<? extends Collection<Integer>> items) {
        if (!items.isEmpty()) {
            out.key(name).openArray();
            for (Collection<Integer> bitmap : items) {
                writeBitmap(bitmap);
            }
            out.closeArray();
        }
        return this;
    }

    /** Direct access for builtins with their own generator (cpuid policy, ms_vm_genid). */
    public YajlWriter raw(String name) {
        return out.key(name);
    }
}
