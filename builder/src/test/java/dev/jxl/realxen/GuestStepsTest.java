package dev.jxl.realxen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RealXenIT's reading of the labelled-vNVDIMM guests' consoles, on the consoles of a real run. */
class GuestStepsTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = GuestStepsTest.class.getResourceAsStream("/realxen/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theLabellingGuestsSteps() throws IOException {
        Map<String, RealXenIT.GuestStep> steps = RealXenIT.guestSteps(fixture("hvm-vnvdimm-labels.guest.log"));
        assertEquals(List.of("wait-region", "list-before", "disable-region", "init-labels", "enable-region",
                "create-namespace", "list-namespaces", "list-all", "kernel-log"), List.copyOf(steps.keySet()));
        steps.values().forEach(s -> assertEquals(0, s.rc()));
        assertEquals("initialized 1 nmem\n", steps.get("init-labels").output());
        assertEquals(List.of("5bf6ae18-c581-4fd2-b643-8a49ace31925"),
                RealXenIT.namespaceUuids(steps.get("create-namespace").output()), "uuid, not raw_uuid");
        assertTrue(steps.get("wait-region").output().contains("\"size\":536870912"));
    }

    @Test
    void theSecondGuestFindsTheSameNamespace() throws IOException {
        Map<String, RealXenIT.GuestStep> steps = RealXenIT.guestSteps(fixture("hvm-vnvdimm-labels.again-guest.log"));
        assertEquals(List.of("5bf6ae18-c581-4fd2-b643-8a49ace31925"),
                RealXenIT.namespaceUuids(steps.get("list-namespaces").output()));
    }

    @Test
    void anUnfinishedStepIsNotAStep() {
        Map<String, RealXenIT.GuestStep> steps = RealXenIT.guestSteps(
                "JXL-GUEST-STEP-BEGIN a\r\nout\r\nJXL-GUEST-STEP-END a rc=2 t=1.0\r\nJXL-GUEST-STEP-BEGIN b\nhalf\n");
        assertEquals(Map.of("a", new RealXenIT.GuestStep(2, "out\n")), steps);
    }
}
