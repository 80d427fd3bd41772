package dev.mifty.designer.views;

import dev.mifty.designer.workspace.Workspace;
import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationInfo;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.runtime.Mifty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every migration with its state; one migration's up and down SQL and its Java source. */
public final class MigrationsView {

    public record Row(String version, String name, String state, String appliedAt, Long executionMillis,
                      String checksum, String appliedChecksum, String className) {
    }

    public record Detail(String version, String name, String className, List<String> up, List<String> down,
                         String note, String sourceFile, String source) {
    }

    private final Workspace workspace;

    public MigrationsView(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Row> rows() {
        Map<String, MigrationDescriptor> descriptors = descriptors();
        try (Mifty mifty = workspace.mifty()) {
            List<Row> rows = new ArrayList<>();
            for (MigrationInfo info : mifty.status()) {
                MigrationDescriptor d = descriptors.get(info.version());
                rows.add(new Row(info.version(), info.name(), info.state().label(),
                        info.appliedAt() == null ? null : info.appliedAt().toString(), info.executionMillis(),
                        info.checksum(), info.appliedChecksum(), d == null ? null : d.className()));
            }
            return rows;
        }
    }

    public Detail detail(String version) {
        MigrationDescriptor d = descriptors().get(version);
        if (d == null) {
            throw new ViewException(404, "no migration " + version + " in the application's manifest");
        }
        Recording up = new Recording(workspace.environment());
        Recording down = new Recording(workspace.environment());
        String note = null;
        try {
            Migration migration = d.factory().get();
            migration.up(up);
            migration.down(down);
        } catch (Exception e) {
            note = "the statements after a data step are not listed (" + e.getMessage() + ")";
        }
        Optional<Path> file = sourceFile(d.className());
        return new Detail(d.version(), d.name(), d.className(), up.statements, down.statements, note,
                file.map(p -> p.getFileName().toString()).orElse(null), file.map(MigrationsView::read).orElse(null));
    }

    private Map<String, MigrationDescriptor> descriptors() {
        return workspace.manifest().map(MigrationManifest::migrations).orElse(List.of()).stream()
                .collect(Collectors.toMap(MigrationDescriptor::version, Function.identity(), (a, b) -> a));
    }

    private Optional<Path> sourceFile(String className) {
        Path dir = workspace.migrationSourceDir();
        if (dir == null) {
            return Optional.empty();
        }
        String top = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        Path file = dir.resolve(top.replace('.', '/') + ".java");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the statements; a data step that asks for the connection stops the listing. */
    private static final class Recording implements MigrationContext {
        final List<String> statements = new ArrayList<>();
        private final dev.mifty.runtime.Environment environment;

        Recording(dev.mifty.runtime.Environment environment) {
            this.environment = environment;
        }

        @Override
        public dev.mifty.runtime.Environment environment() {
            return environment;
        }

        @Override
        public void execute(String sql) {
            statements.add(sql.strip());
        }

        @Override
        public Connection connection() {
            throw new IllegalStateException("a data step uses the JDBC connection");
        }

        @Override
        public boolean isDryRun() {
            return true;
        }
    }
}
