package dev.jxl.layout.acpi;

import java.util.List;
import java.util.stream.Collectors;

/** Guest ACPI blobs that hvmloader (or jxl's stricter checks) would not accept; lists every refusal. */
public final class AcpiRefusedException extends RuntimeException {
    private final List<AcpiRefusal> refusals;

    public AcpiRefusedException(List<AcpiRefusal> refusals) {
        super(refusals.stream().map(AcpiRefusal::message).collect(Collectors.joining("\n")));
        this.refusals = List.copyOf(refusals);
    }

    public List<AcpiRefusal> refusals() {
        return refusals;
    }
}
