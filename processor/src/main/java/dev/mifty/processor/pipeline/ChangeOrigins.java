package dev.mifty.processor.pipeline;

import dev.mifty.processor.jpa.MappedModel;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.Table;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Where a change comes from: the entity or field (for comments and messages) and the element to
 * report on. Uses the changes' own {@code origin} first, then the model's element maps.
 */
public final class ChangeOrigins {

    private final Schema newSchema;
    private final MappedModel model;

    public ChangeOrigins(Schema newSchema, MappedModel model) {
        this.newSchema = newSchema;
        this.model = model;
    }

    /** The column a change is about, or null for table-level changes. */
    public static String column(Change change) {
        if (change instanceof Change.AddColumn c) {
            return c.column().name();
        } else if (change instanceof Change.DropColumn c) {
            return c.column().name();
        } else if (change instanceof Change.RenameColumn c) {
            return c.to();
        } else if (change instanceof Change.AlterColumnType c) {
            return c.column();
        } else if (change instanceof Change.SetNotNull c) {
            return c.column();
        } else if (change instanceof Change.DropNotNull c) {
            return c.column();
        } else if (change instanceof Change.AlterDefault c) {
            return c.column();
        } else if (change instanceof Change.AlterIdentity c) {
            return c.column();
        }
        return null;
    }

    /** The element to report a change on: its field, else its entity, else null. */
    public Element element(Change change) {
        QualifiedName table = change.target();
        String column = column(change);
        if (column != null && !(change instanceof Change.DropColumn)) {
            Element field = columnElement(table, column);
            if (field != null) {
                return field;
            }
        }
        return tableElement(table);
    }

    public Element columnElement(QualifiedName table, String column) {
        Map<String, Element> columns = model.columnElements() == null ? null : model.columnElements().get(table);
        return columns == null ? null : columns.get(column);
    }

    public Element tableElement(QualifiedName table) {
        return model.tableElements() == null ? null : model.tableElements().get(table);
    }

    /** A short origin for comments: {@code Customer.phone}, {@code Customer}, or the table name. */
    public String origin(Change change) {
        QualifiedName table = change.target();
        String column = column(change);
        if (change instanceof Change.DropColumn || change instanceof Change.DropTable) {
            return "removed " + (column == null ? "table " + table : table + "." + column);
        }
        Optional<Table> newTable = newSchema.table(table);
        if (column != null) {
            String origin = newTable.flatMap(t -> t.column(column)).map(Column::origin).orElse(null);
            if (origin == null) {
                Element field = columnElement(table, column);
                origin = field == null ? null : field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
            }
            if (origin != null) {
                return origin;
            }
        }
        String origin = newTable.map(Table::origin).orElse(null);
        if (origin == null) {
            Element entity = tableElement(table);
            origin = entity == null ? null : entity.getSimpleName().toString();
        }
        return origin == null ? table.toString() : origin;
    }
}
