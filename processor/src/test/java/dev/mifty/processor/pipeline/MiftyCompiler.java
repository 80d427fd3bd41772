package dev.mifty.processor.pipeline;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.processor.MiftyProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Test support: compiles sources with the Mifty processor (plus a copy of the runtime API, which
 * comes after the processor in the reactor), loads the generated classes, and runs migrations
 * against a JDBC connection.
 */
public final class MiftyCompiler {

    /** 2026-11-24T15:30:00Z: versions are 20261124153000, then +1 second per later migration. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), ZoneOffset.UTC);

    private MiftyCompiler() {
    }

    /** The runtime module's API sources, read from the reactor so the copy never drifts. */
    public static List<JavaFileObject> runtimeApi() {
        Path dir = Path.of("..", "runtime", "src", "main", "java", "dev", "mifty", "runtime");
        List<JavaFileObject> files = new ArrayList<>();
        for (String name : List.of("Migration", "MigrationContext", "Environment", "MiftyException", "ErrorCode")) {
            try {
                files.add(JavaFileObjects.forSourceString("dev.mifty.runtime." + name,
                        Files.readString(dir.resolve(name + ".java"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static Compilation compile(Path projectDir, List<String> options, JavaFileObject... sources) {
        return compile(projectDir, CLOCK, options, List.of(sources));
    }

    public static Compilation compile(Path projectDir, Clock clock, List<String> options, List<JavaFileObject> sources) {
        List<Object> all = new ArrayList<>();
        all.add("-Amifty.projectDir=" + projectDir);
        all.addAll(options);
        List<JavaFileObject> files = new ArrayList<>(runtimeApi());
        files.addAll(sources);
        return Compiler.javac().withProcessors(new MiftyProcessor(clock)).withOptions(all).compile(files);
    }

    /** Sources of every file under the project's source folder (what a second build compiles). */
    public static List<JavaFileObject> sourceTree(Path projectDir) throws IOException {
        Path root = projectDir.resolve("src/main/java");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<JavaFileObject> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                out.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
            }
            return out;
        }
    }

    /** A class loader over the compilation's class output. */
    public static ClassLoader loader(Compilation compilation) {
        return new ClassLoader(MiftyCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                String path = name.replace('.', '/') + ".class";
                for (JavaFileObject file : compilation.generatedFiles()) {
                    if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith("/" + path)) {
                        try (var in = file.openInputStream()) {
                            byte[] bytes = in.readAllBytes();
                            return defineClass(name, bytes, 0, bytes.length);
                        } catch (IOException e) {
                            throw new ClassNotFoundException(name, e);
                        }
                    }
                }
                throw new ClassNotFoundException(name);
            }
        };
    }

    /** The text of a resource the processor wrote to the class output, or null. */
    public static String classOutputResource(Compilation compilation, String path) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.toUri().getPath().endsWith("/" + path)) {
                return file.getCharContent(true).toString();
            }
        }
        return null;
    }

    /** The manifest resource the processor wrote (fails when there is none). */
    public static dev.mifty.schema.source.ManifestFile.Contents manifest(Compilation compilation) throws IOException {
        String text = classOutputResource(compilation, dev.mifty.schema.source.ManifestFile.RESOURCE);
        if (text == null) {
            throw new AssertionError("no " + dev.mifty.schema.source.ManifestFile.RESOURCE + " in the class output");
        }
        return dev.mifty.schema.source.ManifestFile.parse(text, dev.mifty.schema.source.ManifestFile.RESOURCE);
    }

    /** Runs {@code up} or {@code down} of a loaded migration class on a connection. */
    public static void run(ClassLoader loader, String className, String method, Connection connection)
            throws Exception {
        Class<?> contextType = loader.loadClass("dev.mifty.runtime.MigrationContext");
        Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "execute" -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute((String) args[0]);
                    }
                    return null;
                }
                case "connection" -> {
                    return connection;
                }
                case "isDryRun" -> {
                    return false;
                }
                default -> throw new UnsupportedOperationException(m.getName());
            }
        });
        Object migration = loader.loadClass(className).getConstructor().newInstance();
        migration.getClass().getMethod(method, contextType).invoke(migration, context);
    }
}
