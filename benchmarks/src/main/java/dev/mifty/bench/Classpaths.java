package dev.mifty.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Class path entries (jars or class folders) of the given classes, from this JVM's own class path. */
final class Classpaths {

    private Classpaths() {
    }

    static String of(Class<?>... types) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : types) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
