package dev.mifty.schema.diff;

import dev.mifty.schema.model.CheckConstraint;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.ForeignKey;
import dev.mifty.schema.model.Identity;
import dev.mifty.schema.model.Index;
import dev.mifty.schema.model.PrimaryKey;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Sequence;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import dev.mifty.schema.model.UniqueConstraint;

/**
 * One schema change. Every change has an exact {@link #inverse()}: applying a list of changes and
 * then the inverses in reverse order returns to the starting schema. The
 * {@link dev.mifty.schema.sql.PostgresDialect} renders each change to SQL statements.
 *
 * <p>{@link CreateTable} creates the table with its columns, primary key, unique and check
 * constraints; foreign keys and indexes of a new table come as separate {@link AddForeignKey} and
 * {@link CreateIndex} changes so that tables can reference each other in any order (cycles included).
 * Likewise a {@link DropTable} is preceded by the drops of the foreign keys that involve it.
 */
public sealed interface Change {

    /** The change that undoes this one. */
    Change inverse();

    /** The table (or sequence) this change is about. */
    QualifiedName target();

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
}
