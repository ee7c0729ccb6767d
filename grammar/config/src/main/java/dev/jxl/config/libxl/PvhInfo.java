package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;

/** The PVH member ({@code "type.pvh"}): the PV shim that lets a PV kernel run in a PVH container. */
@Idl.Struct(init = true)
public record PvhInfo(Defbool pvshim, String pvshimPath, String pvshimCmdline, String pvshimExtra)
        implements GuestTypeInfo {
    public static final PvhInfo UNSET = PvhInfoIdl.init();

    @Override
    public DomainType type() {
        return DomainType.PVH;
    }

    @Override
    public void writeFields(LibxlJson j) {
        PvhInfoIdl.writeFields(this, j);
    }
}
