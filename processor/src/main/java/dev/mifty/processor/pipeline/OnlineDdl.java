package dev.mifty.processor.pipeline;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.sql.PostgresDialect;

/**
 * {@code mifty.onlineDdl}: which changes get their online form ({@link PostgresDialect#renderOnline}).
 * Only changes to tables that exist before the migration (in the old snapshot): a new table is
 * empty and unused, and its {@code CREATE TABLE} is best kept in the plain form.
 */
public final class OnlineDdl {

    public static final OnlineDdl OFF = new OnlineDdl(false, Schema.empty());

    private final boolean enabled;
    private final Schema before;

    public OnlineDdl(boolean enabled, Schema before) {
        this.enabled = enabled;
        this.before = before;
    }

    public boolean enabled() {
        return enabled;
    }

    /** True when {@code change} is written in its online form. */
    public boolean applies(Change change) {
        return enabled && PostgresDialect.hasOnlineForm(change) && before.table(change.target()).isPresent();
    }
}
