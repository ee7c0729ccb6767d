package dev.jxl.config.libxl;

/** The PVH member ({@code "type.pvh"}): the PV shim that lets a PV kernel run in a PVH container. */
public record PvhInfo(Defbool pvshim, String pvshimPath, String pvshimCmdline, String pvshimExtra)
        implements GuestTypeInfo {
    public static final PvhInfo UNSET = new PvhInfo(Defbool.DEFAULT, null, null, null);

    @Override
    public DomainType type() {
        return DomainType.PVH;
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.defbool("pvshim", pvshim).string("pvshim_path", pvshimPath).string("pvshim_cmdline", pvshimCmdline)
                .string("pvshim_extra", pvshimExtra);
    }
}
