package dev.mifty.processor.pipeline;

import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.SqlType;

/** One line per change for notes and comments: {@code + table orders}, {@code ~ customers.phone -> mobile}. */
public final class ChangeSummary {

    private ChangeSummary() {
    }

    public static String line(Change change) {
        String t = change.target().toString();
        if (change instanceof Change.CreateTable c) {
            return "+ table " + t;
        } else if (change instanceof Change.DropTable c) {
            return "- table " + t;
        } else if (change instanceof Change.RenameTable c) {
            return "~ table " + c.from() + " -> " + c.to();
        } else if (change instanceof Change.AddColumn c) {
            return "+ " + t + "." + c.column().name() + " " + type(c.column().type());
        } else if (change instanceof Change.DropColumn c) {
            return "- " + t + "." + c.column().name();
        } else if (change instanceof Change.RenameColumn c) {
            return "~ " + t + "." + c.from() + " -> " + c.to();
        } else if (change instanceof Change.AlterColumnType c) {
            return "~ " + t + "." + c.column() + " " + type(c.from()) + " -> " + type(c.to());
        } else if (change instanceof Change.SetNotNull c) {
            return "~ " + t + "." + c.column() + " not null";
        } else if (change instanceof Change.DropNotNull c) {
            return "~ " + t + "." + c.column() + " nullable";
        } else if (change instanceof Change.AlterDefault c) {
            return "~ " + t + "." + c.column() + " default " + (c.to() == null ? "dropped" : c.to());
        } else if (change instanceof Change.AlterIdentity c) {
            return "~ " + t + "." + c.column() + " identity " + c.to().name().toLowerCase(java.util.Locale.ROOT);
        } else if (change instanceof Change.AddPrimaryKey c) {
            return "+ primary key " + t + " " + c.primaryKey().columns();
        } else if (change instanceof Change.DropPrimaryKey c) {
            return "- primary key " + t;
        } else if (change instanceof Change.AddForeignKey c) {
            return "+ foreign key " + t + "." + c.foreignKey().name() + " -> " + c.foreignKey().referencedTable();
        } else if (change instanceof Change.DropForeignKey c) {
            return "- foreign key " + t + "." + c.foreignKey().name();
        } else if (change instanceof Change.AddUnique c) {
            return "+ unique " + t + "." + c.unique().name();
        } else if (change instanceof Change.DropUnique c) {
            return "- unique " + t + "." + c.unique().name();
        } else if (change instanceof Change.AddCheck c) {
            return "+ check " + t + "." + c.check().name();
        } else if (change instanceof Change.DropCheck c) {
            return "- check " + t + "." + c.check().name();
        } else if (change instanceof Change.CreateIndex c) {
            return "+ index " + t + "." + c.index().name();
        } else if (change instanceof Change.DropIndex c) {
            return "- index " + t + "." + c.index().name();
        } else if (change instanceof Change.CreateSequence c) {
            return "+ sequence " + t;
        } else if (change instanceof Change.DropSequence c) {
            return "- sequence " + t;
        } else if (change instanceof Change.AlterSequence c) {
            return "~ sequence " + t;
        }
        return schemaLevel(change, t);
    }

    private static String schemaLevel(Change change, String t) {
        if (change instanceof Change.CreateSchema c) {
            return "+ schema " + c.schema();
        } else if (change instanceof Change.DropSchema c) {
            return "- schema " + c.schema();
        } else if (change instanceof Change.SetTableComment c) {
            return "~ comment on " + t;
        } else if (change instanceof Change.SetColumnComment c) {
            return "~ comment on " + t + "." + c.column();
        } else if (change instanceof Change.CreateEnumType c) {
            return "+ enum type " + t + " " + c.type().labels();
        } else if (change instanceof Change.DropEnumType c) {
            return "- enum type " + t;
        } else if (change instanceof Change.AlterEnumType c) {
            return "~ enum type " + t + " " + c.from().labels() + " -> " + c.to().labels();
        } else if (change instanceof Change.CreateCompositeType c) {
            return "+ composite type " + t;
        } else if (change instanceof Change.DropCompositeType c) {
            return "- composite type " + t;
        } else if (change instanceof Change.AddAttribute c) {
            return "+ " + t + "." + c.attribute().name() + " " + type(c.attribute().type());
        } else if (change instanceof Change.DropAttribute c) {
            return "- " + t + "." + c.attribute().name();
        } else if (change instanceof Change.AlterAttributeType c) {
            return "~ " + t + "." + c.attribute() + " " + type(c.from()) + " -> " + type(c.to());
        }
        return change.toString();
    }

    static String type(SqlType type) {
        StringBuilder text = new StringBuilder(type.name());
        if (type.length() != null) {
            text.append('(').append(type.length()).append(')');
        } else if (type.precision() != null) {
            text.append('(').append(type.precision());
            if (type.scale() != null) {
                text.append(',').append(type.scale());
            }
            text.append(')');
        }
        return text.toString();
    }
}
