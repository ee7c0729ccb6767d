package dev.jxl.config.libxl;

import java.util.Locale;

/**
 * A libxl enumeration, implemented by Java enums whose constants are libxl's in IDL order, the first
 * being the init value (the one a fresh struct holds, which the JSON leaves out; GenTypes reads it
 * so). Its name is as libxl's {@code *_to_string} prints it: the constant in lower case.
 */
public interface LibxlEnum {
    default String libxlName() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }
}
