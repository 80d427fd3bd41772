package dev.mifty.schema.diff;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;
import java.util.List;
import java.util.Objects;

/**
 * One schema change. Every change has an exact {@link #inverse()}: applying a list of changes and
 * then the inverses in reverse order returns to the starting schema. The
 * {@link dev.mifty.schema.sql.PostgresDialect} renders each change to SQL statements.
 *
 * <p>{@link CreateTable} creates the table with its columns, primary key, unique and check
 * constraints; foreign keys and indexes of a new table come as separate {@link AddForeignKey} and
 * {@link CreateIndex} changes so that tables can reference each other in any order (cycles included).
 * Likewise a {@link DropTable} is preceded by the drops of the foreign keys that involve it.
 *
 * <p>Schemas, types and comments: {@link CreateSchema}/{@link DropSchema} (a named schema the model
 * needs that the old one did not, created only when missing and dropped only when Mifty created
 * it), {@link CreateEnumType}/{@link DropEnumType}/{@link AlterEnumType},
 * {@link CreateCompositeType}/{@link DropCompositeType} and their attributes, and
 * {@link SetTableComment}/{@link SetColumnComment}. Types are created before the tables and
 * columns that use them and dropped after them.
 */
public sealed interface Change {

    /** The change that undoes this one. */
    Change inverse();

    /** The table (or sequence, type or schema) this change is about. */
    QualifiedName target();

    /**
     * False when PostgreSQL (17) cannot, or should not, run this change inside a transaction block:
     * the migration holding it must be non-transactional. See {@link AlterEnumType#transactional()}.
     */
    default boolean transactional() {
        return true;
    }

    /**
     * True when a migration of these changes may run in a transaction: every change and every
     * inverse is {@link #transactional()} (a migration's {@code up} and {@code down} run in the same
     * mode; the inverse of a label removal adds labels).
     */
    static boolean transactional(List<? extends Change> changes) {
        return changes.stream().allMatch(c -> c.transactional() && c.inverse().transactional());
    }

    /** The table change is about; for a {@link CreateTable} and {@link DropTable}, the whole table. */
    record CreateTable(Table table) implements Change {
        public Change inverse() { return new DropTable(table); }
        public QualifiedName target() { return table.name(); }
    }

    record DropTable(Table table) implements Change {
        public Change inverse() { return new CreateTable(table); }
        public QualifiedName target() { return table.name(); }
    }

    record RenameTable(QualifiedName from, QualifiedName to) implements Change {
        public Change inverse() { return new RenameTable(to, from); }
        public QualifiedName target() { return to; }
    }

    record AddColumn(QualifiedName table, Column column) implements Change {
        public Change inverse() { return new DropColumn(table, column); }
        public QualifiedName target() { return table; }
    }

    record DropColumn(QualifiedName table, Column column) implements Change {
        public Change inverse() { return new AddColumn(table, column); }
        public QualifiedName target() { return table; }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements Change {
        public Change inverse() { return new RenameColumn(table, to, from); }
        public QualifiedName target() { return table; }
    }

    record AlterColumnType(QualifiedName table, String column, SqlType from, SqlType to) implements Change {
        public Change inverse() { return new AlterColumnType(table, column, to, from); }
        public QualifiedName target() { return table; }
    }

    record SetNotNull(QualifiedName table, String column) implements Change {
        public Change inverse() { return new DropNotNull(table, column); }
        public QualifiedName target() { return table; }
    }

    record DropNotNull(QualifiedName table, String column) implements Change {
        public Change inverse() { return new SetNotNull(table, column); }
        public QualifiedName target() { return table; }
    }

    /** Sets, changes or drops a default; {@code null} stands for no default. */
    record AlterDefault(QualifiedName table, String column, String from, String to) implements Change {
        public Change inverse() { return new AlterDefault(table, column, to, from); }
        public QualifiedName target() { return table; }
    }

    record AlterIdentity(QualifiedName table, String column, Identity from, Identity to) implements Change {
        public Change inverse() { return new AlterIdentity(table, column, to, from); }
        public QualifiedName target() { return table; }
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public Change inverse() { return new DropPrimaryKey(table, primaryKey); }
        public QualifiedName target() { return table; }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {
        public Change inverse() { return new AddPrimaryKey(table, primaryKey); }
        public QualifiedName target() { return table; }
    }

    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public Change inverse() { return new DropForeignKey(table, foreignKey); }
        public QualifiedName target() { return table; }
    }

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {
        public Change inverse() { return new AddForeignKey(table, foreignKey); }
        public QualifiedName target() { return table; }
    }

    record AddUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public Change inverse() { return new DropUnique(table, unique); }
        public QualifiedName target() { return table; }
    }

    record DropUnique(QualifiedName table, UniqueConstraint unique) implements Change {
        public Change inverse() { return new AddUnique(table, unique); }
        public QualifiedName target() { return table; }
    }

    record AddCheck(QualifiedName table, CheckConstraint check) implements Change {
        public Change inverse() { return new DropCheck(table, check); }
        public QualifiedName target() { return table; }
    }

    record DropCheck(QualifiedName table, CheckConstraint check) implements Change {
        public Change inverse() { return new AddCheck(table, check); }
        public QualifiedName target() { return table; }
    }

    record CreateIndex(QualifiedName table, Index index) implements Change {
        public Change inverse() { return new DropIndex(table, index); }
        public QualifiedName target() { return table; }
    }

    record DropIndex(QualifiedName table, Index index) implements Change {
        public Change inverse() { return new CreateIndex(table, index); }
        public QualifiedName target() { return table; }
    }

