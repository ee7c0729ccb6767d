package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.Objects;

/** libxl_domain_create_info: what the domain is, as xl fills it (the fields xl can set). */
@Idl.Struct
public record CreateInfo(
        @Idl.Always DomainType type,
        Defbool hap,
        Defbool oos,
        String ssidLabel,
        String name,
        String uuid,
        String poolName,
        Defbool runHotplugScripts,
        Defbool driverDomain,
        Passthrough passthrough,
        Defbool xendSuspendEvtchnCompat) implements LibxlJson.Struct {

    public CreateInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** libxl_passthrough. */
    public enum Passthrough implements LibxlEnum {
        DEFAULT, DISABLED, ENABLED, SYNC_PT, SHARE_PT
    }

    @Override
    public void writeFields(LibxlJson j) {
        CreateInfoIdl.writeFields(this, j);
    }

    /** This create info with a domain UUID. */
    public CreateInfo withUuid(String uuid) {
        return new CreateInfo(type, hap, oos, ssidLabel, name, uuid, poolName, runHotplugScripts, driverDomain,
                passthrough, xendSuspendEvtchnCompat);
    }
}
