package dev.mifty.processor.jpa;

import dev.mifty.processor.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @org.hibernate.annotations.Comment} (and {@code @Comments}), as its {@code CommentBinder}
 * applies it (6.6 to 7.4):
 * <ul>
 *   <li>on an entity class: the comment of its table (for a SINGLE_TABLE subclass, the root's table), or of the
 *       secondary table that {@code on} names;</li>
 *   <li>on a basic or to-one attribute: the comment of each of its columns, or only of the column {@code on} names;</li>
 *   <li>on a collection with its own table (join or collection table): the comment of that table, or of the
 *       element column {@code on} names.</li>
 * </ul>
 * Names in {@code on} are compared with physical names, ignoring case, as Hibernate does. Run once per entity on
 * everything it mapped, after the mappers: the column and table builders remember which attribute made them.
 * Where Mifty cannot place the comment exactly (an {@code @Embedded} attribute, whose comment Hibernate puts on
 * every column of the embeddable; a collection without a table of its own), a {@code [mifty:not-mapped]} warning.
 */
final class HibernateComments {

    static final String COMMENT = "org.hibernate.annotations.Comment";
    private static final String COMMENTS = "org.hibernate.annotations.Comments";

    private final Diagnostics diagnostics;

    HibernateComments(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The comments of {@code entity} (class and attributes) on the tables in {@code out}. */
    void apply(ResolvedEntity entity, MappingOutput out) {
        List<TableBuilder> tables = out.tables;
        TableBuilder primary = tables.stream().filter(t -> t.element == entity.element
                && t.name.equals(entity.ownTable)).findFirst().orElse(null);
        if (primary == null) {
            return;
        }
        List<ResolvedEntity> classes = entity.sharingTable();
        for (ResolvedEntity c : classes) {
            for (AnnotationMirror comment : comments(c.element)) {
                String on = Ann.string(comment, "on");
                for (TableBuilder t : tables) {
                    boolean own = t == primary && (on.isEmpty() || t.name.name().equalsIgnoreCase(on));
                    boolean secondary = t != primary && t.element == c.element && t.name.name().equalsIgnoreCase(on);
                    if (own || secondary) {
                        t.comment(Ann.string(comment, "value"));
                    }
                }
            }
        }
        for (TableBuilder t : tables) {
            boolean collectionTable = t.element != null && t.element != entity.element && classes.stream()
                    .noneMatch(c -> c.element == t.element);
            if (collectionTable) {
                for (AnnotationMirror comment : comments(t.element)) {
                    String on = Ann.string(comment, "on");
                    if (on.isEmpty() || t.name.name().equalsIgnoreCase(on)) {
                        t.comment(Ann.string(comment, "value"));
                    }
                    elementColumn(t, on, Ann.string(comment, "value"));
                }
            } else {
                boolean keyedByParent = t != primary || !entity.isRoot();
                for (Map.Entry<String, TableBuilder.Entry> e : List.copyOf(t.entries().entrySet())) {
                    Element source = e.getValue().element();
                    if (source == null || keyedByParent && t.primaryKey().contains(e.getKey())) {
                        continue; // a subclass's or secondary table's key column is a copy Hibernate leaves uncommented
                    }
                    for (AnnotationMirror comment : comments(source)) {
                        String on = Ann.string(comment, "on");
                        if (on.isEmpty() || e.getKey().equalsIgnoreCase(on)) {
                            t.replace(e.getValue().column().withComment(Ann.string(comment, "value")));
                        }
                    }
                }
            }
        }
        for (ResolvedEntity c : classes) {
            for (ResolvedAttribute a : c == entity ? entity.mappedAttributes() : c.tableAttributes()) {
                boolean ownTable = tables.stream().anyMatch(t -> t.element == a.element());
                boolean unplaced = a.kind() == ResolvedAttribute.Kind.EMBEDDED || a.kind().toMany() && !ownTable;
                if (unplaced && !comments(a.element()).isEmpty()) {
                    diagnostics.warning(a.element(), MappingErrors.NOT_MAPPED, MappingErrors.notMapped(a.label(),
                            "@Comment on " + (a.kind() == ResolvedAttribute.Kind.EMBEDDED ? "an embedded attribute"
                                    : "a collection without a table of its own")
                                    + " (put it on the columns' attributes instead)"));
                }
            }
        }
    }

    /** The column of a collection table that {@code on} names, if any. */
    private static void elementColumn(TableBuilder t, String on, String text) {
        for (Map.Entry<String, TableBuilder.Entry> e : List.copyOf(t.entries().entrySet())) {
            if (!on.isEmpty() && e.getKey().equalsIgnoreCase(on)) {
                t.replace(e.getValue().column().withComment(text));
            }
        }
    }


    static List<AnnotationMirror> comments(Element element) {
        return Ann.repeated(element, COMMENT, COMMENTS);
    }
}
