package dev.mifty.designer.support;

import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A manifest with no migrations whose model has {@value #TABLES} tables in a tree of foreign keys
 * ({@code warehouse_007} references {@code warehouse_003}): the diagram at scale.
 */
public final class BigModelManifest implements MigrationManifest {

    public static final int TABLES = 120;
    static final String RESOURCE = "big/schema.json";

    @Override
    public List<MigrationDescriptor> migrations() {
        return List.of();
    }

    @Override
    public String snapshotResource() {
        return RESOURCE;
    }

    public static String table(int i) {
        return String.format("warehouse_%03d", i);
    }

    /** Writes the service file and the snapshot into {@code dir}, a class path root. */
    public static void writeTo(Path dir) throws IOException {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= TABLES; i++) {
            List<Column> columns = new ArrayList<>(List.of(Column.of("id", SqlType.of("int8"), false),
                    Column.of("name", SqlType.varchar(120), false), Column.of("created_at", SqlType.temporal("timestamptz", 6), true)));
            List<ForeignKey> fks = new ArrayList<>();
            if (i > 1) {
                columns.add(Column.of("parent_id", SqlType.of("int8"), true));
                fks.add(new ForeignKey(table(i) + "_parent_fk", List.of("parent_id"), QualifiedName.of(table(i / 2)),
                        List.of("id"), ReferentialAction.NO_ACTION));
            }
            tables.add(new Table(QualifiedName.of(table(i)), columns, new PrimaryKey(table(i) + "_pkey", List.of("id")),
                    fks, List.of(), List.of(), List.of(), null));
        }
        Path snapshot = dir.resolve(RESOURCE);
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, new SnapshotCodec().write(new Schema(tables, List.of())));
        Path services = dir.resolve("META-INF/services/" + MigrationManifest.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, BigModelManifest.class.getName() + "\n");
    }
}
