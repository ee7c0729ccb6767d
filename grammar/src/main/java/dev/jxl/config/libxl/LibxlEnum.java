package dev.jxl.config.libxl;

/** A libxl enumeration value: its name as libxl's {@code *_to_string} prints it. */
public interface LibxlEnum {
    String libxlName();
}
