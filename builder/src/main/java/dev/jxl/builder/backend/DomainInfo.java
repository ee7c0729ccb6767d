package dev.jxl.builder.backend;

import java.util.Objects;

/**
 * One domain as {@code xl list} shows it.
 *
 * @param currentMemKib memory the domain owns (RAM pages populated), as libxl's {@code current_memkb}
 * @param state         xl's six state letters, e.g. {@code -b----} or {@code --p---}
 */
public record DomainInfo(int domid, String name, long currentMemKib, int vcpus, String state) {
    public DomainInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
