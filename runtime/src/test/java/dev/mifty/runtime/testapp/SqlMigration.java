package dev.mifty.runtime.testapp;

import dev.mifty.runtime.Migration;
import dev.mifty.runtime.MigrationContext;
import java.util.List;

/** A hand-written migration made of SQL statements: up runs {@code up} in order, down runs {@code down} in order. */
public class SqlMigration implements Migration {

    private final List<String> up;
    private final List<String> down;
    private final boolean transactional;

    public SqlMigration(List<String> up, List<String> down, boolean transactional) {
        this.up = List.copyOf(up);
        this.down = List.copyOf(down);
        this.transactional = transactional;
    }

    @Override
    public void up(MigrationContext context) throws Exception {
        for (String sql : up) {
            context.execute(sql);
        }
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        for (String sql : down) {
            context.execute(sql);
        }
    }

    @Override
    public boolean transactional() {
        return transactional;
    }
}
