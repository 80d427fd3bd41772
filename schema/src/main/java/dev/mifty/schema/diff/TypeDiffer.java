package dev.mifty.schema.diff;

import dev.mifty.schema.diff.Matching.TablePair;
import dev.mifty.schema.diff.Plan.Phase;
import dev.mifty.schema.model.Column;
import dev.mifty.schema.model.CompositeType;
import dev.mifty.schema.model.CompositeType.Attribute;
import dev.mifty.schema.model.EnumType;
import dev.mifty.schema.model.QualifiedName;
import dev.mifty.schema.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enum and composite types by name: created before the tables that use them, dropped after them.
 * A changed enum becomes one {@link Change.AlterEnumType} naming the columns that have the type at
 * that point; a changed composite becomes attribute drops, type changes and adds (PostgreSQL
 * appends added attributes; an order it cannot reach that way is reported).
 */
final class TypeDiffer {

    private final Plan plan;
    private final List<DiffProblem> problems;

    TypeDiffer(Plan plan, List<DiffProblem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    void diff(Schema from, Schema to, Matching matching) {
        enums(from, to, matching);
        composites(from, to);
    }

    private void enums(Schema from, Schema to, Matching matching) {
        Map<QualifiedName, EnumType> old = new HashMap<>();
        from.enumTypes().forEach(e -> old.put(e.name(), e));
        for (EnumType type : to.enumTypes()) {
            EnumType before = old.remove(type.name());
            if (before == null) {
                plan.add(Phase.CREATE_ENUM_TYPE, type.name(), "", new Change.CreateEnumType(type));
            } else if (!before.equals(type)) {
                Change.AlterEnumType change = new Change.AlterEnumType(before, type, uses(type.name(), matching));
                plan.add(Phase.ALTER_ENUM_TYPE, type.name(), "", change);
                if (!change.addsLabelsOnly() && usedByComposite(from, type.name())) {
                    problems.add(new DiffProblem(DiffProblem.Kind.UNSUPPORTED_TYPE_CHANGE, type.name(), null, null,
                            DiffMessages.enumInComposite(type.name())));
                }
            }
        }
        for (EnumType type : old.values()) {
            plan.add(Phase.DROP_ENUM_TYPE, type.name(), "", new Change.DropEnumType(type));
        }
    }

    private static boolean usedByComposite(Schema schema, QualifiedName type) {
        return schema.compositeTypes().stream().flatMap(c -> c.attributes().stream())
                .anyMatch(a -> type.equals(a.type().userType()));
    }

    /**
     * The columns of the type after the table and column renames, before new tables and columns:
     * the old schema's columns of the type in tables that stay, under their new names (a displaced
     * column is already dropped then).
     */
    private static List<Change.ColumnUse> uses(QualifiedName type, Matching matching) {
        List<Change.ColumnUse> uses = new ArrayList<>();
        for (TablePair pair : matching.pairs) {
            for (Column column : pair.from().columns()) {
                if (type.equals(column.type().userType()) && !pair.displaced(column.name())) {
                    uses.add(new Change.ColumnUse(pair.to().name(), pair.newColumnName(column.name()),
                            column.defaultValue()));
                }
            }
        }
        return uses;
    }

    private void composites(Schema from, Schema to) {
        Map<QualifiedName, CompositeType> old = new LinkedHashMap<>();
        from.compositeTypes().forEach(c -> old.put(c.name(), c));
        Map<QualifiedName, Integer> newDepth = depths(to);
        Map<QualifiedName, Integer> oldDepth = depths(from);
        for (CompositeType type : to.compositeTypes()) {
            CompositeType before = old.remove(type.name());
            if (before == null) {
                plan.add(Phase.CREATE_COMPOSITE_TYPE, type.name(), depthKey(newDepth.get(type.name())),
                        new Change.CreateCompositeType(type));
            } else if (!before.equals(type)) {
                attributes(before, type, usedByColumn(from, type.name()));
            }
        }
        for (CompositeType type : old.values()) {
            plan.add(Phase.DROP_COMPOSITE_TYPE, type.name(), depthKey(9999 - oldDepth.get(type.name())),
                    new Change.DropCompositeType(type));
        }
    }

    private static boolean usedByColumn(Schema schema, QualifiedName type) {
        return schema.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> type.equals(c.type().userType()));
    }

