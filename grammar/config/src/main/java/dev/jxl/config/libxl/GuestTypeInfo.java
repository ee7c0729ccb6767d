package dev.jxl.config.libxl;

/** The type-specific part of the build info: libxl's keyed union {@code u}, keyed by the domain type. */
public sealed interface GuestTypeInfo extends LibxlJson.Struct permits HvmInfo, PvInfo, PvhInfo {
    DomainType type();
}
