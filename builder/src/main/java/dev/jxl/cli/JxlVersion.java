package dev.jxl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
        String commit = manifestValue("Jxl-Commit");
        if (commit == null || commit.startsWith("${")) {
            commit = "unknown"; // built outside a git checkout: the plugin had nothing to say
        }
        String dirty = manifestValue("Jxl-Dirty");
        String built = version == null ? "dev"
                : version + " (commit " + commit + ("true".equals(dirty) ? ", with uncommitted changes" : "") + ")";
        return new String[] {"jxl " + built, "xl syntax and libxl JSON of Xen 4.17"};
    }

    private static String manifestValue(String key) {
        URL jar = Jxl.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar == null || !jar.getPath().endsWith(".jar")) {
            return null;
        }
        try (InputStream in = new URL("jar:" + jar + "!/META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in).getMainAttributes().getValue(key);
        } catch (IOException e) {
            return null;
        }
    }
}
