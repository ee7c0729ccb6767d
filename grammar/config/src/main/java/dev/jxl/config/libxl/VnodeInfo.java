package dev.jxl.config.libxl;

import dev.jxl.gentypes.Idl;
import java.util.List;

/** libxl_vnode_info: one virtual NUMA node. */
@Idl.Struct
public record VnodeInfo(@Idl.MemKB long memkb, List<Long> distances, long pnode, List<Integer> vcpus)
        implements LibxlJson.Struct {
    public VnodeInfo {
        distances = List.copyOf(distances);
        vcpus = List.copyOf(vcpus);
    }

    @Override
    public void writeFields(LibxlJson j) {
        VnodeInfoIdl.writeFields(this, j);
    }
}
