package dev.jxl.config.libxl;

/** The small libxl enumerations of the build info (each one's first constant is its init value). */
public final class LibxlEnums {
    private LibxlEnums() {
    }

    /** libxl_tsc_mode (init: default). */
    public enum TscMode implements LibxlEnum {
        DEFAULT, ALWAYS_EMULATE, NATIVE, NATIVE_PARAVIRT
    }

    /** libxl_timer_mode (init: LIBXL_TIMER_MODE_DEFAULT, i.e. unknown). */
    public enum TimerMode implements LibxlEnum {
        UNKNOWN, DELAY_FOR_MISSED_TICKS, NO_DELAY_FOR_MISSED_TICKS, NO_MISSED_TICKS_PENDING,
        ONE_MISSED_TICK_PENDING;

        /** HVM_PARAM_TIMER_MODE value: unknown is -1, the rest count from 0. */
        public int value() {
            return ordinal() - 1;
        }
    }

    /** libxl_device_model_version (init: unknown). */
    public enum DeviceModelVersion implements LibxlEnum {
        UNKNOWN, QEMU_XEN_TRADITIONAL, QEMU_XEN
    }

    /** libxl_tee_type (init: none). */
    public enum Tee implements LibxlEnum {
        NONE, OPTEE
    }

    /** libxl_gic_version (init: default). */
    public enum GicVersion implements LibxlEnum {
        DEFAULT, V2, V3
    }

    /** libxl_vuart_type (init: unknown). */
    public enum VuartType implements LibxlEnum {
        UNKNOWN, SBSA_UART
    }

    /** libxl_altp2m_mode (init: disabled). */
    public enum Altp2mMode implements LibxlEnum {
        DISABLED, MIXED, EXTERNAL, LIMITED
    }

    /** libxl_bios_type (init: unknown). */
    public enum BiosType implements LibxlEnum {
        UNKNOWN, ROMBIOS, SEABIOS, OVMF
    }

    /** libxl_hdtype (init: ide). */
    public enum HdType implements LibxlEnum {
        IDE, AHCI
    }

    /** libxl_vga_interface_type (init: unknown). */
    public enum VgaKind implements LibxlEnum {
        UNKNOWN, CIRRUS, STD, NONE, QXL
    }

    /** libxl_gfx_passthru_kind (init: default). */
    public enum GfxPassthruKind implements LibxlEnum {
        DEFAULT, IGD
    }

    /** libxl_vendor_device (init: none). */
    public enum VendorDevice implements LibxlEnum {
        NONE, XENSERVER
    }

    /** libxl_rdm_reserve_strategy (init: ignore). */
    public enum RdmStrategy implements LibxlEnum {
        IGNORE, HOST
    }

    /** libxl_rdm_reserve_policy (init: invalid). */
    public enum RdmPolicy implements LibxlEnum {
        INVALID, STRICT, RELAXED
    }

    /** libxl_scheduler (init: unknown). */
    public enum Scheduler implements LibxlEnum {
        UNKNOWN, SEDF, CREDIT, CREDIT2, ARINC653, RTDS, NULL
    }
}
