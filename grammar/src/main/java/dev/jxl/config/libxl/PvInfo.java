package dev.jxl.config.libxl;

/**
 * The PV member ({@code "type.pv"}). xl fills only these two; the deprecated kernel/cmdline copies
 * stay unset (xl writes the top-level fields).
 */
public record PvInfo(long slackMemkb, Defbool e820Host) implements GuestTypeInfo {
    public static final PvInfo UNSET = new PvInfo(LibxlJson.MEMKB_DEFAULT, Defbool.DEFAULT);

    @Override
    public DomainType type() {
        return DomainType.PV;
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.memkb("slack_memkb", slackMemkb).defbool("e820_host", e820Host);
    }
}