    private void attributes(CompositeType before, CompositeType after, boolean usedByColumn) {
        QualifiedName name = after.name();
        List<String> resulting = new ArrayList<>();
        boolean keptAfterDropped = false;
        for (int i = before.attributes().size() - 1; i >= 0; i--) {
            Attribute attribute = before.attributes().get(i);
            if (after.attribute(attribute.name()).isPresent()) {
                keptAfterDropped = true;
            } else if (keptAfterDropped) {
                problems.add(new DiffProblem(DiffProblem.Kind.COMPOSITE_ATTRIBUTE_ORDER, name, attribute.name(), null,
                        DiffMessages.droppedInside(name, attribute.name())));
            }
        }
        for (Attribute attribute : before.attributes()) {
            if (after.attribute(attribute.name()).isEmpty()) {
                plan.add(Phase.ALTER_COMPOSITE_TYPE, name, "", new Change.DropAttribute(name, attribute));
            } else {
                resulting.add(attribute.name());
            }
        }
        for (Attribute attribute : after.attributes()) {
            before.attribute(attribute.name()).filter(a -> !a.type().equals(attribute.type()))
                    .ifPresent(a -> {
                        plan.add(Phase.ALTER_COMPOSITE_TYPE, name, "",
                                new Change.AlterAttributeType(name, attribute.name(), a.type(), attribute.type()));
                        if (usedByColumn) {
                            problems.add(new DiffProblem(DiffProblem.Kind.UNSUPPORTED_TYPE_CHANGE, name, attribute.name(),
                                    attribute.name(), DiffMessages.attributeTypeInUse(name, attribute.name())));
                        }
                    });
        }
        for (Attribute attribute : after.attributes()) {
            if (before.attribute(attribute.name()).isEmpty()) {
                plan.add(Phase.ALTER_COMPOSITE_TYPE, name, "", new Change.AddAttribute(name, attribute));
                resulting.add(attribute.name());
            }
        }
        List<String> wanted = after.attributes().stream().map(Attribute::name).toList();
        if (!resulting.equals(wanted)) {
            problems.add(new DiffProblem(DiffProblem.Kind.COMPOSITE_ATTRIBUTE_ORDER, name, null, null,
                    DiffMessages.compositeOrder(name, resulting, wanted)));
        }
    }

    /** Nesting depth of each composite of the schema: 0 when no attribute is a composite of the schema. */
    private static Map<QualifiedName, Integer> depths(Schema schema) {
        Map<QualifiedName, CompositeType> byName = new HashMap<>();
        schema.compositeTypes().forEach(c -> byName.put(c.name(), c));
        Map<QualifiedName, Integer> depths = new HashMap<>();
        for (CompositeType type : schema.compositeTypes()) {
            depth(type, byName, depths, 0);
        }
        return depths;
    }

    private static int depth(CompositeType type, Map<QualifiedName, CompositeType> byName,
                             Map<QualifiedName, Integer> depths, int guard) {
        Integer known = depths.get(type.name());
        if (known != null) {
            return known;
        }
        int depth = 0;
        if (guard < byName.size()) {
            for (Attribute attribute : type.attributes()) {
                CompositeType inner = attribute.type().userType() == null ? null : byName.get(attribute.type().userType());
                if (inner != null) {
                    depth = Math.max(depth, 1 + depth(inner, byName, depths, guard + 1));
                }
            }
        }
        depths.put(type.name(), depth);
        return depth;
    }

    private static String depthKey(int depth) {
        return String.format("%04d", depth);
    }
}
