package dev.jxl.config.libxl;

import java.util.Collection;
import java.util.List;

/**
 * The JSON view of libxl structures, with the rule libxl's generated {@code *_gen_json} functions
 * follow for every field: aggregates always appear; arrays, lists and bitmaps only when non-empty;
 * other fields only when they differ from their IDL init value (0, NULL or a named default).
 */
public final class LibxlJson {
    /** LIBXL_MEMKB_DEFAULT: ~0ULL - 1, the "not set" of every MemKB field. */
    public static final long MEMKB_DEFAULT = -2L;
    /** LIBXL_INVALID_GFN. */
    public static final long INVALID_GFN = -1L;
    /** LIBXL_MAX_GRANT_DEFAULT. */
    public static final long MAX_GRANT_DEFAULT = -1L;
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

    public LibxlJson integer(String name, long value) {
        return integer(name, value, 0);
    }

    public LibxlJson integer(String name, long value, long init) {
        if (value != init) {
            out.key(name).value(value);
        }
        return this;
    }

    public LibxlJson uint64(String name, long value) {
        return uint64(name, value, 0);
    }

    public LibxlJson uint64(String name, long value, long init) {
        if (value != init) {
            out.key(name).unsignedValue(value);
        }
        return this;
    }

    public LibxlJson memkb(String name, long value) {
        return uint64(name, value, MEMKB_DEFAULT);
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

    /** An enumeration field, printed by its libxl name; omitted at its init value. */
    public <E extends Enum<E> & LibxlEnum> LibxlJson enumeration(String name, E value, E init) {
        if (value != init) {
            out.key(name).value(value.libxlName());
        }
        return this;
    }

    /** An enumeration printed even when it holds a value libxl has no name for (JSON null). */
    public LibxlJson rawEnum(String name, String libxlNameOrNull) {
        out.key(name);
        if (libxlNameOrNull == null) {
            out.nullValue();
        } else {
            out.value(libxlNameOrNull);
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
        setBits.stream().sorted().forEach(out::value);
        out.closeArray();
    }

    public LibxlJson stringList(String name, List<String> values) {
        if (!values.isEmpty()) {
            out.key(name).openArray();
            values.forEach(out::value);
            out.closeArray();
        }
        return this;
    }

    public LibxlJson struct(String name, Struct struct) {
        out.key(name).openMap();
        struct.writeFields(this);
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
            items.forEach(out::value);
            out.closeArray();
        }
        return this;
    }

    public LibxlJson bitmaps(String name, List<? extends Collection<Integer>> items) {
        if (!items.isEmpty()) {
            out.key(name).openArray();
            items.forEach(this::writeBitmap);
            out.closeArray();
        }
        return this;
    }

    /** A raw key/value map (libxl_key_value_list); omitted when empty. */
    public LibxlJson keyValues(String name, java.util.Map<String, String> kv) {
        if (!kv.isEmpty()) {
            out.key(name).openMap();
            kv.forEach((k, v) -> {
                out.key(k);
                if (v == null) {
                    out.nullValue();
                } else {
                    out.value(v);
                }
            });
            out.closeMap();
        }
        return this;
    }

    /** Direct access for builtins with their own generator (cpuid policy, ms_vm_genid). */
    public YajlWriter raw(String name) {
        return out.key(name);
    }
}
