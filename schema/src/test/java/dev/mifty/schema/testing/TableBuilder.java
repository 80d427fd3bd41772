package dev.mifty.schema.testing;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.List;

/** A small fluent builder for test tables: {@code table("t").col("id", INT8, false).pk("t_pkey", "id").build()}. */
public final class TableBuilder {

    public static final SqlType INT4 = SqlType.of("int4");
    public static final SqlType INT8 = SqlType.of("int8");
    public static final SqlType TEXT = SqlType.of("text");

    private final TableDraft draft;

    private TableBuilder(QualifiedName name) {
        draft = new TableDraft(name);
    }

    public static TableBuilder table(String name) {
        return new TableBuilder(QualifiedName.of(name));
    }

    public TableBuilder col(String name, SqlType type, boolean nullable) {
        draft.columns.add(Column.of(name, type, nullable));
        return this;
    }

    public TableBuilder col(String name, SqlType type, boolean nullable, String defaultValue) {
        draft.columns.add(new Column(name, type, nullable, defaultValue, Identity.NONE, null));
        return this;
    }

    public TableBuilder identity(String name, SqlType type, Identity identity) {
        draft.columns.add(new Column(name, type, false, null, identity, null));
        return this;
    }

    public TableBuilder pk(String name, String... columns) {
        draft.primaryKey = new PrimaryKey(name, List.of(columns));
        return this;
    }

    public TableBuilder fk(String name, String column, String table, String referenced, ReferentialAction onDelete) {
        draft.foreignKeys.add(new ForeignKey(name, List.of(column), QualifiedName.of(table), List.of(referenced), onDelete));
        return this;
    }

    public TableBuilder unique(String name, String... columns) {
        draft.uniques.add(new UniqueConstraint(name, List.of(columns)));
        return this;
    }

    public TableBuilder check(String name, String expression) {
        draft.checks.add(new CheckConstraint(name, expression));
        return this;
    }

    public TableBuilder index(String name, boolean unique, String... columns) {
        draft.indexes.add(new Index(name, List.of(columns), unique));
        return this;
    }

    public Table build() {
        return draft.build();
    }
}
