package dev.jxl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import picocli.CommandLine;

/**
 * The project version and the commit it was built from, from the jar's manifest (written by the
 * build); "dev" when run from classes.
 */
final class JxlVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Jxl.class.getPackage().getImplementationVersion();
        Attributes manifest = manifest();
        String commit = manifest.getValue("Jxl-Commit");
        if (commit == null || commit.startsWith("${")) {
            commit = "unknown"; // built outside a git checkout: the plugin had nothing to say
        }
        String dirty = manifest.getValue("Jxl-Dirty");
        String built = version == null ? "dev"
                : version + " (commit " + commit + ("true".equals(dirty) ? ", with uncommitted changes" : "") + ")";
        return new String[] {"jxl " + built, "xl syntax and libxl JSON of Xen 4.17"};
    }

    /** The main attributes of jxl's jar's manifest, read once; none when run from classes. */
    private static Attributes manifest() {
        URL jar = Jxl.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar == null || !jar.getPath().endsWith(".jar")) {
            return new Attributes();
        }
        try (InputStream in = new URL("jar:" + jar + "!/META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return new Attributes();
        }
    }
}
