package dev.mifty.designer.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The page's files (in this jar) and Mermaid's bundle (in the Mermaid WebJar): served from the classpath, no CDN. */
final class StaticAssets {

    private static final String UI = "dev/mifty/designer/ui/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png");

    private final String mermaidVersion;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    StaticAssets() {
        this.mermaidVersion = webJarVersion("org.webjars.npm", "mermaid");
    }

    String mermaidVersion() {
        return mermaidVersion;
    }

    /** {@code /ui/app.js} -> the page's file; {@code /vendor/mermaid.min.js} -> the WebJar's bundle. */
    Optional<Asset> find(String path) {
        String resource;
        if (path.equals("/ui") || path.equals("/ui/")) {
            resource = UI + "index.html";
        } else if (path.startsWith("/ui/") && path.substring(4).matches("[a-z0-9-]+\\.(js|css|svg|png)")) {
            resource = UI + path.substring(4);
        } else if (path.equals("/vendor/mermaid.min.js")) {
            resource = "META-INF/resources/webjars/mermaid/" + mermaidVersion + "/dist/mermaid.min.js";
        } else {
            return Optional.empty();
        }
        byte[] bytes = cache.computeIfAbsent(resource, StaticAssets::load);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        String ext = resource.substring(resource.lastIndexOf('.') + 1);
        return Optional.of(new Asset(TYPES.get(ext), bytes));
    }

    record Asset(String contentType, byte[] bytes) {
    }

    private static byte[] load(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String webJarVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the designer's classpath (" + resource + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
