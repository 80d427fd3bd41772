package dev.mifty.schema.diff;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.ReferentialAction;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small builder for test models: {@code T.table("orders").id().col("total", INT4).build()}. */
public final class T {

    public static final SqlType INT4 = SqlType.of("int4");
    public static final SqlType INT8 = SqlType.of("int8");
    public static final SqlType TEXT = SqlType.of("text");

    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();

    private T(QualifiedName name) {
        this.name = name;
    }

    public static T table(String name) {
        return new T(QualifiedName.of(name));
    }

    public static T table(QualifiedName name) {
        return new T(name);
    }

    public static QualifiedName q(String name) {
        return QualifiedName.of(name);
    }

    /** {@code id int8 NOT NULL} with primary key {@code <table>_pkey}. */
    public T id() {
        columns.add(Column.of("id", INT8, false));
        primaryKey = new PrimaryKey(name.name() + "_pkey", List.of("id"));
        return this;
    }

    public T col(String column, SqlType type) {
        return col(Column.of(column, type, true));
    }

    public T notNull(String column, SqlType type) {
        return col(Column.of(column, type, false));
    }

    public T col(Column column) {
        columns.add(column);
        return this;
    }

    public T identity(String column) {
        columns.add(new Column(column, INT8, false, null, Identity.BY_DEFAULT, null));
        return this;
    }

    public T pk(String constraint, String... cols) {
        primaryKey = new PrimaryKey(constraint, List.of(cols));
        return this;
    }

    public T fk(String constraint, String column, String referencedTable) {
        foreignKeys.add(new ForeignKey(constraint, List.of(column), q(referencedTable), List.of("id"),
                ReferentialAction.NO_ACTION));
        return this;
    }

    public T fk(ForeignKey fk) {
        foreignKeys.add(fk);
        return this;
    }

    public T unique(String constraint, String... cols) {
        uniques.add(new UniqueConstraint(constraint, Arrays.asList(cols)));
        return this;
    }

    public T index(String index, boolean unique, String... cols) {
        indexes.add(new Index(index, Arrays.asList(cols), unique));
        return this;
    }

    public T check(String constraint, String expression) {
        checks.add(new CheckConstraint(constraint, expression));
        return this;
    }

    public Table build() {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks, null);
    }

    public static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    public static Schema schema(List<Table> tables, Sequence... sequences) {
        return new Schema(tables, List.of(sequences));
    }
}
