package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/**
 * The PV member ({@code "type.pv"}). xl fills only these two; the deprecated kernel/cmdline copies
 * stay unset (xl writes the top-level fields).
 */
@Idl.Struct(init = true)
public record PvInfo(@Idl.MemKB long slackMemkb, Defbool e820Host) implements GuestTypeInfo {
    public static final PvInfo UNSET = PvInfoIdl.init();

    @Override
    public DomainType type() {
        return DomainType.PV;
    }

    @Override
    public void writeFields(LibxlJson j) {
        PvInfoIdl.writeFields(this, j);
    }
}
