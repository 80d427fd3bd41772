package dev.mifty.runtime.testapp;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import dev.mifty.schema.source.Checksums;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A manifest built in a test: {@code TestManifest.builder().sql(...).sql(...).build()}. */
public class TestManifest implements MigrationManifest {

    private final List<MigrationDescriptor> migrations;
    private final String snapshotResource;

    public TestManifest(List<MigrationDescriptor> migrations, String snapshotResource) {
        this.migrations = List.copyOf(migrations);
        this.snapshotResource = snapshotResource;
    }

    @Override
    public List<MigrationDescriptor> migrations() {
        return migrations;
    }

    @Override
    public String snapshotResource() {
        return snapshotResource;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<MigrationDescriptor> migrations = new ArrayList<>();
        private String snapshotResource = "META-INF/mifty/schema.json";

        public Builder sql(String version, String name, List<String> up, List<String> down) {
            return sql(version, name, up, down, true);
        }

        public Builder sql(String version, String name, List<String> up, List<String> down, boolean transactional) {
            List<String> all = new ArrayList<>(up);
            all.addAll(down);
            return add(version, name, Checksums.ofStatements(all), () -> new SqlMigration(up, down, transactional));
        }

        public Builder add(String version, String name, String checksum, Supplier<? extends Migration> factory) {
            migrations.add(new MigrationDescriptor(version, name, false, checksum,
                    "dev.mifty.runtime.testapp.V" + version + "_" + name, factory));
            return this;
        }

        /** A squash: it replaces every migration up to {@code replacesUpTo}. */
        public Builder squash(String version, String name, String replacesUpTo, List<String> up, List<String> down) {
            List<String> all = new ArrayList<>(up);
            all.addAll(down);
            migrations.add(new MigrationDescriptor(version, name, true, Checksums.ofStatements(all),
                    "dev.mifty.runtime.testapp.V" + version.replace('.', '_') + "_" + name,
                    () -> new SqlMigration(up, down, true), replacesUpTo));
            return this;
        }

        public Builder snapshot(String resource) {
            this.snapshotResource = resource;
            return this;
        }

        public TestManifest build() {
            return new TestManifest(migrations, snapshotResource);
        }
    }
}
