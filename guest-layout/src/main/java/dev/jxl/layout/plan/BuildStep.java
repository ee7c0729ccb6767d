package dev.jxl.layout.plan;

import dev.jxl.config.libxl.DomainType;
import dev.jxl.config.libxl.YajlWriter;
import dev.jxl.layout.PmemExtent;
import dev.jxl.layout.XenstoreWrite;
import dev.jxl.layout.e820.E820Entry;
import dev.jxl.units.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One hypercall-level step of building a domain, in the order libxl issues them. Each step has one
 * canonical text line ({@link #line()}), named after the Xen operation it stands for; the line is
 * what golden files approve and what backends record. Frame numbers are 4 KiB frames, printed in hex.
 * The JSON view ({@link #writeJsonFields}) names each argument as the line does, numbers in decimal.
 */
public sealed interface BuildStep {

    /** The canonical one-line text of this step. */
    String line();

    /** The Xen operation the step stands for: the first word of its line. */
    default String op() {
        String line = line();
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** The step's arguments, as members of an open JSON object, under the names its line gives them. */
    void writeJsonFields(YajlWriter w);

    /**
     * Every step but createdomain: it acts on the domain createdomain made, so a backend keeps it in
     * that domain's journal and can undo it.
     */
    sealed interface DomainStep extends BuildStep {
        <R> R accept(Visitor<R> visitor);

        /**
         * One method per step on a domain, for a backend that does something different for each: a new
         * step does not compile until that backend says what it does (Java 17 cannot switch over a
         * sealed interface).
         */
        interface Visitor<R> {
            R setMaxMem(SetMaxMem step);

            R setMemoryMap(SetMemoryMap step);

            R populateRam(PopulateRam step);

            R mapPmem(MapPmem step);

            R mapMmio(MapMmio step);

            R loadAcpi(LoadAcpi step);

            R writeXenstore(WriteXenstore step);

            R storeConfig(StoreConfig step);

            R unpause(Unpause step);
        }
    }

    /** {@code XEN_DOMCTL_createdomain}: a new, paused, empty domain; the hypervisor picks its id. */
    record CreateDomain(String name, DomainType type, int maxVcpus) implements BuildStep {
        public CreateDomain {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (name.isEmpty() || maxVcpus < 1) {
                throw new IllegalArgumentException("createdomain needs a name and at least one vCPU");
            }
        }

        @Override
        public String line() {
            return "createdomain name=" + StepText.quoteIfNeeded(name) + " type=" + type.libxlName() + " max_vcpus=" + maxVcpus;
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("name").value(name).key("type").value(type.libxlName()).key("max_vcpus").value(maxVcpus);
        }
    }

    /** {@code XEN_DOMCTL_max_mem}: the most memory the domain may own (libxl: target + 1 MiB slack). */
    record SetMaxMem(long maxMemKib) implements DomainStep {
        public SetMaxMem {
            if (maxMemKib <= 0) {
                throw new IllegalArgumentException("max_mem must be positive: " + maxMemKib);
            }
        }

        @Override
        public String line() {
            return "max_mem max_memkb=" + maxMemKib;
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("max_memkb").value(maxMemKib);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setMaxMem(this);
        }
    }

    /** {@code XENMEM_set_memory_map}: the pseudo-physical E820 the guest (or hvmloader) reads back. */
    record SetMemoryMap(List<E820Entry> entries) implements DomainStep {
        public SetMemoryMap {
            entries = List.copyOf(entries);
        }

        @Override
        public String line() {
            StringBuilder b = new StringBuilder("set_memory_map nr_entries=").append(entries.size());
            for (E820Entry e : entries) {
                b.append(' ').append(StepText.e820(e));
            }
            return b.toString();
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("nr_entries").value(entries.size()).key("entries").openArray();
            entries.forEach(e -> e.writeJson(w));
            w.closeArray();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setMemoryMap(this);
        }
    }

    /** {@code XENMEM_populate_physmap}: back {@code [startGfn, startGfn + nrPages)} with fresh RAM. */
    record PopulateRam(long startGfn, long nrPages) implements DomainStep {
        public PopulateRam {
            StepText.requireRange(startGfn, nrPages, "populate_physmap");
        }

        @Override
        public String line() {
            return "populate_physmap gfn=" + StepText.hex(startGfn) + " nr=" + StepText.hex(nrPages);
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("gfn").value(startGfn).key("nr").value(nrPages);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.populateRam(this);
        }
    }

    /**
     * {@code XENMEM_populate_pmem_map} (the vNVDIMM series, memory op 28): map host pmem
     * {@code [mfn, mfn + nrMfns)} 1:1 at {@code gfn}, as the namespace's data pages or as its label area
     * (mapped into the label window its {@code _LSR}/{@code _LSW} methods read and write).
     */
    record MapPmem(long mfn, long gfn, long nrMfns, PmemExtent.Type type) implements DomainStep {
        public MapPmem {
            Objects.requireNonNull(type, "type");
            StepText.requireRange(mfn, nrMfns, "populate_pmem_map");
            StepText.requireRange(gfn, nrMfns, "populate_pmem_map");
        }

        @Override
        public String line() {
            return "populate_pmem_map mfn=" + StepText.hex(mfn) + " gfn=" + StepText.hex(gfn) + " nr=" + StepText.hex(nrMfns)
                    + " type=" + type.word();
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("mfn").value(mfn).key("gfn").value(gfn).key("nr").value(nrMfns).key("type").value(type.word());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mapPmem(this);
        }
    }

    /** {@code XEN_DOMCTL_memory_mapping}: map host MMIO {@code [mfn, mfn + nrMfns)} at {@code gfn}. */
    record MapMmio(long gfn, long mfn, long nrMfns) implements DomainStep {
        public MapMmio {
            StepText.requireRange(mfn, nrMfns, "memory_mapping");
            StepText.requireRange(gfn, nrMfns, "memory_mapping");
        }

        @Override
        public String line() {
            return "memory_mapping gfn=" + StepText.hex(gfn) + " mfn=" + StepText.hex(mfn) + " nr=" + StepText.hex(nrMfns);
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("gfn").value(gfn).key("mfn").value(mfn).key("nr").value(nrMfns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mapMmio(this);
        }
    }

    /**
     * Copy the ACPI blob into guest memory at {@code guestAddress} (libxl maps the pages and copies,
     * as {@code libxl__dom_load_acpi} does). The line names the bytes by length and SHA-256.
     */
    record LoadAcpi(long guestAddress, Bytes bytes) implements DomainStep {
        public LoadAcpi {
            if (guestAddress < 0 || bytes.length() == 0) {
                throw new IllegalArgumentException("load_acpi needs a guest address and bytes");
            }
        }

        public int length() {
            return bytes.length();
        }

        public String sha256() {
            return StepText.sha256(bytes.toByteArray());
        }

        @Override
        public String line() {
            return "load_acpi addr=" + StepText.hex(guestAddress) + " len=" + bytes.length() + " sha256=" + sha256();
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("addr").value(guestAddress).key("len").value(bytes.length()).key("sha256").value(sha256());
        }

        @Override
        public String toString() {
            return line();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.loadAcpi(this);
        }
    }

    /**
     * A xenstore write: the node, its path relative to the domain's home {@code /local/domain/DOMID/}
     * (the id is not known when planning), as libxl's {@code libxl__xs_writev(…, dom_path, …)} writes.
     */
    record WriteXenstore(XenstoreWrite node) implements DomainStep {
        public WriteXenstore {
            Objects.requireNonNull(node, "node");
        }

        public static WriteXenstore of(String path, String value) {
            return new WriteXenstore(new XenstoreWrite(path, value));
        }

        public String path() {
            return node.path();
        }

        public String value() {
            return node.value();
        }

        @Override
        public String line() {
            return "xenstore_write " + node.path() + " = " + StepText.quote(node.value());
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("path").value(node.path()).key("value").value(node.value());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.writeXenstore(this);
        }
    }

    /**
     * libxl's {@code libxl__set_domain_configuration} at the end of its create ({@code domcreate_complete}):
     * the domain's libxl config JSON, as {@code xl -N create} prints it (with the domain's uuid), kept
     * with the domain under libxl's userdata id {@code libxl-json}, where {@code xl list -l} reads it
     * back. libxl's create is complete with it; the domain stays paused until unpausedomain. Not planned
     * from a layout (the uuid is chosen per create): {@code create} adds it ({@link BuildPlan#keepingConfig}).
     * The line names the bytes by length and SHA-256, as load_acpi does.
     */
    record StoreConfig(String libxlJson) implements DomainStep {
        /** libxl's userdata id for the domain config. */
        public static final String USERID = "libxl-json";

        public StoreConfig {
            Objects.requireNonNull(libxlJson, "libxlJson");
            if (libxlJson.isEmpty()) {
                throw new IllegalArgumentException("userdata_store needs the config JSON");
            }
        }

        /** The bytes libxl stores (config text is one byte per character, as it was read). */
        public byte[] bytes() {
            return libxlJson.getBytes(StandardCharsets.ISO_8859_1);
        }

        public String sha256() {
            return StepText.sha256(bytes());
        }

        @Override
        public String line() {
            return "userdata_store " + USERID + " len=" + bytes().length + " sha256=" + sha256();
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            w.key("userid").value(USERID).key("len").value(bytes().length).key("sha256").value(sha256());
        }

        @Override
        public String toString() {
            return line();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.storeConfig(this);
        }
    }

    /** {@code XEN_DOMCTL_unpausedomain}: the domain starts running. */
    record Unpause() implements DomainStep {
        @Override
        public String line() {
            return "unpausedomain";
        }

        @Override
        public void writeJsonFields(YajlWriter w) {
            // no arguments
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unpause(this);
        }
    }
}
