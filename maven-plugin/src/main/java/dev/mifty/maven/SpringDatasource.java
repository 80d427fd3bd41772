package dev.mifty.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code spring.datasource.url/username/password} of a Spring Boot project, read the way Boot reads
 * them for the common cases: {@code application.properties} / {@code application.yml} in the
 * resource folders (and their {@code config/}), the active profiles' {@code application-<p>.*}
 * files and {@code spring.config.activate.on-profile} YAML documents over them, the
 * {@code SPRING_DATASOURCE_*} environment variables over all, {@code ${NAME:default}} placeholders
 * from the other properties, the system properties and the environment.
 */
final class SpringDatasource {

    private static final String URL = "spring.datasource.url";
    private static final String USER = "spring.datasource.username";
    private static final String PASSWORD = "spring.datasource.password";

    private final List<Path> resourceDirs;
    private final Map<String, String> env;
    private final UnaryOperator<String> systemProperty;

    SpringDatasource(List<Path> resourceDirs, Map<String, String> env, UnaryOperator<String> systemProperty) {
        this.resourceDirs = resourceDirs;
        this.env = env;
        this.systemProperty = systemProperty;
    }

    /** The datasource, when a Boot configuration file names a URL; empty otherwise. */
    Optional<Database> find() throws IOException {
        Map<String, String> base = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (Path file : candidates("application")) {
            documents.addAll(read(file));
        }
        for (Document d : documents) {
            if (d.profile() == null) {
                base.putAll(d.values());
            }
        }
        List<String> profiles = activeProfiles(base);
        Map<String, String> merged = new LinkedHashMap<>(base);
        for (Document d : documents) {
            if (d.profile() == null && d.values().containsKey(URL)) {
                files.add(d.file());
            }
        }
        for (String profile : profiles) {
            for (Document d : documents) {
                if (profile.equals(d.profile())) {
                    merged.putAll(d.values());
                    if (d.values().containsKey(URL)) {
                        files.add(d.file() + " (on-profile " + profile + ")");
                    }
                }
            }
            for (Path file : candidates("application-" + profile)) {
                for (Document d : read(file)) {
                    merged.putAll(d.values());
                    if (d.values().containsKey(URL)) {
                        files.add(d.file());
                    }
                }
            }
        }
        String url = fromEnv("SPRING_DATASOURCE_URL", merged.get(URL));
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String source = env.containsKey("SPRING_DATASOURCE_URL") ? "SPRING_DATASOURCE_URL"
                : (files.isEmpty() ? "application properties" : files.get(files.size() - 1)) + ", spring.datasource.*"
                + (profiles.isEmpty() ? "" : ", profiles " + String.join(",", profiles));
        return Optional.of(Database.of(resolve(url, merged), resolve(fromEnv("SPRING_DATASOURCE_USERNAME", merged.get(USER)), merged),
                resolve(fromEnv("SPRING_DATASOURCE_PASSWORD", merged.get(PASSWORD)), merged), source));
    }

    private String fromEnv(String name, String fallback) {
        String value = env.get(name);
        return value != null ? value : fallback;
    }

    private List<String> activeProfiles(Map<String, String> base) {
        String value = systemProperty.apply("spring.profiles.active");
        if (value == null) {
            value = env.get("SPRING_PROFILES_ACTIVE");
        }
        if (value == null) {
            value = base.get("spring.profiles.active");
        }
        List<String> profiles = new ArrayList<>();
        if (value != null) {
            for (String p : resolve(value, base).split(",")) {
                if (!p.isBlank()) {
                    profiles.add(p.strip());
                }
            }
        }
        return profiles;
    }

    /** {@code name}.properties before {@code name}.yml/.yaml (so the properties file wins), {@code config/} after the root. */
    private List<Path> candidates(String name) {
        List<Path> found = new ArrayList<>();
        for (Path dir : resourceDirs) {
            for (Path folder : List.of(dir, dir.resolve("config"))) {
                for (String ext : List.of(".yml", ".yaml", ".properties")) {
                    Path file = folder.resolve(name + ext);
                    if (Files.isRegularFile(file)) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    private record Document(String file, String profile, Map<String, String> values) {
    }

    private static List<Document> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Document> out = new ArrayList<>();
        if (name.endsWith(".properties")) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> values = new LinkedHashMap<>();
            p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
            out.add(new Document(file.toString(), values.remove("spring.config.activate.on-profile"), values));
            return out;
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object doc : yaml.loadAll(r)) {
                Map<String, String> values = new LinkedHashMap<>();
                flatten("", doc, values);
                out.add(new Document(file.toString(), values.remove("spring.config.activate.on-profile"), values));
            }
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
            if (list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                out.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
            }
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }

    /** Replaces {@code ${NAME}} / {@code ${NAME:default}}: other properties, system properties, environment. */
    private String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int depth = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (start < 0 || end < 0 || depth > 10) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            String expression = value.substring(start + 2, end);
            int colon = expression.indexOf(':');
            String key = colon < 0 ? expression : expression.substring(0, colon);
            String replacement = lookup(key, properties);
            if (replacement == null) {
                replacement = colon < 0 ? "${" + expression + "}" : expression.substring(colon + 1);
            }
            out.append(replacement);
            i = end + 1;
            depth++;
        }
        return out.toString();
    }

    private String lookup(String key, Map<String, String> properties) {
        if (properties.containsKey(key)) {
            return properties.get(key);
        }
        String system = systemProperty.apply(key);
        if (system != null) {
            return system;
        }
        String direct = env.get(key);
        return direct != null ? direct : env.get(key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
