package dev.mifty.spring.app;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import java.sql.PreparedStatement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A hand-written migration that is a Spring bean and uses an injected bean. */
@Component
public class V20260101000002_SeedNotes implements Migration {

    private final Greeting greeting;

    @Autowired
    public V20260101000002_SeedNotes(Greeting greeting) {
        this.greeting = greeting;
    }

    /** The manifest's factory (the processor emits {@code V::new}); Spring uses the other constructor. */
    public V20260101000002_SeedNotes() {
        this(null);
    }

    @Override
    public void up(MigrationContext context) throws Exception {
        if (context.isDryRun()) {
            return;
        }
        try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO notes (text) VALUES (?)")) {
            insert.setString(1, greeting.text());
            insert.executeUpdate();
        }
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        context.execute("DELETE FROM notes");
    }
}
