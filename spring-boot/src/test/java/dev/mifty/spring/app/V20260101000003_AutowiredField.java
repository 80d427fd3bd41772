package dev.mifty.spring.app;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import java.sql.PreparedStatement;
import org.springframework.beans.factory.annotation.Autowired;

/** A hand-written migration that is not a bean: created by the manifest, then autowired. */
public class V20260101000003_AutowiredField implements Migration {

    @Autowired
    private Greeting greeting;

    @Override
    public void up(MigrationContext context) throws Exception {
        if (context.isDryRun()) {
            return;
        }
        try (PreparedStatement insert = context.connection().prepareStatement("INSERT INTO notes (text) VALUES (?)")) {
            insert.setString(1, greeting.text() + " again");
            insert.executeUpdate();
        }
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        context.execute("DELETE FROM notes WHERE text LIKE '% again'");
    }
}
