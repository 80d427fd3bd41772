package dev.mifty.runtime.internal.command;

import dev.mifty.schema.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code schema:drop}: drops every object of the schema (views, tables, sequences, functions,
 * types), the history table included, in one transaction. The schema itself stays.
 */
public final class Drop {

    private static final String OBJECTS = """
            SELECT kind, name FROM (
              SELECT 1 AS ord, CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'v' THEN 'VIEW'
                     WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
                     quote_ident(c.relname) AS name, c.relname AS sort
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                 AND NOT (c.relkind = 'r' AND c.relispartition)
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e'))
              UNION ALL
              SELECT 2, CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
                     quote_ident(p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', p.proname
                FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = ?
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
              UNION ALL
              SELECT 3, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, quote_ident(t.typname), t.typname
                FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = ? AND t.typtype IN ('e', 'd', 'r', 'c')
                 AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
            ) o ORDER BY ord, sort""";

    private final CommandContext ctx;

    public Drop(CommandContext ctx) {
        this.ctx = ctx;
    }

    /** Returns what was dropped, e.g. {@code TABLE "customers"}. */
    public List<String> run() {
        return Locked.run(ctx, false, (connection, history) -> {
            List<String> dropped = new ArrayList<>();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String[] object : objects(connection)) {
                    String sql = "DROP " + object[0] + " IF EXISTS " + PostgresDialect.quote(ctx.settings().schema())
                            + "." + object[1] + " CASCADE";
                    if (ctx.settings().logSql()) {
                        ctx.log().sql(sql);
                    }
                    s.execute(sql);
                    dropped.add(object[0] + " " + object[1]);
                }
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            ctx.log().info("Dropped " + dropped.size() + " object(s) of schema " + ctx.settings().schema()
                    + ", the history table included.");
            return dropped;
        });
    }

    private List<String[]> objects(Connection connection) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(OBJECTS)) {
            for (int i = 1; i <= 3; i++) {
                s.setString(i, ctx.settings().schema());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return objects;
    }
}
