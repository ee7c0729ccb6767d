package dev.jxl.fuzz;

/** The four kinds of input an admin hands jxl, and the file name each mutant is written under. */
enum Kind {
    XL_CONFIG("xl config", "guest.cfg"),
    HOST("host description", "host.json"),
    STATE("sim state", "state.json"),
    XM_CONFIG("xm config", "guest.xm");

    final String label;
    final String fileName;

    Kind(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** Host descriptions and sim states: documents, whose errors are exit 6 (ExitCode.BAD_DOCUMENT). */
    boolean isDocument() {
        return this == HOST || this == STATE;
    }
}
