package dev.jxl.layout.pmem.infoblock;

import java.util.List;
import java.util.Optional;

/** The outcome of checking an info block the way the kernel does when it probes a namespace. */
public sealed interface InfoBlockCheck {

    /** The kernel's checks, in the order it makes them. */
    enum Rule {
        SIGNATURE, CHECKSUM, PARENT_UUID, MODE, PAGE_SIZE, STRUCT_PAGE_SIZE, DAX_ALIGNMENT, ALIGN_CAPACITY,
        DATAOFF_CAPACITY, DATAOFF_ALIGNMENT, START_ALIGNMENT, END_ALIGNMENT, SMALL_NAMESPACE, RAM_RESERVE
    }

    /**
     * Accepted. {@code align} is the effective alignment (derived from dataoff before v1.2);
     * {@code npfns} the pages the kernel will use; {@code notes} what it would log at info level.
     */
    record Valid(InfoBlockMode mode, long align, long npfns, long dataBytes, List<String> notes)
            implements InfoBlockCheck {
        public Valid {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Refused. {@code errno} is what the kernel returns (ENODEV: "no info block here", the namespace
     * stays raw and enabling a pfn/dax device would write a new block over this one); the kernel
     * message, when it prints one, is its {@code dev_err} text exactly.
     */
    record Invalid(Rule rule, String errno, Optional<String> kernelMessage, String explanation)
            implements InfoBlockCheck {
        /** One line: the kernel's words first, then ours. */
        public String describe() {
            return "-" + errno + ": " + kernelMessage.map(m -> "\"" + m + "\" (" + explanation + ")").orElse(explanation);
        }
    }
}
