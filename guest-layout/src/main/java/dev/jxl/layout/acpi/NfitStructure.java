package dev.jxl.layout.acpi;

import java.util.List;
import java.util.Objects;

/**
 * The NFIT sub-structures jxl emits. Each starts {@code u16 Type, u16 Length}; Linux rejects a whole
 * NFIT when a SPA is not exactly 56 bytes (64 only with the ACPI 6.4 cookie flag), a region mapping not
 * 48, a control region under 32, or a flush hint shorter than its hint count says
 * ({@code drivers/acpi/nfit/core.c: add_table}), while iasl does not notice any of it.
 */
public sealed interface NfitStructure {
    /** Linux's {@code struct acpi_nfit_header}: the Type and the Length in bytes, header included. */
    record Header(int type, int length) {
    }

    Header header();

    default int type() {
        return header().type();
    }

    default int length() {
        return header().length();
    }

    /** The fields after the header. */
    void writeFields(ByteSink sink);

    /** The header, then the fields, which must fill exactly the length the header declares. */
    default byte[] toBytes() {
        Header header = header();
        ByteSink sink = new ByteSink().u16(header.type()).u16(header.length());
        writeFields(sink);
        if (sink.size() != header.length()) {
            throw new IllegalStateException(getClass().getSimpleName() + " wrote " + sink.size()
                    + " bytes, declares " + header.length());
        }
        return sink.toByteArray();
    }

    /** Type 0, System Physical Address Range: 56 bytes, without the ACPI 6.4 location cookie. */
    record SpaRange(int rangeIndex, int flags, long proximityDomain, Guid rangeType, long baseBytes,
                    long lengthBytes, long memoryMappingAttributes) implements NfitStructure {
        /** Control region is strictly for management during hot add/online operation. */
        public static final int FLAG_CONTROL_REGION_FOR_HOTPLUG = 1;
        public static final int FLAG_PROXIMITY_DOMAIN_VALID = 2;
        /** ACPI 6.4; it would make the structure 64 bytes, which older Linux and iasl 20200925 refuse. */
        public static final int FLAG_LOCATION_COOKIE_VALID = 4;
        public static final long EFI_MEMORY_WB = 0x8;
        public static final long EFI_MEMORY_NV = 0x8000;

        static final Header HEADER = new Header(0, 56);

        @Override
        public Header header() {
            return HEADER;
        }

        public SpaRange {
            Objects.requireNonNull(rangeType, "rangeType");
            checkIndex("SPA range index", rangeIndex);
            if ((flags & FLAG_LOCATION_COOKIE_VALID) != 0) {
                throw new IllegalArgumentException("SPA location cookie is not supported (56-byte SPA only)");
            }
        }

        @Override
        public void writeFields(ByteSink sink) {
            sink.u16(rangeIndex).u16(flags).u32(0).u32(proximityDomain)
                    .bytes(rangeType.toEfiBytes()).u64(baseBytes).u64(lengthBytes).u64(memoryMappingAttributes);
        }
    }

    /** Type 1, NVDIMM Region Mapping (ACPI 6.0: Memory Device to SPA Range Map): 48 bytes. */
    record RegionMapping(long deviceHandle, int physicalId, int regionId, int spaRangeIndex,
                         int controlRegionIndex, long regionSizeBytes, long regionOffsetBytes,
                         long physicalAddressBase, int interleaveIndex, int interleaveWays, int stateFlags)
            implements NfitStructure {
        static final Header HEADER = new Header(1, 48);

        @Override
        public Header header() {
            return HEADER;
        }

        public RegionMapping {
            if (deviceHandle < 0 || deviceHandle > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("NFIT device handle does not fit in a u32");
            }
        }

        @Override
        public void writeFields(ByteSink sink) {
            sink.u32(deviceHandle).u16(physicalId).u16(regionId).u16(spaRangeIndex)
                    .u16(controlRegionIndex).u64(regionSizeBytes).u64(regionOffsetBytes).u64(physicalAddressBase)
                    .u16(interleaveIndex).u16(interleaveWays).u16(stateFlags).u16(0);
        }
    }

    /**
     * Type 4, NVDIMM Control Region: the full 80-byte form QEMU emits, with no block control windows.
     * Bytes 18..23 are written as zero (ACPI 6.0 reserved; 6.1 valid-fields/manufacturing info).
     */
    record ControlRegion(int controlRegionIndex, int vendorId, int deviceId, int revisionId,
                         int subsystemVendorId, int subsystemDeviceId, int subsystemRevisionId,
                         long serialNumber, int formatInterfaceCode) implements NfitStructure {
        static final Header HEADER = new Header(4, 80);

        @Override
        public Header header() {
            return HEADER;
        }

        public ControlRegion {
            checkIndex("control region index", controlRegionIndex);
        }

        @Override
        public void writeFields(ByteSink sink) {
            sink.u16(controlRegionIndex).u16(vendorId).u16(deviceId).u16(revisionId)
                    .u16(subsystemVendorId).u16(subsystemDeviceId).u16(subsystemRevisionId).zeros(6)
                    .u32(serialNumber).u16(formatInterfaceCode)
                    .u16(0)          // number of block control windows
                    .zeros(5 * 8)    // window size, command offset/size, status offset/size
                    .u16(0)          // control region flags
                    .zeros(6);
        }
    }

    /** Type 6, Flush Hint Address: 16 + 8 per hint. Only emitted for a vNVDIMM given a flush address. */
    record FlushHintAddress(long deviceHandle, List<Long> hintAddresses) implements NfitStructure {
        static final int TYPE = 6;
        static final int FIXED_LENGTH = 16;

        @Override
        public Header header() {
            return new Header(TYPE, FIXED_LENGTH + 8 * hintAddresses.size());
        }

        public FlushHintAddress {
            hintAddresses = List.copyOf(hintAddresses);
            if (hintAddresses.isEmpty() || hintAddresses.size() > 0xFFFF) {
                throw new IllegalArgumentException("a flush hint structure needs 1..65535 addresses");
            }
        }

        @Override
        public void writeFields(ByteSink sink) {
            sink.u32(deviceHandle).u16(hintAddresses.size()).zeros(6);
            hintAddresses.forEach(sink::u64);
        }
    }

    private static void checkIndex(String what, int index) {
        if (index <= 0 || index > 0xFFFF) {
            throw new IllegalArgumentException(what + " " + index + " must be 1..65535 (0 means invalid)");
        }
    }
}
