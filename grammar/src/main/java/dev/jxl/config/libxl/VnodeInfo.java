package dev.jxl.config.libxl;

import java.util.List;

/** libxl_vnode_info: one virtual NUMA node. */
public record VnodeInfo(long memkb, List<Long> distances, long pnode, List<Integer> vcpus)
        implements LibxlJson.Struct {
    public VnodeInfo {
        distances = List.copyOf(distances);
        vcpus = List.copyOf(vcpus);
    }

    @Override
    public void writeFields(LibxlJson j) {
        j.memkb("memkb", memkb).integers("distances", distances).integer("pnode", pnode).bitmap("vcpus", vcpus);
    }
}
