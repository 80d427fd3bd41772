package dev.mifty.spring.app;

import dev.mifty.runtime.MigrationDescriptor;
import dev.mifty.runtime.MigrationManifest;
import java.util.List;

/** What the processor would generate for this test application. */
public final class TestManifest implements MigrationManifest {

    @Override
    public List<MigrationDescriptor> migrations() {
        return List.of(
                new MigrationDescriptor("20260101000001", "create_notes", true, "c1", V20260101000001_CreateNotes.class.getName(), V20260101000001_CreateNotes::new),
                new MigrationDescriptor("20260101000002", "seed_notes", false, "c2", V20260101000002_SeedNotes.class.getName(), V20260101000002_SeedNotes::new),
                new MigrationDescriptor("20260101000003", "autowired_field", false, "c3", V20260101000003_AutowiredField.class.getName(), V20260101000003_AutowiredField::new));
    }

    @Override
    public String snapshotResource() {
        return "META-INF/mifty/schema.json";
    }
}
