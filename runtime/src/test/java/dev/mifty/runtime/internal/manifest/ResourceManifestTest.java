package dev.mifty.runtime.internal.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mifty.runtime.ErrorCode;
import dev.mifty.runtime.Mifty;
import dev.mifty.runtime.MiftyException;
import dev.mifty.runtime.MigrationContext;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.source.ManifestFile;
import dev.mifty.schema.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest resource: lazy instantiation, a missing class named, malformed lines, one manifest only. */
class ResourceManifestTest {

    /** Counts its instances: a migration must be created only when it runs. */
    public static final class Counted implements dev.mifty.runtime.Migration {
        static int created;

        public Counted() {
            created++;
        }

        @Override
        public void up(MigrationContext context) throws Exception {
            context.execute("CREATE TABLE counted (id integer)");
        }

        @Override
        public void down(MigrationContext context) throws Exception {
            context.execute("DROP TABLE counted");
        }
    }

    @TempDir
    Path dir;

    private static String text(String... lines) {
        return "# a comment\npackage\tshop.migrations\n" + String.join("\n", lines) + "\n";
    }

    @Test
    void migrationsAreCreatedOnlyWhenTheyRunAndAMissingClassIsNamed() {
        String counted = Counted.class.getName();
        MigrationManifest manifest = ResourceManifest.of(text(
                "1\tcreate_counted\thandwritten\t0123456789abcdef\t" + counted,
                "2\tgone\tgenerated\t0123456789abcdef\tshop.migrations.V2_Gone"), "test-manifest", getClass().getClassLoader());
        assertThat(manifest.migrationsPackage()).isEqualTo("shop.migrations");
        assertThat(manifest.snapshotResource()).isEqualTo("META-INF/mifty/schema.json");
        assertThat(manifest.migrations()).extracting(d -> d.className()).containsExactly(counted, "shop.migrations.V2_Gone");
        Counted.created = 0;
        String url = TestDatabases.newDatabase();
        try (Mifty mifty = Mifty.configure().url(url).manifest(manifest).load()) {
            assertThat(mifty.status()).hasSize(2);
            assertThat(Counted.created).isZero();
            assertThatThrownBy(mifty::migrate).isInstanceOfSatisfying(MiftyException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST);
                assertThat(e.getMessage()).contains("migration 2 (gone)", "test-manifest",
                        "shop.migrations.V2_Gone", "not on the classpath", "rebuild");
            });
            // the run creates its pending migrations before the first one runs: it stops before changing anything
            assertThat(Counted.created).isOne();
            assertThat(mifty.status()).allMatch(i -> i.state() == dev.mifty.runtime.MigrationState.PENDING);
        }
    }

    @Test
    void aMalformedLineNamesTheResourceAndLine() {
        assertThatThrownBy(() -> ResourceManifest.of(text("1\tonly_three\tgenerated"), "jar:app.jar!/META-INF/mifty/migrations",
                getClass().getClassLoader()))
                .isInstanceOf(MiftyException.class)
                .hasMessageContaining("jar:app.jar!/META-INF/mifty/migrations, line 3")
                .hasMessageContaining("only_three");
    }

    @Test
    void theResourceIsFoundOnTheClassPathAndTwoAreAnError() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one/META-INF/mifty"));
        Files.writeString(one.resolve("migrations"), ManifestFile.write("a", List.of(
                new ManifestFile.Line("1", "x", ManifestFile.Kind.HANDWRITTEN, "0123456789abcdef", "a.V1_X"))));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("one").toUri().toURL()}, null)) {
            MigrationManifest found = ManifestLoader.load(loader);
            assertThat(found).isInstanceOf(ResourceManifest.class);
            assertThat(found.migrations()).extracting(d -> d.version()).containsExactly("1");
        }
        Path two = Files.createDirectories(dir.resolve("two/META-INF/mifty"));
        Files.copy(one.resolve("migrations"), two.resolve("migrations"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("one").toUri().toURL(),
                dir.resolve("two").toUri().toURL()}, null)) {
            assertThatThrownBy(() -> ManifestLoader.load(loader)).isInstanceOf(MiftyException.class)
                    .hasMessageContaining("more than one migration manifest")
                    .hasMessageContaining("one/META-INF/mifty/migrations")
                    .hasMessageContaining("two/META-INF/mifty/migrations");
        }
    }
}
