package dev.mifty.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mifty.schema.introspect.Introspector;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.snapshot.SnapshotCodec;
import dev.mifty.schema.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hibernate features that add PostgreSQL types through the whole product path: a NAMED_ENUM enum type, a
 * {@code @Struct} composite type, basic arrays, {@code @SoftDelete} and {@code @TenantId} -> generated migration ->
 * run on PostgreSQL -> the introspected schema equals the snapshot; a new enum constant in the next build is an
 * {@code ALTER TYPE ... ADD VALUE} migration (non-transactional), and {@code down} of both removes everything.
 */
class FeatureTypesMigrationTest {

    @TempDir
    Path dir;

    private static JavaFileObject mood(String constants) {
        return JavaFileObjects.forSourceString("shop.model.Mood", "package shop.model;\npublic enum Mood { " + constants + " }\n");
    }

    private static final JavaFileObject ADDRESS = JavaFileObjects.forSourceString("shop.model.Address", """
            package shop.model;

            @jakarta.persistence.Embeddable
            @org.hibernate.annotations.Struct(name = "address_type")
            public class Address {
                private String street;
                private Integer houseNumber;
            }
            """);

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString("shop.model.Customer", """
            package shop.model;

            import jakarta.persistence.*;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.annotations.SoftDelete;
            import org.hibernate.annotations.TenantId;
            import org.hibernate.type.SqlTypes;

            @Entity
            @Table(name = "customers")
            @SoftDelete
            public class Customer {
                @Id private Long id;
                @TenantId private String tenant;
                @JdbcTypeCode(SqlTypes.NAMED_ENUM) private Mood mood;
                private Address address;
                private java.util.List<String> tags;
                private int[] scores;
            }
            """);

    @Test
    void newTypesRunThroughTheGeneratedMigrationsAndBack() throws Exception {
        ShopProject project = new ShopProject(dir);
        Compilation first = project.build(mood("HAPPY, SAD"), ADDRESS, CUSTOMER);
        assertThat(first).succeededWithoutWarnings();
        Schema snapshot = new SnapshotCodec().readOrEmpty(project.snapshot());
        assertThat(snapshot.enumTypes()).containsExactly(new EnumType(QualifiedName.of("mood"), List.of("HAPPY", "SAD")));
        assertThat(snapshot.compositeTypes()).containsExactly(new CompositeType(QualifiedName.of("address_type"), List.of(
                new CompositeType.Attribute("house_number", SqlType.of("int4")),
                new CompositeType.Attribute("street", SqlType.varchar(255)))));
        Table customers = snapshot.tables().get(0);
        assertThat(customers.column("mood").get().type()).isEqualTo(SqlType.user(QualifiedName.of("mood")));
        assertThat(customers.column("address").get().type()).isEqualTo(SqlType.user(QualifiedName.of("address_type")));
        assertThat(customers.column("tags").get().type().name()).isEqualTo("_varchar");
        assertThat(customers.column("tenant").get().nullable()).isFalse();
        assertThat(customers.column("deleted").get().nullable()).isFalse();

        String db = TestDatabases.newDatabase();
        Path create = project.migrations().get(0);
        try (Connection c = TestDatabases.connect(db)) {
            MiftyCompiler.run(MiftyCompiler.loader(first), ShopProject.className(create), "up", c);
            assertThat(introspect(c).equalsIgnoringColumnOrder(snapshot)).as("introspected = snapshot").isTrue();
        }

        // a constant added: ADD VALUE in its place, outside a transaction (PostgreSQL before 12 refuses it inside one)
        Compilation second = project.build(mood("HAPPY, CALM, SAD"), ADDRESS, CUSTOMER);
        assertThat(second).succeeded();
        assertThat(project.migrations()).hasSize(2);
        Path addValue = project.migrations().get(1);
        assertThat(Files.readString(addValue)).contains("ADD VALUE").contains("public boolean transactional()");
        Schema next = new SnapshotCodec().readOrEmpty(project.snapshot());
        assertThat(next.enumTypes().get(0).labels()).containsExactly("CALM", "HAPPY", "SAD"); // NAMED_ENUM sorts them
        try (Connection c = TestDatabases.connect(db)) {
            ClassLoader loader = MiftyCompiler.loader(second);
            MiftyCompiler.run(loader, ShopProject.className(addValue), "up", c);
            assertThat(introspect(c).equalsIgnoringColumnOrder(next)).as("introspected = next snapshot").isTrue();
            MiftyCompiler.run(loader, ShopProject.className(addValue), "down", c);
            assertThat(introspect(c).equalsIgnoringColumnOrder(snapshot)).as("down restores the first schema").isTrue();
            MiftyCompiler.run(loader, ShopProject.className(create), "down", c);
            Schema empty = introspect(c);
            assertThat(empty.tables()).isEmpty();
            assertThat(empty.enumTypes()).isEmpty();
            assertThat(empty.compositeTypes()).isEmpty();
        }
    }

    private static Schema introspect(Connection c) throws Exception {
        return new Introspector().read(c, "public");
    }
}
