package dev.jxl.config.libxl;

import java.util.Objects;

/** libxl_domain_create_info: what the domain is, as xl fills it (the fields xl can set). */
public record CreateInfo(
        DomainType type,
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
        DEFAULT, DISABLED, ENABLED, SYNC_PT, SHARE_PT;

        @Override
        public String libxlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.enumeration("type", type, null)
                .defbool("hap", hap)
                .defbool("oos", oos)
                .string("ssid_label", ssidLabel)
                .string("name", name)
                .string("uuid", uuid)
                .string("pool_name", poolName)
                .defbool("run_hotplug_scripts", runHotplugScripts)
                .defbool("driver_domain", driverDomain)
                .enumeration("passthrough", passthrough, Passthrough.DEFAULT)
                .defbool("xend_suspend_evtchn_compat", xendSuspendEvtchnCompat);
    }
}
