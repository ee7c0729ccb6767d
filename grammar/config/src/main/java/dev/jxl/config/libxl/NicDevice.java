package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libxl_device_nic, from one {@code vif} spec; fields in IDL order. The 47 COLO string fields
 * (coloft_forwarddev … colo_checkpoint_port) are one map keyed by their IDL names, printed in IDL order.
 */
@Idl.Struct
public record NicDevice(
        long backendDomid,
        String backendDomname,
        @Idl.Devid long devid,
        long mtu,
        String model,
        @Idl.Custom Mac mac,
        String ip,
        String bridge,
        String ifname,
        String script,
        NicType nictype,
        @Idl.Uint64 long rateBytesPerInterval,
        long rateIntervalUsecs,
        String gatewaydev,
        @Idl.Custom Map<String, String> colo,
        Defbool trusted) implements LibxlJson.Struct {

    /** The COLO string fields of libxl_device_nic, in IDL order. */
    public static final List<String> COLO_FIELDS = List.of(
            "coloft_forwarddev",
            "colo_sock_mirror_id", "colo_sock_mirror_ip", "colo_sock_mirror_port",
            "colo_sock_compare_pri_in_id", "colo_sock_compare_pri_in_ip", "colo_sock_compare_pri_in_port",
            "colo_sock_compare_sec_in_id", "colo_sock_compare_sec_in_ip", "colo_sock_compare_sec_in_port",
            "colo_sock_compare_notify_id", "colo_sock_compare_notify_ip", "colo_sock_compare_notify_port",
            "colo_sock_redirector0_id", "colo_sock_redirector0_ip", "colo_sock_redirector0_port",
            "colo_sock_redirector1_id", "colo_sock_redirector1_ip", "colo_sock_redirector1_port",
            "colo_sock_redirector2_id", "colo_sock_redirector2_ip", "colo_sock_redirector2_port",
            "colo_filter_mirror_queue", "colo_filter_mirror_outdev",
            "colo_filter_redirector0_queue", "colo_filter_redirector0_indev", "colo_filter_redirector0_outdev",
            "colo_filter_redirector1_queue", "colo_filter_redirector1_indev", "colo_filter_redirector1_outdev",
            "colo_compare_pri_in", "colo_compare_sec_in", "colo_compare_out", "colo_compare_notify_dev",
            "colo_sock_sec_redirector0_id", "colo_sock_sec_redirector0_ip", "colo_sock_sec_redirector0_port",
            "colo_sock_sec_redirector1_id", "colo_sock_sec_redirector1_ip", "colo_sock_sec_redirector1_port",
            "colo_filter_sec_redirector0_queue", "colo_filter_sec_redirector0_indev",
            "colo_filter_sec_redirector0_outdev",
            "colo_filter_sec_redirector1_queue", "colo_filter_sec_redirector1_indev",
            "colo_filter_sec_redirector1_outdev",
            "colo_filter_sec_rewriter0_queue",
            "colo_checkpoint_host", "colo_checkpoint_port");

    public NicDevice {
        for (String k : colo.keySet()) {
            if (!COLO_FIELDS.contains(k)) {
                throw new IllegalArgumentException("not a COLO field of libxl_device_nic: " + k);
            }
        }
        colo = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(colo));
    }

    /** libxl_nic_type (init: unknown). */
    public enum NicType implements LibxlEnum {
        UNKNOWN, VIF_IOEMU, VIF
    }

    /** libxl_mac: six bytes; all zero means "not set" (libxl then makes one up). */
    public record Mac(int b0, int b1, int b2, int b3, int b4, int b5) {
        public static final Mac UNSET = new Mac(0, 0, 0, 0, 0, 0);

        // Spelled out rather than equals(UNSET) and String.format: both bootstrap method-handle
        // machinery that costs a cold `jxl create` milliseconds.
        public boolean isUnset() {
            return (b0 | b1 | b2 | b3 | b4 | b5) == 0;
        }

        /** LIBXL_MAC_FMT: lowercase hex, colon separated. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(17);
            for (int b : new int[] {b0, b1, b2, b3, b4, b5}) {
                if (s.length() > 0) {
                    s.append(':');
                }
                s.append(Character.forDigit(b >> 4 & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return s.toString();
        }
    }

    @Override
    public void writeFields(LibxlJson j) {
        NicDeviceIdl.writeFields(this, j);
    }

    /** libxl_mac: absent while unset (all zero). */
    void macJson(LibxlJson j) {
        if (!mac.isUnset()) {
            j.string("mac", mac.toString());
        }
    }

    /** The COLO strings, each a field of its own. */
    void coloJson(LibxlJson j) {
        for (String k : COLO_FIELDS) {
            j.string(k, colo.get(k));
        }
    }
}
