package dev.jxl.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "dev" when run from classes). */
final class JxlVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Jxl.class.getPackage().getImplementationVersion();
        return new String[] {"jxl " + (v == null ? "dev" : v) + " (xl syntax and libxl JSON of Xen 4.17)"};
    }
}