    record CreateSequence(Sequence sequence) implements Change {
        public Change inverse() { return new DropSequence(sequence); }
        public QualifiedName target() { return sequence.name(); }
    }

    record DropSequence(Sequence sequence) implements Change {
        public Change inverse() { return new CreateSequence(sequence); }
        public QualifiedName target() { return sequence.name(); }
    }

    /** Start and/or increment changed. */
    record AlterSequence(Sequence from, Sequence to) implements Change {
        public Change inverse() { return new AlterSequence(to, from); }
        public QualifiedName target() { return to.name(); }
    }

    /**
     * A named schema (namespace) the new model needs and the old one did not. It is created only
     * when the database does not have it yet, and marked as Mifty's ({@code COMMENT ON SCHEMA});
     * {@link DropSchema} drops only a schema carrying that mark, and only when it is empty.
     * {@link #target()} is the schema's name as an unqualified name (for messages).
     */
    record CreateSchema(String schema) implements Change {
        public CreateSchema { Objects.requireNonNull(schema, "schema"); }
        public Change inverse() { return new DropSchema(schema); }
        public QualifiedName target() { return QualifiedName.of(schema); }
    }

    record DropSchema(String schema) implements Change {
        public DropSchema { Objects.requireNonNull(schema, "schema"); }
        public Change inverse() { return new CreateSchema(schema); }
        public QualifiedName target() { return QualifiedName.of(schema); }
    }

    /** Sets, changes or removes ({@code null}) the comment of a table. */
    record SetTableComment(QualifiedName table, String from, String to) implements Change {
        public Change inverse() { return new SetTableComment(table, to, from); }
        public QualifiedName target() { return table; }
    }

    /** Sets, changes or removes ({@code null}) the comment of a column. */
    record SetColumnComment(QualifiedName table, String column, String from, String to) implements Change {
        public Change inverse() { return new SetColumnComment(table, column, to, from); }
        public QualifiedName target() { return table; }
    }

    record CreateEnumType(EnumType type) implements Change {
        public Change inverse() { return new DropEnumType(type); }
        public QualifiedName target() { return type.name(); }
    }

    record DropEnumType(EnumType type) implements Change {
        public Change inverse() { return new CreateEnumType(type); }
        public QualifiedName target() { return type.name(); }
    }

    /**
     * A column that has the enum type while {@link AlterEnumType} runs, with its default at that
     * moment (dropped and set again around a type recreation).
     */
    record ColumnUse(QualifiedName table, String column, String defaultValue) {
        public ColumnUse {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * The labels of an enum type change (same name). When every old label is kept in its order
     * ({@link #addsLabelsOnly()}), new labels are added with {@code ALTER TYPE ... ADD VALUE};
     * otherwise (a label removed or moved) the type is recreated: renamed away, created anew,
     * every column in {@code columns} converted through {@code text}, the old type dropped. A
     * stored value whose label is gone makes the conversion fail: nothing is lost silently.
     */
    record AlterEnumType(EnumType from, EnumType to, List<ColumnUse> columns) implements Change {
        public AlterEnumType {
            if (!from.name().equals(to.name())) {
                throw new IllegalArgumentException("an enum type keeps its name: " + from.name() + " -> " + to.name());
            }
            columns = List.copyOf(columns);
        }

        public Change inverse() { return new AlterEnumType(to, from, columns); }
        public QualifiedName target() { return to.name(); }

        /** True when {@code from}'s labels appear in {@code to} in the same order (labels are only added). */
        public boolean addsLabelsOnly() {
            int next = 0;
            for (String label : to.labels()) {
                if (next < from.labels().size() && from.labels().get(next).equals(label)) {
                    next++;
                }
            }
            return next == from.labels().size();
        }

        /**
         * False when labels are added: PostgreSQL 17 accepts {@code ALTER TYPE ... ADD VALUE} in a
         * transaction block, but the new label cannot be used (a default, a check, a data step, an
         * insert) until that transaction commits ("unsafe use of new value"); so a migration that
         * adds labels runs outside a transaction, and {@code ADD VALUE IF NOT EXISTS} makes it safe
         * to run again after a failure part-way. A recreation is transactional.
         */
        @Override
        public boolean transactional() {
            return !addsLabelsOnly();
        }
    }

    record CreateCompositeType(CompositeType type) implements Change {
        public Change inverse() { return new DropCompositeType(type); }
        public QualifiedName target() { return type.name(); }
    }

    record DropCompositeType(CompositeType type) implements Change {
        public Change inverse() { return new CreateCompositeType(type); }
        public QualifiedName target() { return type.name(); }
    }

    /** {@code ALTER TYPE ... ADD ATTRIBUTE}: PostgreSQL appends it after the existing attributes. */
    record AddAttribute(QualifiedName type, CompositeType.Attribute attribute) implements Change {
        public Change inverse() { return new DropAttribute(type, attribute); }
        public QualifiedName target() { return type; }
    }

    record DropAttribute(QualifiedName type, CompositeType.Attribute attribute) implements Change {
        public Change inverse() { return new AddAttribute(type, attribute); }
        public QualifiedName target() { return type; }
    }

    /** {@code ALTER TYPE ... ALTER ATTRIBUTE ... TYPE}. */
    record AlterAttributeType(QualifiedName type, String attribute, SqlType from, SqlType to) implements Change {
        public Change inverse() { return new AlterAttributeType(type, attribute, to, from); }
        public QualifiedName target() { return type; }
    }
}
