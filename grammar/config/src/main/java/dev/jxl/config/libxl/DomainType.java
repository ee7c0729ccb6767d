package dev.jxl.config.libxl;

/** libxl_domain_type: how the guest is virtualised. */
public enum DomainType implements LibxlEnum {
    HVM, PV, PVH
}
