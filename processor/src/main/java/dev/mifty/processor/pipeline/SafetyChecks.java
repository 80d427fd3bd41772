package dev.mifty.processor.pipeline;

import dev.mifty.processor.diag.Diagnostics;
import dev.mifty.processor.diag.Messages;
import dev.mifty.schema.diff.Change;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import dev.mifty.schema.model.SqlType;
import dev.mifty.schema.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compile-time safety warnings on the element that caused them (errors under
 * {@code mifty.strict=true}): data loss, narrowing types, new constraints on existing columns, and
 * indexes built on existing tables. A drop confirmed with {@code mifty.allowDrop} is not warned.
 */
public final class SafetyChecks {

    private final Schema oldSchema;
    private final ChangeOrigins origins;
    private final Set<String> allowDrop;
    private final Diagnostics diagnostics;
    private final OnlineDdl online;

    public SafetyChecks(Schema oldSchema, ChangeOrigins origins, Set<String> allowDrop, Diagnostics diagnostics) {
        this(oldSchema, origins, allowDrop, diagnostics, OnlineDdl.OFF);
    }

    /** With {@code online}: changes written in their online form are not warned about as locking. */
    public SafetyChecks(Schema oldSchema, ChangeOrigins origins, Set<String> allowDrop, Diagnostics diagnostics,
                        OnlineDdl online) {
        this.oldSchema = oldSchema;
        this.origins = origins;
        this.allowDrop = allowDrop;
        this.diagnostics = diagnostics;
        this.online = online;
    }

    public void check(List<Change> changes) {
        Map<QualifiedName, QualifiedName> newToOld = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof Change.RenameTable r) {
                newToOld.put(r.to(), r.from());
            }
        }
        for (Change change : changes) {
            QualifiedName table = change.target();
            Optional<Table> before = oldSchema.table(newToOld.getOrDefault(table, table));
            String t = table.toString();
            if (change instanceof Change.DropTable) {
                if (!allowDrop.contains(t)) {
                    diagnostics.warning(Messages.DATA_LOSS, Messages.dropTable(t));
                }
            } else if (change instanceof Change.DropColumn c) {
                if (!allowDrop.contains(t + "." + c.column().name())) {
                    diagnostics.warningOn(origins.tableElement(table), Messages.DATA_LOSS,
                            Messages.dropColumn(t, c.column().name()));
                }
            } else if (change instanceof Change.AlterColumnType c && narrows(c.from(), c.to())) {
                diagnostics.warningOn(origins.element(change), Messages.NARROWING, Messages.narrowing(t, c.column(),
                        ChangeSummary.type(c.from()), ChangeSummary.type(c.to())));
            } else if (change instanceof Change.SetNotNull c) {
                diagnostics.warningOn(origins.element(change), Messages.NEW_CONSTRAINT, Messages.setNotNull(t, c.column(),
                        online.applies(change)));
            } else if (change instanceof Change.AddColumn c && before.isPresent() && !c.column().nullable()
                    && c.column().defaultValue() == null && c.column().identity() == dev.mifty.schema.model.Identity.NONE) {
                diagnostics.warningOn(origins.element(change), Messages.NEW_CONSTRAINT,
                        Messages.addNotNullColumn(t, c.column().name()));
            } else if (change instanceof Change.AddUnique c && before.isPresent()
                    && c.unique().columns().stream().anyMatch(col -> before.get().column(col).isPresent())) {
                diagnostics.warningOn(elementOf(table, c.unique().columns()), Messages.NEW_CONSTRAINT,
                        Messages.addUnique(t, c.unique().name(), online.applies(change)));
            } else if (change instanceof Change.CreateIndex c && before.isPresent() && !online.applies(change)) {
                diagnostics.warningOn(elementOf(table, c.index().columns()), Messages.LOCKS_WRITES,
                        Messages.createIndex(t, c.index().name()));
            } else if (change instanceof Change.AddForeignKey c && before.isPresent() && !online.applies(change)) {
                diagnostics.warningOn(elementOf(table, c.foreignKey().columns()), Messages.LOCKS_WRITES,
                        Messages.addForeignKey(t, c.foreignKey().name()));
            } else if (change instanceof Change.AddCheck c && before.isPresent() && !online.applies(change)) {
                diagnostics.warningOn(origins.tableElement(table), Messages.LOCKS_WRITES,
                        Messages.addCheck(t, c.check().name()));
            }
        }
    }

    private javax.lang.model.element.Element elementOf(QualifiedName table, List<String> columns) {
        for (String column : columns) {
            var element = origins.columnElement(table, column.split(" ")[0]);
            if (element != null) {
                return element;
            }
        }
        return origins.tableElement(table);
    }

    /** True when values of {@code from} may not fit {@code to}. */
    static boolean narrows(SqlType from, SqlType to) {
        if (from.name().equals(to.name())) {
            return smaller(to.length(), from.length()) || smaller(to.precision(), from.precision())
                    || smaller(to.scale(), from.scale());
        }
        int fromRank = rank(from.name());
        int toRank = rank(to.name());
        boolean sameFamily = fromRank / 10 == toRank / 10 && fromRank > 0;
        if (sameFamily) {
            return toRank < fromRank;
        }
        return !(to.name().equals("text") || (to.name().equals("varchar") && to.length() == null));
    }

    private static boolean smaller(Integer to, Integer from) {
        if (from == null) {
            return to != null; // unlimited -> limited
        }
        return to != null && to < from;
    }

    /** Families by tens: integers 1x, floats 2x, strings 3x; a higher rank holds every value of a lower one. */
    private static int rank(String type) {
        return switch (type) {
            case "int2" -> 11;
            case "int4" -> 12;
            case "int8" -> 13;
            case "numeric" -> 14;
            case "float4" -> 21;
            case "float8" -> 22;
            case "bpchar" -> 31;
            case "varchar" -> 32;
            case "text" -> 33;
            default -> 0;
        };
    }
}
