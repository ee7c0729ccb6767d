package dev.jxl.config;

import java.util.ArrayList;
import java.util.List;

/**
 * ms_vm_genid="generate": 16 random bytes, as libxl_ms_vm_genid_generate makes them (libxl__random_bytes,
 * /dev/urandom; never all zero).
 */
final class MsVmGenid {
    private MsVmGenid() {
    }

    static List<Integer> generate(String unused) {
        byte[] bytes;
        do {
            bytes = RandomBytes.of(16);
        } while (java.util.Arrays.equals(bytes, new byte[16]));
        List<Integer> out = new ArrayList<>(16);
        for (byte x : bytes) {
            out.add(x & 0xff);
        }
        return out;
    }
}
