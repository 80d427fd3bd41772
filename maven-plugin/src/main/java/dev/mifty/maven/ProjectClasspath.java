package dev.mifty.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the project's output folder and runtime dependencies, isolated from the
 * plugin's own classes (its parent is the platform loader), so the CLI, the JDBC driver and the
 * manifest come from the project exactly as {@code java -cp ...} would load them.
 */
final class ProjectClasspath {

    private ProjectClasspath() {
    }

    static URLClassLoader loader(List<String> elements) {
        List<URL> urls = new ArrayList<>();
        for (String element : elements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad classpath element " + element, e);
            }
        }
        return new URLClassLoader("mifty-project", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
