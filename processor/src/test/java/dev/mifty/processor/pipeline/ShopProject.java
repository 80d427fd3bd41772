package dev.mifty.processor.pipeline;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A throw-away project folder for processor tests: entity versions are compiled together with
 * whatever the earlier builds wrote into {@code src/main/java}, as a real second build would.
 */
final class ShopProject {

    final Path dir;

    ShopProject(Path dir) {
        this.dir = dir;
    }

    static JavaFileObject customer(String body) {
        return JavaFileObjects.forSourceString("shop.model.Customer", """
                package shop.model;

                import dev.mifty.annotations.RenamedFrom;
                import jakarta.persistence.*;

                @Entity
                @Table(name = "customers")
                public class Customer {
                    @Id
                    private Long id;

                %s
                }
                """.formatted(body));
    }

    static JavaFileObject order() {
        return JavaFileObjects.forSourceString("shop.model.sales.Order", """
                package shop.model.sales;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id
                    private Long id;

                    @ManyToOne
                    private shop.model.Customer customer;
                }
                """);
    }

    Compilation build(List<String> options, JavaFileObject... entities) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>(MiftyCompiler.sourceTree(dir));
        sources.addAll(List.of(entities));
        return MiftyCompiler.compile(dir, MiftyCompiler.CLOCK, options, sources);
    }

    Compilation build(JavaFileObject... entities) throws IOException {
        return build(List.of(), entities);
    }

    Path snapshot() {
        return dir.resolve("src/main/resources/db/mifty/schema.json");
    }

    Path migrationsDir() {
        return dir.resolve("src/main/java/shop/model/migrations");
    }

    /** The migration files written into the source tree, sorted by name (= version). */
    List<Path> migrations() throws IOException {
        if (!Files.isDirectory(migrationsDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrationsDir())) {
            return files.sorted().toList();
        }
    }

    static String className(Path migration) {
        return "shop.model.migrations." + migration.getFileName().toString().replace(".java", "");
    }
}
