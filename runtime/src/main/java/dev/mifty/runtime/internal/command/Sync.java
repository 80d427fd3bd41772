package dev.mifty.runtime.internal.command;

import dev.mifty.runtime.SchemaDiff;
import dev.mifty.schema.introspect.Introspector;
import java.sql.Statement;

/** {@code schema:sync}: applies the diff directly (one transaction), no migration, no history row. */
public final class Sync {

    private final CommandContext ctx;

    public Sync(CommandContext ctx) {
        this.ctx = ctx;
    }

    public SchemaDiff run() {
        Diff diff = new Diff(ctx);
        SchemaDiff before = diff.run();
        if (before.inSync()) {
            return before;
        }
        return Locked.run(ctx, false, (connection, history) -> {
            SchemaDiff current = diff.compare(new Introspector().read(connection, ctx.settings().schema()), before.model());
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : current.statements()) {
                    if (ctx.settings().logSql()) {
                        ctx.log().sql(sql);
                    }
                    s.execute(sql);
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            ctx.log().info("Applied " + current.statements().size() + " statement(s): the database matches the model.");
            return current;
        });
    }
}
